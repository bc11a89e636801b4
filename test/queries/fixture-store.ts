// Writes the fixture ledger into a fresh temporary $KG_DATA and builds its embedded store.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeLadybug, embeddedPath, syncStores, writeRecord, type ArticleRecord } from "../../store/index.ts";
import { fixtureRecords } from "./fixture-records.ts";

export async function makeFixtureDir(records: ArticleRecord[] = fixtureRecords()): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "kg-test-"));
  for (const r of records) writeRecord(dir, r);
  await syncStores(dir, { env: {} });
  return dir;
}

export async function removeFixtureDir(dir: string): Promise<void> {
  await closeLadybug(embeddedPath(dir));
  rmSync(dir, { recursive: true, force: true });
}
