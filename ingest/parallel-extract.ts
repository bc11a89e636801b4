// Extraction on worker threads: articles go out to N workers, records come back in input order, so the ledger
// writer on the main thread sees exactly the sequence the single-threaded path produces.
import { Worker } from "node:worker_threads";
import type { ArticleRecord } from "../store/article-record.ts";
import type { RawArticle } from "./document.ts";
import type { WorkerReply, WorkerRequest } from "./extract-worker.ts";

/** A worker's start-up (loading the NLP model, gazetteer and lexicon) costs about 1.5 s: not worth it for a few articles. */
export const SMALL_INPUT = 40;
/** Articles queued per worker: enough to keep it busy while the main thread writes, few enough to keep memory flat. */
const QUEUE_PER_WORKER = 16;
const ENTRY = new URL("./extract-worker-entry.mjs", import.meta.url);

export interface Extracted<T> {
  item: T;
  record?: ArticleRecord;
  error?: string;
}

/**
 * Yields every item of `items` in order, with the record of those that are articles (`articleOf` returns the
 * article, or undefined for items that pass straight through, such as unreadable files).
 */
export async function* extractInWorkers<T>(items: Iterable<T>, articleOf: (item: T) => RawArticle | undefined, workers: number): AsyncGenerator<Extracted<T>> {
  const pool = Array.from({ length: Math.max(1, workers) }, () => new Worker(ENTRY));
  const load = pool.map(() => 0);
  const slots: (Extracted<T> & { done: boolean })[] = [];
  let head = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  pool.forEach((w, i) => {
    w.on("message", (m: WorkerReply) => {
      if ("ready" in m) return;
      load[i]--;
      const slot = slots[m.seq - head];
      if ("error" in m) slot.error = m.error;
      else slot.record = m.record as ArticleRecord;
      slot.done = true;
      notify();
    });
    w.on("error", (e: Error) => {
      failure = new Error(`parallel-extract: a worker failed: ${e.message}`);
      notify();
    });
  });
  const it = items[Symbol.iterator]();
  let exhausted = false;
  try {
    for (;;) {
      // Keep every worker's queue full, in input order.
      while (!exhausted && slots.length < pool.length * QUEUE_PER_WORKER) {
        const next = it.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const article = articleOf(next.value);
        const seq = head + slots.length;
        slots.push({ item: next.value, done: !article });
        if (article) {
          const w = load.indexOf(Math.min(...load));
          load[w]++;
          pool[w].postMessage({ seq, article } satisfies WorkerRequest);
        }
      }
      if (failure) throw failure;
      if (slots.length === 0 && exhausted) return;
      if (slots[0].done) {
        const { item, record, error } = slots.shift()!;
        head++;
        yield { item, record, error };
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
