// Issue 7, point 2: kill -9 at random points and Ctrl-C lose nothing; re-running the same command finishes the job.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { closeLadybug, embeddedIsStale, embeddedPath, LadybugStore, readRecords } from "../../store/index.ts";
import { corpus, graphOf, kg, leftovers, removeDir, rng, startKg, tempDir, writeFiles } from "./kg-cli.ts";

const SEED = Number(process.env.KG_TEST_SEED ?? 20240607);
const ARTICLES = 40;
let root: string;
let input: string;
let clean: { graph: string; embedded: string };

const records = (dir: string) => (existsSync(join(dir, "articles")) ? readdirSync(join(dir, "articles")).filter((n) => n.endsWith(".json")).length : 0);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The embedded store's nodes and relationships with their evidence, read with a query as `kg query` would. */
async function embeddedOf(dir: string): Promise<string> {
  expect(embeddedIsStale(dir)).toBe(false);
  const store = new LadybugStore(embeddedPath(dir));
  try {
    const nodes = await store.query("MATCH (n) RETURN n.id AS id, n.name AS name, n.aliases AS aliases ORDER BY id");
    const rels = await store.query("MATCH (a)-[r]->(b) RETURN r.id AS id, a.id AS a, b.id AS b, r.evidenceArticle AS ea, r.evidenceSentence AS es ORDER BY id");
    return JSON.stringify({ nodes, rels });
  } finally {
    await closeLadybug(embeddedPath(dir));
  }
}

async function expectSameAsClean(dir: string, label: string): Promise<void> {
  expect([label, leftovers(dir)]).toEqual([label, []]);
  expect([label, records(dir)]).toEqual([label, ARTICLES]);
  // one record per article: the same article twice would show as a second record with the same source
  const sources = [...readRecords(dir)].map((r) => r.article.source);
  expect(new Set(sources).size).toBe(ARTICLES);
  expect(graphOf(dir) === clean.graph).toBe(true);
  expect((await embeddedOf(dir)) === clean.embedded).toBe(true);
}

beforeAll(async () => {
  console.log(`crash-safety: seed ${SEED} (KG_TEST_SEED=${SEED} replays it)`);
  root = tempDir("crash");
  input = join(root, "in");
  writeFiles(input, corpus(ARTICLES, SEED));
  const data = join(root, "clean");
  const r = await kg(["ingest", input, "--workers", "1"], { KG_DATA: data });
  expect(r.code).toBe(0);
  clean = { graph: graphOf(data), embedded: await embeddedOf(data) };
}, 60_000);

afterAll(() => removeDir(root));

test("SIGKILL at random points, then the same command again: the ledger and the embedded store equal a clean ingest", async () => {
  const r = rng(SEED);
  const plan: string[] = [];
  for (let run = 0; run < 5; run++) {
    const data = join(root, `killed-${run}`);
    // run 1 takes the worker-thread path (the default for 40 articles), the others one thread, which starts faster;
    // both write the ledger from the main thread
    const args = ["ingest", input, ...(run === 1 ? [] : ["--workers", "1"])];
    // runs 0-2: once the ledger holds k records (mid-batch); runs 3-4: a while after the last one (during the store rebuild)
    const k = run < 3 ? 1 + Math.floor(r() * (ARTICLES - 1)) : ARTICLES;
    const extra = run < 3 ? 0 : Math.floor(r() * 1500);
    const { child, done } = startKg(args, { KG_DATA: data });
    let exited = false;
    void done.then(() => (exited = true));
    while (!exited && records(data) < k) await sleep(2);
    if (extra) await sleep(extra);
    const at = records(data);
    child.kill("SIGKILL");
    const killed = await done;
    plan.push(`run ${run}: kill at ${k} records${extra ? ` + ${extra} ms` : ""} (had ${at}; ${killed.signal ?? `exit ${killed.code}`})`);
    // what is stored is whole records only: every file in the ledger parses against the schema
    expect(() => [...readRecords(data)]).not.toThrow();
    const again = await kg(args, { KG_DATA: data });
    expect([run, again.code, again.stderr]).toEqual([run, 0, ""]);
    await expectSameAsClean(data, `run ${run}`);
  }
  console.log(`crash-safety (seed ${SEED}):\n  ${plan.join("\n  ")}`);
}, 150_000);

test("Ctrl-C stops after the current article, says how far it got, and leaves a consistent store", async () => {
  const data = join(root, "interrupted");
  const args = ["ingest", input, "--workers", "1"];
  const { child, done } = startKg(args, { KG_DATA: data });
  let exited = false;
  void done.then(() => (exited = true));
  while (!exited && records(data) < 3) await sleep(2);
  child.kill("SIGINT");
  const r = await done;
  expect(r.code).toBe(130);
  expect(r.stderr).toContain("kg ingest: stopping after the current article");
  const m = /kg ingest: interrupted after (\d+) articles \((\d+) stored, 0 unchanged\); run the same command again to finish/.exec(r.stderr);
  expect(m).not.toBeNull();
  const stored = Number(m![2]);
  expect(stored).toBeGreaterThanOrEqual(3);
  expect(stored).toBeLessThan(ARTICLES);
  expect(records(data)).toBe(stored);
  expect(leftovers(data)).toEqual([]);
  // what was stored is in the embedded store too: it was rebuilt before exiting
  expect(embeddedIsStale(data)).toBe(false);
  const again = await kg(args, { KG_DATA: data });
  expect(again.code).toBe(0);
  expect(again.stdout).toContain(`${ARTICLES} articles read: ${ARTICLES - stored} stored, ${stored} unchanged; 0 skipped`);
  await expectSameAsClean(data, "after Ctrl-C");
}, 60_000);
