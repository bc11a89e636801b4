// Measures the two evidence models on the embedded store with the generated 10,000-article graph: parallel arrays on
// the relationship (what the stores hold) against one Evidence node per sentence. Build time, size on disk, and the
// latency of "this relationship's evidence" and "the relationships this article supports".
//
//   npx tsx bench/evidence-model.ts [dataDir]     (default bench/out/data-10000; run `npm run bench` first)
//
// Both models use the same two generic tables (Entity, Article) and the same CSV + COPY path, so only the evidence
// differs. Figures go to the README's storage section.
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Connection, Database, type QueryResult } from "@ladybugdb/core";
import { readGraphData } from "../store/index.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const dataDir = process.argv[2] ?? join(ROOT, "bench/out/data-10000");
const D = "\u001e";
const SEP = "\u001f";
const clean = (s: string) => s.replaceAll(D, " ").replace(/["\r\n]/g, " ");
const list = (xs: string[]) => xs.map((x) => "~" + clean(x).replaceAll(SEP, " ")).join(SEP);
const decodeList = (c: string) => `CASE WHEN ${c} IS NULL THEN CAST([] AS STRING[]) ELSE list_transform(string_split(${c}, '${SEP}'), x -> x[2:]) END`;
const OPTS = `header=true, parallel=false, delim='${D}'`;

function csv(file: string, header: string[], rows: string[][]): void {
  const fd = openSync(file, "w");
  writeSync(fd, [header.join(D), ...rows.map((r) => r.map(clean).join(D))].join("\n") + "\n");
  closeSync(fd);
}

const last = (r: QueryResult | QueryResult[]) => (Array.isArray(r) ? r[r.length - 1] : r);
async function q(conn: Connection, text: string, params: Record<string, unknown> = {}) {
  const ps = await conn.prepare(text);
  if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
  return last(await conn.execute(ps, params as never)).getAllSync();
}

const graph = readGraphData(dataDir);
const entities = graph.nodes.filter((n) => n.label !== "Article");
const articles = graph.nodes.filter((n) => n.label === "Article");
const rels = graph.edges.filter((e) => e.type !== "MENTIONS");
const evidence = rels.reduce((s, e) => s + e.evidence.length, 0);
console.log(`graph from ${dataDir}: ${entities.length} entities, ${articles.length} articles, ${rels.length} relationships, ${evidence} pieces of evidence`);

type Model = "arrays" | "nodes";
async function build(model: Model, path: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "kg-evm-"));
  const t0 = performance.now();
  const db = new Database(path);
  const conn = new Connection(db);
  await q(conn, "CREATE NODE TABLE Entity(id STRING PRIMARY KEY, name STRING)");
  await q(conn, "CREATE NODE TABLE Article(id STRING PRIMARY KEY, title STRING)");
  csv(join(dir, "e.csv"), ["id", "name"], entities.map((n) => [n.id, n.name]));
  csv(join(dir, "a.csv"), ["id", "title"], articles.map((n) => [(n as { source: string }).source, n.name]));
  await q(conn, `COPY Entity FROM '${join(dir, "e.csv")}' (${OPTS})`);
  await q(conn, `COPY Article FROM '${join(dir, "a.csv")}' (${OPTS})`);
  if (model === "arrays") {
    await q(conn, "CREATE REL TABLE REL(FROM Entity TO Entity, id STRING, type STRING, date STRING, evidenceArticle STRING[], evidenceSentence STRING[], evidenceDate STRING[])");
    csv(join(dir, "r.csv"), ["src", "dst", "id", "type", "date", "ea", "es", "ed"], rels.map((e) => [e.source, e.target, e.id, e.type, e.date ?? "", list(e.evidence.map((v) => v.article)), list(e.evidence.map((v) => v.sentence)), list(e.evidence.map((v) => v.date ?? ""))]));
    await q(conn, `COPY REL FROM (LOAD FROM '${join(dir, "r.csv")}' (${OPTS}) RETURN src, dst, id, type, date, ${decodeList("ea")}, ${decodeList("es")}, ${decodeList("ed")})`);
  } else {
    // Evidence nodes: one per sentence, pointing at the relationship's subject (SUPPORTS, with the relationship's id)
    // and at its article (CITED_IN); a relationship cannot be the end of another relationship.
    await q(conn, "CREATE REL TABLE REL(FROM Entity TO Entity, id STRING, type STRING, date STRING)");
    await q(conn, "CREATE NODE TABLE Evidence(id STRING PRIMARY KEY, rel STRING, sentence STRING, date STRING)");
    await q(conn, "CREATE REL TABLE SUPPORTS(FROM Evidence TO Entity, rel STRING)");
    await q(conn, "CREATE REL TABLE CITED_IN(FROM Evidence TO Article)");
    csv(join(dir, "r.csv"), ["src", "dst", "id", "type", "date"], rels.map((e) => [e.source, e.target, e.id, e.type, e.date ?? ""]));
    const ev = rels.flatMap((e) => e.evidence.map((v, i) => ({ id: `${e.id}#${i}`, rel: e.id, src: e.source, ...v })));
    csv(join(dir, "v.csv"), ["id", "rel", "sentence", "date"], ev.map((v) => [v.id, v.rel, v.sentence, v.date ?? ""]));
    csv(join(dir, "s.csv"), ["from", "to", "rel"], ev.map((v) => [v.id, v.src, v.rel]));
    csv(join(dir, "c.csv"), ["from", "to"], ev.map((v) => [v.id, v.article]));
    await q(conn, `COPY REL FROM '${join(dir, "r.csv")}' (${OPTS})`);
    await q(conn, `COPY Evidence FROM '${join(dir, "v.csv")}' (${OPTS})`);
    await q(conn, `COPY SUPPORTS FROM '${join(dir, "s.csv")}' (${OPTS})`);
    await q(conn, `COPY CITED_IN FROM '${join(dir, "c.csv")}' (${OPTS})`);
  }
  await conn.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
  return performance.now() - t0;
}

