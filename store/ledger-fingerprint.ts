// A cheap fingerprint of the article ledger (file names, sizes, times), so the embedded store knows when it is stale.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, renameSync } from "node:fs";
import { join } from "node:path";

export const embeddedPath = (dir: string): string => join(dir, "graph.lbug");
const stampPath = (dir: string) => join(dir, "graph.lbug.stamp.json");

export function ledgerFingerprint(dir: string): string {
  const d = join(dir, "articles");
  const h = createHash("sha1");
  if (existsSync(d)) {
    for (const f of readdirSync(d).filter((n) => n.endsWith(".json")).sort()) {
      const s = statSync(join(d, f));
      h.update(`${f}:${s.size}:${s.mtimeMs}\n`);
    }
  }
  return h.digest("hex");
}

/** The stamp beside the embedded store: the ledger fingerprint it was built from, and its counts. */
export function readStampInfo(dir: string): { ledger?: string; nodes?: unknown; relationships?: unknown } | undefined {
  try {
    return JSON.parse(readFileSync(stampPath(dir), "utf8")) as { ledger?: string };
  } catch {
    return undefined;
  }
}

/** The fingerprint of the ledger the embedded store was last built from, if any. */
export const readStamp = (dir: string): string | undefined => readStampInfo(dir)?.ledger;

export function writeStamp(dir: string, ledger: string, extra: Record<string, unknown>): void {
  const tmp = `${stampPath(dir)}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ ledger, ...extra }, null, 1));
  renameSync(tmp, stampPath(dir));
}

/** True when the embedded store is missing or was built from a different ledger. */
export const embeddedIsStale = (dir: string): boolean => !existsSync(embeddedPath(dir)) || readStamp(dir) !== ledgerFingerprint(dir);
