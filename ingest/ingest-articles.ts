// Reads inputs, runs the pipeline on each article and writes its record to the ledger: the library behind `kg ingest`.
import { availableParallelism } from "node:os";
import { readRecord, sweepTemporaryFiles, writeRecord } from "../store/article-ledger.ts";
import type { ArticleRecord } from "../store/article-record.ts";
import { extractInWorkers, SMALL_INPUT } from "./parallel-extract.ts";
import { extractArticle } from "./pipeline.ts";
import { readInputs, type InputItem } from "./read/read-inputs.ts";
import type { Resources } from "./resources.ts";

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
  /** the articles written (id and source), not their records: a large ingest must not hold its corpus */
  changed: { id: string; source: string }[];
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

const emptyReport = (): IngestReport => ({ read: 0, written: 0, unchanged: 0, skipped: [], warnings: [], changed: [], interrupted: false });

/** Books one input item and its extraction (a record, or the error that stopped it) into the ledger and the report. */
function store(report: IngestReport, item: InputItem, extracted: { record?: ArticleRecord; error?: string }, opts: Pick<IngestOptions, "dataDir" | "onProgress">): void {
  if (item.kind === "problem") {
    report.skipped.push({ file: item.file, line: item.line, reason: item.message });
    return;
  }
  report.read++;
  if (item.warning) report.warnings.push({ file: item.article.source, reason: item.warning });
  const record = extracted.record;
  if (!record) {
    report.skipped.push({ file: item.article.source, reason: `extraction failed: ${extracted.error}` });
    return;
  }
  // An article ingested before with the same result is left alone: re-running changes nothing.
  const prev = readRecord(opts.dataDir, record.article.id);
  if (prev && JSON.stringify(prev) === JSON.stringify(record)) report.unchanged++;
  else {
    writeRecord(opts.dataDir, record);
    report.written++;
    report.changed.push({ id: record.article.id, source: record.article.source });
  }
  opts.onProgress?.(report.read, item.article.source);
}

function extractHere(item: InputItem, res: Resources): { record?: ArticleRecord; error?: string } {
  if (item.kind === "problem") return {};
  try {
    return { record: extractArticle(item.article, res) };
  } catch (e) {
    return { error: (e as Error).message.split("\n")[0] };
  }
}

export function ingestPaths(paths: string[], opts: IngestOptions): IngestReport {
  const report = emptyReport();
  sweepTemporaryFiles(opts.dataDir);
  for (const item of readInputs(paths, opts.stdin)) {
    if (opts.shouldStop?.()) {
      report.interrupted = true;
      break;
    }
    store(report, item, extractHere(item, opts.resources), opts);
  }
  return report;
}

export interface ParallelIngestOptions extends Omit<IngestOptions, "resources"> {
  /** extraction threads; undefined: one per core, or none for inputs of fewer than SMALL_INPUT articles */
  workers?: number;
  /** loaded only when extraction runs on the main thread */
  resources: () => Resources;
}

/**
 * The same as ingestPaths, with extraction on worker threads while this thread writes the ledger. Records come
 * back in input order, so the ledger and the report are identical to the single-threaded run's.
 */
export async function ingestPathsParallel(paths: string[], opts: ParallelIngestOptions): Promise<IngestReport> {
  const it = readInputs(paths, opts.stdin)[Symbol.iterator]();
  // Look ahead before paying the workers' start-up: a small input is done sooner on this thread.
  const first: InputItem[] = [];
  let ended = false;
  if (opts.workers === undefined) {
    while (first.length < SMALL_INPUT) {
      const n = it.next();
      if (n.done) {
        ended = true;
        break;
      }
      first.push(n.value);
    }
  }
  const items = (function* () {
    yield* first;
    if (!ended) yield* { [Symbol.iterator]: () => it };
  })();
  const workers = opts.workers ?? (ended ? 1 : availableParallelism());
  if (workers <= 1) {
    const report = emptyReport();
    sweepTemporaryFiles(opts.dataDir);
    let res: Resources | undefined;
    for (const item of items) {
      // Let signal handlers run between articles: without a turn of the event loop, Ctrl-C would only be seen
      // once the whole batch was done.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (opts.shouldStop?.()) {
        report.interrupted = true;
        break;
      }
      store(report, item, item.kind === "problem" ? {} : extractHere(item, (res ??= opts.resources())), opts);
    }
    return report;
  }
  const report = emptyReport();
  sweepTemporaryFiles(opts.dataDir);
  for await (const { item, record, error } of extractInWorkers(items, (i) => (i.kind === "article" ? i.article : undefined), workers)) {
    if (opts.shouldStop?.()) {
      report.interrupted = true;
      break;
    }
    store(report, item, { record, error }, opts);
  }
  return report;
}

