// Where the server's graph comes from: the article ledger, re-read when an ingest has changed it since the last request.
import { statSync } from "node:fs";
import { join } from "node:path";
import { readGraphData } from "../store/index.ts";
import { GraphIndex } from "./graph-index.ts";

export interface GraphSource {
  /** the current index; cheap when nothing changed */
  current(): GraphIndex;
}

/** The ledger folder's mtime changes whenever a record is renamed into it or removed, which is every ingest write. */
function ledgerVersion(dir: string): string {
  try {
    const s = statSync(join(dir, "articles"));
    return `${s.mtimeMs}`;
  } catch {
    return "none";
  }
}

export function ledgerSource(dir: string): GraphSource {
  let version = "";
  let index: GraphIndex | undefined;
  return {
    current() {
      const v = ledgerVersion(dir);
      if (!index || v !== version) {
        index = new GraphIndex(readGraphData(dir));
        version = v;
      }
      return index;
    },
  };
}
