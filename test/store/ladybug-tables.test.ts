// The embedded store built by streaming the ledger holds exactly what folding the ledger in memory gives,
// whatever the number of buckets; and its derived co-mention counts are those of MENTIONS joined with itself.
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractArticle } from "../../ingest/pipeline.ts";
import { readInputs } from "../../ingest/read/read-inputs.ts";
import { loadCatalogue } from "../../queries/index.ts";
import { LadybugStore, mergeRecords, type ArticleRecord } from "../../store/index.ts";
import { fixtureRecords } from "../queries/fixture-records.ts";
import { resources } from "../helpers/pipeline.ts";

const tmp = mkdtempSync(join(tmpdir(), "kg-tables-"));
let records: ArticleRecord[];
const stores: LadybugStore[] = [];
const storeAt = (name: string) => {
  const s = new LadybugStore(join(tmp, name));
  stores.push(s);
  return s;
};

beforeAll(() => {
  const examples = [...readInputs([join(import.meta.dirname, "../../examples/articles")])].flatMap((it) => (it.kind === "article" ? [extractArticle(it.article, resources())] : []));
  records = [...fixtureRecords(), ...examples];
});
afterAll(async () => {
  for (const s of stores) await s.close();
  rmSync(tmp, { recursive: true, force: true });
});

const cypher = (text: string) => text.split("\n").filter((l) => !l.startsWith("//")).join("\n");

test.each([1, 4])("streaming the ledger in %i bucket(s) stores the folded graph, row for row", async (buckets) => {
  expect(records.length).toBeGreaterThan(8);
  const folded = storeAt(`folded-${buckets}.lbug`);
  const streamed = storeAt(`streamed-${buckets}.lbug`);
  const a = await folded.writeGraph(mergeRecords(records));
  const b = await streamed.writeRecords(records, buckets);
  expect(b).toMatchObject({ nodes: a.nodes, relationships: a.relationships, skipped: a.skipped });
  expect(await streamed.readGraph()).toEqual(await folded.readGraph());
  const graph = await streamed.readGraph();
  expect(graph.edges.filter((e) => e.evidence.length > 1).length).toBeGreaterThan(0);
});

test("CO_MENTIONED counts the articles naming each pair, as MENTIONS joined with itself does", async () => {
  const store = storeAt("co.lbug");
  await store.writeRecords(records, 2);
  const q = loadCatalogue().find((c) => c.name === "co-mentioned")!;
  expect(q.text.embedded).not.toEqual(q.text.neo4j);
  const derived = await store.query(cypher(q.text.embedded), { limit: 1000 });
  const joined = await store.query(cypher(q.text.neo4j), { limit: 1000 });
  expect(derived.length).toBeGreaterThan(20);
  expect(derived).toEqual(joined);
});

test("the scratch CSV and bucket files are removed after a build", async () => {
  const before = readdirSync(tmpdir()).filter((f) => f.startsWith("kg-lbug-")).length;
  await storeAt("scratch.lbug").writeRecords(records, 3);
  expect(readdirSync(tmpdir()).filter((f) => f.startsWith("kg-lbug-")).length).toBe(before);
  expect(readFileSync(join(tmp, "scratch.lbug")).length).toBeGreaterThan(0);
});
