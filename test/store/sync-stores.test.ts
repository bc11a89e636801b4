// syncStores builds the embedded store from the ledger, and queries rebuild it when the ledger changed since.
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { runNamedQuery } from "../../queries/index.ts";
import { embeddedIsStale, removeRecord, syncStores, writeRecord } from "../../store/index.ts";
import { A3, fixtureRecords } from "../queries/fixture-records.ts";
import { makeFixtureDir, removeFixtureDir } from "../queries/fixture-store.ts";

let dir: string;
beforeAll(async () => {
  dir = await makeFixtureDir(fixtureRecords().slice(0, 2));
});
afterAll(() => removeFixtureDir(dir));

test("syncStores reports what it built, and does not touch Neo4j without NEO4J_URI", async () => {
  const report = await syncStores(dir, { env: {} });
  expect(report.embedded).toMatchObject({ path: `${dir}/graph.lbug`, skipped: [] });
  expect(report.embedded!.nodes).toBeGreaterThan(10);
  expect(report.neo4j).toBeUndefined();
  expect(embeddedIsStale(dir)).toBe(false);
});

test("a query after the ledger changed sees the change (the embedded store is rebuilt first)", async () => {
  expect(await runNamedQuery("calls", {}, { dataDir: dir, env: {} })).toEqual([]);
  writeRecord(dir, fixtureRecords()[2]);
  expect(embeddedIsStale(dir)).toBe(true);
  expect((await runNamedQuery("calls", {}, { dataDir: dir, env: {} })).map((r) => r.caller)).toEqual(["Vladimir Putin"]);
  removeRecord(dir, A3);
  expect(await runNamedQuery("calls", {}, { dataDir: dir, env: {} })).toEqual([]);
});
