// Builds the graph of a folder of articles in a fresh data directory and scores it against gold with ../shared's scorer.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestPaths } from "../../ingest/ingest-articles.ts";
import { readGraphData, serializeGraph } from "../../store/index.ts";
import { resources } from "../helpers/pipeline.ts";

export interface Score {
  entityF1: number;
  relationF1: number;
  split: number;
  summary: string;
}

export function scoreCorpus(articles: string, gold: string, scorer: string): Score {
  const dir = mkdtempSync(join(tmpdir(), "kg-gold-"));
  const report = ingestPaths([articles], { dataDir: dir, resources: resources() });
  if (report.skipped.length) throw new Error(`score-corpus: skipped ${report.skipped.map((s) => s.file).join(", ")}`);
  const graph = join(dir, "graph.json");
  writeFileSync(graph, JSON.stringify(serializeGraph(readGraphData(dir))));
  const out = execFileSync(process.execPath, [scorer, "--graph", graph, "--gold", gold], { encoding: "utf8" });
  const summary = out.trim().split("\n").at(-1)!;
  const m = /entities P=[\d.]+ R=[\d.]+ F1=([\d.]+) \| relations P=[\d.]+ R=[\d.]+ F1=([\d.]+) \| split entities (\d+)/.exec(summary);
  if (!m) throw new Error(`score-corpus: unexpected scorer output: ${summary}`);
  return { entityF1: Number(m[1]), relationF1: Number(m[2]), split: Number(m[3]), summary };
}
