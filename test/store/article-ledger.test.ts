// The ledger is where an article's record is checked against the schema: a bad record is refused before anything is
// written, and the records already there stay readable.
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { countRecords, readRecord, readRecords, writeRecord, type ArticleRecord } from "../../store/index.ts";
import { A1, A2, fixtureRecords } from "../queries/fixture-records.ts";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "kg-ledger-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a record that does not fit the schema is refused with a one-line error naming it, and costs nothing stored", () => {
  const [good, other] = fixtureRecords();
  writeRecord(dir, good);
  // an edge whose type is not in the ontology (as a bug in extraction could make one)
  const bad = { ...other, edges: [{ ...other.edges[0], type: "ADMIRED" }] } as unknown as ArticleRecord;
  expect(() => writeRecord(dir, bad)).toThrow(new RegExp(`^article-ledger: the record of "${A2}" does not match the record schema: edges\\.0\\.type`));
  expect(countRecords(dir)).toBe(1);
  expect(readRecord(dir, A2)).toBeUndefined();
  expect([...readRecords(dir)].map((r) => r.article.id)).toEqual([A1]);
  writeRecord(dir, other);
  expect(readRecord(dir, A2)?.edges.length).toBe(other.edges.length);
});
