// Every named query returns the same rows on Neo4j and on the embedded store, over the same small graph.
// Runs only where NEO4J_URI points at a server (it replaces that database's graph with the fixture's, as the store
// contract test does); without it the test is skipped, saying so.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { lintCypherQuery } from "@neo4j-cypher/language-support";
import { candidateQuery, loadCatalogue, runNamedQuery, type QueryOptions } from "../../queries/index.ts";
import { mergeRecords, neo4jConfig, Neo4jStore, type Row } from "../../store/index.ts";
import { fixtureRecords } from "./fixture-records.ts";
import { makeFixtureDir, removeFixtureDir } from "./fixture-store.ts";

/** Parameters for the queries that need them; every query of the catalogue runs (a new one runs with its defaults). */
const PARAMS: Record<string, Record<string, unknown>> = {
  "mediators-of": { what: "ceasefire of 26 October" },
  actor: { actor: "Lavrov" },
  neighbourhood: { node: "Russia", hops: 3 },
  path: { from: "Lavrov", to: "Armenia" },
  timeline: { from: "2020-10-01", to: "2021-12-31" },
  "co-mentioned": { limit: 50 },
};

/**
 * Rows as a sorted list of canonical strings: row order is compared only where the query orders (ORDER BY keys tie
 * differently otherwise), and lists built by collect() (parties) are sets, whose order neither store promises.
 */
const SET_COLUMNS = new Set(["parties"]);
const canonical = (rows: Row[]) =>
  rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).sort().map(([k, v]) => [k, SET_COLUMNS.has(k) && Array.isArray(v) ? [...v].sort() : v])))).sort();

const cfg = neo4jConfig();
if (!cfg) console.log("dialect parity: NEO4J_URI is not set, so the named queries are not compared with Neo4j (set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD to run it)");

(cfg ? describe : describe.skip)("every named query: Neo4j and the embedded store return the same rows", () => {
  let dir: string;
  const embedded = (): QueryOptions => ({ dataDir: dir, env: {}, store: "embedded" });
  const neo4j: QueryOptions = { env: process.env, store: "neo4j" };

  beforeAll(async () => {
    dir = await makeFixtureDir();
    const store = new Neo4jStore(cfg!);
    try {
      await store.writeGraph(mergeRecords(fixtureRecords()));
    } finally {
      await store.close();
    }
  });
  afterAll(() => removeFixtureDir(dir));

  test.each(loadCatalogue().map((q) => [q.name]))("%s", async (name) => {
    const params = PARAMS[name] ?? {};
    const [e, n] = [await runNamedQuery(name, params, embedded()), await runNamedQuery(name, params, neo4j)];
    expect(e.length).toBeGreaterThan(0);
    expect(canonical(n)).toEqual(canonical(e));
  });
});

test("the parity parameters name only queries of the catalogue", () => {
  const names = new Set(loadCatalogue().map((q) => q.name));
  expect(Object.keys(PARAMS).filter((k) => !names.has(k))).toEqual([]);
});

// Without a server, Neo4j's own parser (compiled to JavaScript) still checks the text Neo4j would be sent: no syntax
// error, and no parameter the header does not declare.
test("Neo4j's parser accepts every query's Neo4j text and the name lookup", () => {
  const texts: [string, string, string[]][] = [
    ...loadCatalogue().map((q): [string, string, string[]] => [q.name, q.text.neo4j, q.params.map((p) => p.name)]),
    ["name lookup", candidateQuery("entity", "neo4j"), ["text", "word"]],
  ];
  const problems = texts.flatMap(([name, text, declared]) =>
    lintCypherQuery(text, {})
      .diagnostics.filter((d) => d.severity === 1)
      .filter((d) => !declared.includes(/^Parameter \$(\w+) is not defined/.exec(String(d.message))?.[1] ?? ""))
      .map((d) => `${name}: ${d.message}`),
  );
  expect(problems).toEqual([]);
});
