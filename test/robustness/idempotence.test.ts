// Issue 7, point 3: the same articles in any order, any number of times, give the same graph; a changed article replaces only its own evidence.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ingestPaths } from "../../ingest/ingest-articles.ts";
import { readGraphData, readRecords } from "../../store/index.ts";
import { resources } from "../helpers/pipeline.ts";
import { corpus, graphOf, removeDir, rng, tempDir, writeFiles } from "./kg-cli.ts";

const SEED = 7;
let root: string;
let files: string[];

const ingest = (dir: string, paths: string[]) => ingestPaths(paths, { dataDir: dir, resources: resources() });

/** A seeded shuffle, so the orders tried are the same on every run. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const r = rng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

beforeAll(() => {
  root = tempDir("idem");
  const c = corpus(12, SEED);
  writeFiles(join(root, "in"), c);
  files = Object.keys(c).map((n) => join(root, "in", n));
});
afterAll(() => removeDir(root));

test("two orders, each twice, and a piecemeal ingest: the same graph, the second run changes nothing", () => {
  const graphs: string[] = [];
  const orders = [files, shuffled(files, SEED), [...files].reverse()];
  orders.forEach((order, i) => {
    const dir = join(root, `order-${i}`);
    const first = ingest(dir, order);
    expect(first).toMatchObject({ written: files.length, unchanged: 0, skipped: [] });
    const g = graphOf(dir);
    const second = ingest(dir, shuffled(order, i + 100));
    expect(second).toMatchObject({ written: 0, unchanged: files.length });
    expect(graphOf(dir)).toBe(g);
    graphs.push(g);
  });
  // halves in two runs, overlapping, then everything again
  const dir = join(root, "piecemeal");
  ingest(dir, files.slice(0, 8));
  ingest(dir, files.slice(4));
  ingest(dir, files);
  graphs.push(graphOf(dir));
  expect(new Set(graphs).size).toBe(1);
  expect([...readRecords(dir)]).toHaveLength(files.length);
});

test("an article whose text changed replaces its own evidence, not another article's", () => {
  const dir = join(root, "changed");
  const a = join(root, "a.txt");
  const b = join(root, "b.txt");
  const shared = "France met Germany in Paris on 3 May 2023.";
  writeFileSync(a, `${shared}\nItaly accused Spain of violating the ceasefire.\n`);
  writeFileSync(b, `${shared}\nPoland called on Ukraine to withdraw its troops.\n`);
  ingest(dir, [a, b]);
  const met = () => readGraphData(dir).edges.find((e) => e.type === "MET" && e.evidence.some((ev) => ev.sentence === shared));
  expect(met()?.evidence).toHaveLength(2);

  // a.txt drops the shared sentence and the accusation, and says something new
  writeFileSync(a, "Qatar met Egypt in Doha on 2 July 2023.\n");
  const r = ingest(dir, [a]);
  expect(r).toMatchObject({ written: 1, unchanged: 0 });
  const g = readGraphData(dir);
  // evidence names its article by source; b's evidence for the shared meeting stays, a's is gone, as is what only a said
  expect(met()?.evidence.map((ev) => ev.article)).toEqual(["b.txt"]);
  expect(g.edges.some((e) => e.type === "ACCUSED")).toBe(false);
  expect(g.edges.some((e) => e.type === "CALLED_ON")).toBe(true);
  expect(g.edges.filter((e) => e.evidence.some((ev) => ev.article === "a.txt")).map((e) => e.type)).toContain("MET");
  expect(g.nodes.some((n) => n.name === "Spain")).toBe(false);

  // and the result is what a fresh ingest of the two files as they now are gives
  const fresh = join(root, "changed-fresh");
  ingest(fresh, [b, a]);
  expect(graphOf(dir)).toBe(graphOf(fresh));
});
