// Ingesting a generated corpus in two shards by two concurrent `kg ingest` processes gives the same graph as one run,
// and extraction on worker threads writes byte-identical ledger records to the single-threaded path.
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { generateCorpus, writeCorpus } from "../../bench/generate-corpus.ts";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname ?? process.cwd(), "../..");
const N = 120;
let tmp: string;

const kg = (data: string, ...args: string[]) =>
  run(process.execPath, ["--import", "tsx", join(ROOT, "cli/main.ts"), ...args], { env: { ...process.env, KG_DATA: data, NEO4J_URI: "" }, cwd: ROOT, maxBuffer: 1 << 28 });
const ledger = (data: string) => {
  const d = join(data, "articles");
  return Object.fromEntries(readdirSync(d).sort().map((f) => [f, readFileSync(join(d, f), "utf8")]));
};

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "kg-shards-"));
  const all = [...generateCorpus(N, 3)];
  writeCorpus(join(tmp, "all"), all);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test("two concurrent shard ingests into one KG_DATA give the graph of one run", async () => {
  const one = join(tmp, "one");
  const two = join(tmp, "two");
  await kg(one, "ingest", "--quiet", "--workers", "1", join(tmp, "all"));
  // Shards are disjoint lists of the same files: an article's id is its path, so it is the same in either run.
  const files = [...generateCorpus(N, 3)].map((a) => join(tmp, "all", a.file));
  const shard = (k: number) => files.filter((_, i) => i % 2 === k);
  await Promise.all([kg(two, "ingest", "--quiet", "--workers", "1", ...shard(0)), kg(two, "ingest", "--quiet", "--workers", "1", ...shard(1))]);
  expect(ledger(two)).toEqual(ledger(one));
  const g1 = JSON.parse((await kg(one, "export", "--format", "json")).stdout);
  const g2 = JSON.parse((await kg(two, "export", "--format", "json")).stdout);
  expect(g2).toEqual(g1);
  expect(g1.nodes.length).toBeGreaterThan(100);
}, 240_000);

test("--workers 2 writes byte-identical ledger records to --workers 1", async () => {
  const w1 = join(tmp, "w1");
  const w2 = join(tmp, "w2");
  await kg(w1, "ingest", "--quiet", "--workers", "1", join(tmp, "all"));
  await kg(w2, "ingest", "--quiet", "--workers", "2", join(tmp, "all"));
  const a = ledger(w1);
  expect(Object.keys(a)).toHaveLength(N);
  expect(ledger(w2)).toEqual(a);
}, 240_000);
