// One extraction worker thread: loads the resources once, then turns each batch of articles it is sent into their ledger
// records.
import { parentPort } from "node:worker_threads";
import type { RawArticle } from "./document.ts";
import { extractArticles } from "./pipeline.ts";
import { loadResources } from "./resources.ts";

/** Articles and their places in the input. */
export type WorkerRequest = { seqs: number[]; articles: RawArticle[] };
/** Per article of the request, in its order: the record, or the first line of what stopped it. */
export type WorkerReply = { seqs: number[]; results: ({ record: unknown } | { error: string })[] } | { ready: true };

if (!parentPort) throw new Error("extract-worker: must run in a worker thread");
const port = parentPort;
const resources = loadResources();
port.on("message", (m: WorkerRequest) => {
  const results = extractArticles(m.articles, resources).map((r) => (r instanceof Error ? { error: r.message.split("\n")[0] } : { record: r }));
  port.postMessage({ seqs: m.seqs, results } satisfies WorkerReply);
});
port.postMessage({ ready: true } satisfies WorkerReply);
