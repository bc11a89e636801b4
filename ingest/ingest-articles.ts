// Reads inputs, runs the pipeline on each article and writes its record to the ledger: the library behind `kg ingest`.
import { readRecord, sweepTemporaryFiles, writeRecord } from "../store/article-ledger.ts";
import type { ArticleRecord } from "../store/article-record.ts";
import { extractArticle } from "./pipeline.ts";
import { readInputs } from "./read/read-inputs.ts";
import type { Resources } from "./resources.ts";
import { articleNodeId } from "./stages/build-record.ts";

export interface Skipped {
  file: string;
  line?: number;
  reason: string;
}

export interface IngestReport {
  read: number;
  written: number;
  unchanged: number;
  skipped: Skipped[];
  warnings: Skipped[];
  changed: ArticleRecord[];
  interrupted: boolean;
}

export interface IngestOptions {
  dataDir: string;
  resources: Resources;
  /** called after each article with its name and running counts */
  onProgress?: (done: number, name: string) => void;
  /** polled between articles: true stops after the current one */
  shouldStop?: () => boolean;
  stdin?: () => Buffer;
}

export function ingestPaths(paths: string[], opts: IngestOptions): IngestReport {
  const report: IngestReport = { read: 0, written: 0, unchanged: 0, skipped: [], warnings: [], changed: [], interrupted: false };
  sweepTemporaryFiles(opts.dataDir);
  for (const item of readInputs(paths, opts.stdin)) {
    if (opts.shouldStop?.()) {
      report.interrupted = true;
      break;
    }
    if (item.kind === "problem") {
      report.skipped.push({ file: item.file, line: item.line, reason: item.message });
      continue;
    }
    report.read++;
    if (item.warning) report.warnings.push({ file: item.article.source, reason: item.warning });
    let record: ArticleRecord;
    try {
      record = extractArticle(item.article, opts.resources);
    } catch (e) {
      report.skipped.push({ file: item.article.source, reason: `extraction failed: ${(e as Error).message.split("\n")[0]}` });
      continue;
    }
    // An article ingested before with the same result is left alone: re-running changes nothing.
    const prev = readRecord(opts.dataDir, item.article.id === record.article.id ? record.article.id : record.article.id);
    if (prev && JSON.stringify(prev) === JSON.stringify(record)) report.unchanged++;
    else {
      writeRecord(opts.dataDir, record);
      report.written++;
      report.changed.push(record);
    }
    opts.onProgress?.(report.read, item.article.source);
  }
  return report;
}

export { articleNodeId };
