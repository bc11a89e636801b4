// Extraction on worker threads: articles go out to N workers, records come back in input order, so the ledger
// writer on the main thread sees exactly the sequence the single-threaded path produces.
import { Worker } from "node:worker_threads";
import type { ArticleRecord } from "../store/article-record.ts";
import type { RawArticle } from "./document.ts";
import type { WorkerReply, WorkerRequest } from "./extract-worker.ts";

/** A worker's start-up (loading the NLP model, gazetteer and lexicon) costs about 1.5 s: not worth it for a few articles. */
export const SMALL_INPUT = 40;
/** Articles sent to a worker at once: it runs each stage over the batch (pipeline.ts extractArticles), so each stage's
 * code and tables stay in the processor's caches from one article to the next (a tenth off extraction on real text;
 * no more past some 8). The price: a batch's documents live until its last stage, and V8 lets the heap grow further
 * (a 10,000-article ingest peaks some 150 MB higher; capped at 256 MB a thread, it still completes). */
export const BATCH = 8;
/** Articles queued per worker: enough to keep it busy while the main thread writes, few enough to keep memory flat. */
const QUEUE_PER_WORKER = 2 * BATCH;
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
      load[i] -= m.seqs.length;
      m.seqs.forEach((seq, k) => {
        const slot = slots[seq - head];
        const r = m.results[k];
        if ("error" in r) slot.error = r.error;
        else slot.record = r.record as ArticleRecord;
        slot.done = true;
      });
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
      // Keep every worker's queue full, in input order, a whole batch at a time (a freed slot or two waits for more).
      const window = pool.length * QUEUE_PER_WORKER;
      while (!exhausted && slots.length + BATCH <= window) {
        const seqs: number[] = [];
        const articles: RawArticle[] = [];
        // (items that are no article take a slot each too, so a run of them cannot grow the queue)
        while (articles.length < BATCH && slots.length < window) {
          const next = it.next();
          if (next.done) {
            exhausted = true;
            break;
          }
          const article = articleOf(next.value);
          if (article) {
            seqs.push(head + slots.length);
            articles.push(article);
          }
          slots.push({ item: next.value, done: !article });
        }
        if (!articles.length) continue;
        const w = load.indexOf(Math.min(...load));
        load[w] += articles.length;
        pool[w].postMessage({ seqs, articles } satisfies WorkerRequest);
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
