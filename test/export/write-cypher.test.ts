// The Cypher script: Neo4j's own parser finds no error, its literals read back as the selection, and, where
// NEO4J_URI is set, running it (twice) into an empty database reproduces the selection.
import { lintCypherQuery } from "@neo4j-cypher/language-support";
import neo4j from "neo4j-driver";
import type { GraphData } from "../../graph-schema/index.ts";
import { cypherString, selectSubgraph, writeCypher } from "../../export/index.ts";
import { fixtureGraph, TRICKY_NAME } from "./fixture-graph.ts";
import { canon, canonOf, edgeKey, type CanonEvidence, type CanonNode } from "./graph-canonical.ts";
import { parseLiteral, readCypher, statements } from "./cypher-reader.ts";

const graph = fixtureGraph();
const syntaxErrors = (script: string) => lintCypherQuery(script, {}).diagnostics.filter((d) => d.severity === 1).map((d) => `${d.message} at ${d.offsets.start}`);

describe("cypher", () => {
  // Neo4j's front end (compiled to JavaScript) spends about 0.3 s on each statement: a selection that still holds
  // every kind of statement (constraint, nodes, relationships) and the trickiest strings keeps this test fast.
  test("Neo4j's parser finds no syntax error, and does find one in a broken script", () => {
    const script = writeCypher(selectSubgraph(graph, { types: ["MET"] }).data);
    expect(script).toContain("Back`tick\\'");
    expect(script).toContain("\\o/");
    expect(syntaxErrors(script)).toEqual([]);
    // the check is real: an unescaped quote breaks it
    expect(syntaxErrors("UNWIND [{name: 'Back`tick' Group'}] AS row MERGE (n:Person {name: row.name})")).not.toEqual([]);
  });

  test.each<[string, GraphData]>([
    ["the whole graph", graph],
    ["around Lavrov at depth 1", selectSubgraph(graph, { around: "Lavrov" }).data],
  ])("%s: the script's rows read back as the same nodes, relationships and evidence", (_name, data) => {
    expect(readCypher(writeCypher(data))).toEqual(canon(data));
  });

  test("constraints come first; every data statement is a MERGE", () => {
    const st = statements(writeCypher(graph));
    const firstData = st.findIndex((s) => s.startsWith("UNWIND"));
    expect(st.slice(0, firstData).every((s) => /^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:\w+\) REQUIRE n\.id IS UNIQUE$|^CALL db\.awaitIndexes/.test(s))).toBe(true);
    expect(st.slice(firstData).every((s) => s.startsWith("UNWIND") && s.includes("MERGE") && !s.includes("CREATE") && !s.includes("$"))).toBe(true);
  });

  test("strings with quotes, backslashes, backticks, controls and non-Latin letters escape and read back", () => {
    const strings = [TRICKY_NAME, "Հայաստան", "Azərbaycan", "Сергей Лавров", "a\\'b", "\\", "'", '"', "`", "\u0000\u001f\u2028", "😀 emoji", "\uD800 lone"];
    const lits = strings.map(cypherString);
    expect(syntaxErrors(`RETURN [${lits.join(", ")}] AS x`)).toEqual([]);
    // a lone surrogate cannot be stored: it becomes the replacement character
    expect(lits.map(parseLiteral)).toEqual(strings.map((s) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/g, "\uFFFD")));
  });
});

const uri = process.env.NEO4J_URI;
(uri ? describe : describe.skip)("cypher into Neo4j (NEO4J_URI)", () => {
  test("running the script twice into an empty database reproduces the selection", async () => {
    const driver = neo4j.driver(uri!, neo4j.auth.basic(process.env.NEO4J_USER || process.env.NEO4J_USERNAME || "neo4j", process.env.NEO4J_PASSWORD ?? ""));
    const session = driver.session({ database: process.env.NEO4J_DATABASE || undefined });
    try {
      const existing = await session.run("MATCH (n) RETURN count(n) AS c");
      if (existing.records[0].get("c").toNumber() > 0) throw new Error(`the database at ${uri} is not empty; this test needs an empty one`);
      const data = selectSubgraph(graph, { around: "Lavrov", depth: 2, articles: true }).data;
      for (let run = 0; run < 2; run++) for (const st of statements(writeCypher(data))) await session.run(st);
      const nodes = await session.run("MATCH (n) RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Actor'][0] AS label, n.name AS name, n.aliases AS aliases");
      const rels = await session.run("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS s, b.id AS t, r.evidenceArticle AS ea, r.evidenceSentence AS es, r.evidenceDate AS ed");
      const got = canonOf(
        nodes.records.map((r): [string, CanonNode] => [r.get("id"), { label: r.get("label"), name: r.get("name"), aliases: r.get("aliases") ?? [] }]),
        rels.records.map((r): [string, CanonEvidence[]] => [
          edgeKey(r.get("type"), r.get("s"), r.get("t")),
          ((r.get("ea") ?? []) as string[]).map((article, i) => ({ article, sentence: r.get("es")[i], date: r.get("ed")[i] || null })),
        ]),
      );
      expect(got).toEqual(canon(data));
    } finally {
      await session.run("MATCH (n) DETACH DELETE n").catch(() => undefined);
      await session.close();
      await driver.close();
    }
  });
});
if (!uri) test("cypher into Neo4j: skipped, NEO4J_URI is not set", () => console.info("write-cypher: NEO4J_URI not set; the run into Neo4j was skipped"));
