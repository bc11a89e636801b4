// One extraction worker thread: loads the resources once, then turns each article it is sent into its ledger record.
import { parentPort } from "node:worker_threads";
import type { RawArticle } from "./document.ts";
import { extractArticle } from "./pipeline.ts";
import { loadResources } from "./resources.ts";

export type WorkerRequest = { seq: number; article: RawArticle };
export type WorkerReply = { seq: number; record: unknown } | { seq: number; error: string } | { ready: true };

if (!parentPort) throw new Error("extract-worker: must run in a worker thread");
const port = parentPort;
const resources = loadResources();
port.on("message", (m: WorkerRequest) => {
  try {
    port.postMessage({ seq: m.seq, record: extractArticle(m.article, resources) } satisfies WorkerReply);
  } catch (e) {
    port.postMessage({ seq: m.seq, error: (e as Error).message.split("\n")[0] } satisfies WorkerReply);
  }
});
port.postMessage({ ready: true } satisfies WorkerReply);