const QUERIES: Record<Model, { evidenceOf: string; byArticle: string }> = {
  arrays: {
    evidenceOf: "MATCH (a:Entity {id: $src})-[r:REL]->(b:Entity) WHERE r.id = $rel RETURN r.evidenceArticle AS articles, r.evidenceSentence AS sentences, r.evidenceDate AS dates",
    byArticle: "MATCH (a:Entity)-[r:REL]->(b:Entity) WHERE list_contains(r.evidenceArticle, $article) RETURN r.id AS id, a.name AS subject, b.name AS object",
  },
  nodes: {
    evidenceOf: "MATCH (a:Entity {id: $src})<-[s:SUPPORTS]-(e:Evidence) WHERE s.rel = $rel MATCH (e)-[:CITED_IN]->(art:Article) RETURN art.id AS article, e.sentence AS sentence, e.date AS date",
    byArticle: "MATCH (art:Article {id: $article})<-[:CITED_IN]-(e:Evidence)-[:SUPPORTS]->(a:Entity) MATCH (a)-[r:REL]->(b:Entity) WHERE r.id = e.rel RETURN DISTINCT r.id AS id, a.name AS subject, b.name AS object",
  },
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Twenty relationships with the most evidence, and the articles they cite: the same samples for both models.
const sample = [...rels].sort((a, b) => b.evidence.length - a.evidence.length || a.id.localeCompare(b.id)).filter((_, i) => i % 50 === 0).slice(0, 20);

const out: Record<string, unknown>[] = [];
for (const model of ["arrays", "nodes"] as Model[]) {
  const path = join(mkdtempSync(join(tmpdir(), "kg-evm-db-")), "g.lbug");
  const buildMs = await build(model, path);
  const mb = statSync(path).size / 1e6;
  const db = new Database(path, 0, true, true);
  const conn = new Connection(db);
  const time = async (text: string, params: Record<string, unknown>[]) => {
    await q(conn, text, params[0]);
    const ts: number[] = [];
    let rows = 0;
    for (const p of params) {
      const t0 = performance.now();
      rows += (await q(conn, text, p)).length;
      ts.push(performance.now() - t0);
    }
    return { ms: median(ts), rows };
  };
  const ev = await time(QUERIES[model].evidenceOf, sample.map((e) => ({ src: e.source, rel: e.id })));
  const by = await time(QUERIES[model].byArticle, sample.map((e) => ({ article: e.evidence[0].article })));
  await conn.close();
  await db.close();
  rmSync(join(path, ".."), { recursive: true, force: true });
  const rec = { model, buildMs: Math.round(buildMs), megabytes: +mb.toFixed(1), evidenceOfMs: +ev.ms.toFixed(1), evidenceRows: ev.rows, byArticleMs: +by.ms.toFixed(1), byArticleRows: by.rows };
  out.push(rec);
  console.log(JSON.stringify(rec));
}
process.exit(0);
