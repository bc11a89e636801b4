// A cheap fingerprint of the article ledger (file names, sizes, times), so the embedded store knows when it is stale.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, renameSync } from "node:fs";
import { join } from "node:path";

export const embeddedPath = (dir: string): string => join(dir, "graph.lbug");
const stampPath = (dir: string) => join(dir, "graph.lbug.stamp.json");

/**
 * The last fingerprint taken of each ledger folder in this process, with the folder's change time then. Why: hashing
 * 10,000 file stats took 70-140 ms, more than a query's whole budget, and every query asks. The ledger changes only
 * by creating, renaming over or removing a file in that folder (article-ledger.ts writes a temporary file and renames
 * it), each of which moves the folder's mtime and ctime; so while they stand still the fingerprint does too.
 */
const lastFingerprint = new Map<string, { stat: string; fingerprint: string }>();

export function ledgerFingerprint(dir: string): string {
  const d = join(dir, "articles");
  // Taken before the listing: a file written meanwhile moves the folder's times, so the next call hashes again.
  const st = existsSync(d) ? statSync(d) : undefined;
  const stat = st ? `${st.ino}:${st.mtimeMs}:${st.ctimeMs}` : "";
  const known = lastFingerprint.get(d);
  if (st && known?.stat === stat) return known.fingerprint;
  const fingerprint = hashLedger(d);
  // File times are coarse (a few ms), so a folder changed within the last second could change again without its
  // times moving: only a folder that has been quiet for a second is remembered.
  if (st && Math.max(st.mtimeMs, st.ctimeMs) < Date.now() - 1000) lastFingerprint.set(d, { stat, fingerprint });
  return fingerprint;
}

function hashLedger(d: string): string {
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
