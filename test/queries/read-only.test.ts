// `kg query` is read-only on the embedded store: write clauses are refused and delete nothing.
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { runCypher } from "../../queries/index.ts";
import { assertReadOnly, ReadOnlyError } from "../../store/index.ts";
import { makeFixtureDir, removeFixtureDir } from "./fixture-store.ts";

let dir: string;
const run = (q: string, p: Record<string, unknown> = {}) => runCypher(q, p, { dataDir: dir, env: {} });

beforeAll(async () => {
  dir = await makeFixtureDir();
});
afterAll(async () => {
  await removeFixtureDir(dir);
});

test("MATCH (n) DETACH DELETE n is refused and deletes nothing", async () => {
  const before = await run("MATCH (n) RETURN count(*) AS n");
  await expect(run("MATCH (n) DETACH DELETE n")).rejects.toThrow(ReadOnlyError);
  await expect(run("MATCH (n) DETACH DELETE n")).rejects.toThrow(/read-only: "DETACH"/);
  expect(await run("MATCH (n) RETURN count(*) AS n")).toEqual(before);
  expect(before[0].n).toBe(19);
});

test.each([
  "CREATE (:Person {id: 'x', name: 'x'})",
  "MATCH (n:Person) SET n.name = 'x'",
  "MATCH (n:Person) REMOVE n.role",
  "merge (n:State {id: 's'})",
  "DROP TABLE Person",
  "COPY Person FROM 'x.csv'",
  "MATCH (n) WITH n LIMIT 1 DELETE n",
])("refused: %s", async (q) => {
  await expect(run(q)).rejects.toThrow(ReadOnlyError);
});

test("words inside strings and comments are not clauses", async () => {
  expect(() => assertReadOnly("MATCH (n) WHERE n.name = 'Create Set Delete' RETURN n // DELETE later")).not.toThrow();
  const rows = await run("MATCH (n:Person) WHERE n.name <> 'MERGE' RETURN count(*) AS c");
  expect(rows[0].c).toBe(4);
});

test("the user's Cypher runs with parameters", async () => {
  const rows = await run("MATCH (p:Person)-[r:CALLED]->(q) WHERE p.name = $n RETURN p.name AS p, q.name AS q, r.date AS date", { n: "Vladimir Putin" });
  expect(rows).toEqual([{ p: "Vladimir Putin", q: "Ilham Aliyev", date: "2021-01-11" }]);
});

test("a syntax error is one line from the store", async () => {
  await expect(run("MATCH (n RETURN n")).rejects.toThrow(/^embedded store: Parser exception/);
});
