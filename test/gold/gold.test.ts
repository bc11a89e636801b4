// The graph built from the seed articles, the dev articles and the project's own examples, scored against their gold.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scoreCorpus } from "./score-corpus.ts";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const shared = fileURLToPath(new URL("../../../shared/", import.meta.url));
const scorer = `${shared}tools/score-graph.mjs`;
const haveShared = existsSync(scorer) && existsSync(`${shared}seeds`);
if (!haveShared) console.warn(`gold tests skipped: ${shared} (seeds, gold and the scorer) is not beside the repository`);
const withShared = haveShared ? test : test.skip;

describe("scores against gold", () => {
  withShared("seeds: entity F1 >= 0.90, relation F1 >= 0.75, no split entities", () => {
    const s = scoreCorpus(`${shared}seeds`, `${shared}gold`, scorer);
    console.log(`seeds: ${s.summary}`);
    expect(s.entityF1).toBeGreaterThanOrEqual(0.9);
    expect(s.relationF1).toBeGreaterThanOrEqual(0.75);
    expect(s.split).toBe(0);
  });
  withShared("examples: the same bar on the project's own articles", () => {
    const s = scoreCorpus(`${repo}examples/articles`, `${repo}examples/gold`, scorer);
    console.log(`examples: ${s.summary}`);
    expect(s.entityF1).toBeGreaterThanOrEqual(0.9);
    expect(s.relationF1).toBeGreaterThanOrEqual(0.75);
    expect(s.split).toBe(0);
  });
  withShared("dev (other conflicts, a yardstick): reported, with a floor against regressions", () => {
    const s = scoreCorpus(`${shared}dev/articles`, `${shared}dev/gold`, scorer);
    console.log(`dev: ${s.summary}`);
    expect(s.entityF1).toBeGreaterThanOrEqual(0.75);
    expect(s.relationF1).toBeGreaterThanOrEqual(0.5);
  });
});
