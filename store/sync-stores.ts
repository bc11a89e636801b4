// After ingest writes the ledger: rebuild the embedded store from it, and bring Neo4j up to date when NEO4J_URI is set.
import { countRecords, readRecords } from "./article-ledger.ts";
import { readGraphData } from "./graph-io.ts";
import type { WriteReport } from "./graph-store.ts";
import { LadybugStore } from "./ladybug-store.ts";
import { embeddedIsStale, embeddedPath, ledgerFingerprint, readStampInfo, writeStamp } from "./ledger-fingerprint.ts";
import { neo4jConfig, Neo4jStore } from "./neo4j-store.ts";

export interface SyncReport {
  embedded?: WriteReport & { path: string };
  neo4j?: WriteReport & { uri: string; database?: string };
}

export interface SyncOptions {
  /** the articles this ingest wrote (id and source): Neo4j then rewrites only what they touch */
  changed?: { id: string; source: string }[];
  /** defaults to process.env (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) */
  env?: NodeJS.ProcessEnv;
  /** skip Neo4j even when NEO4J_URI is set */
  embeddedOnly?: boolean;
}

/** Records per bucket of evidence while the store is built: about 10 MB of relationships in memory at a time. */
const RECORDS_PER_BUCKET = 2000;

/**
 * Rebuilds the embedded store from the ledger in `dir` (whole, by bulk COPY) and stamps it with the ledger's
 * fingerprint. The records are streamed (see ladybug-tables.ts), so memory does not grow with the corpus.
 */
export async function syncEmbedded(dir: string, fingerprint?: string): Promise<NonNullable<SyncReport["embedded"]>> {
  // The fingerprint is taken before the ledger is read: a record another process writes meanwhile then makes the
  // store stale (and rebuilt by the next query) instead of being stamped as included.
  fingerprint ??= ledgerFingerprint(dir);
  const buckets = Math.max(1, Math.ceil(countRecords(dir) / RECORDS_PER_BUCKET));
  const path = embeddedPath(dir);
  const report = await new LadybugStore(path).writeRecords(readRecords(dir), buckets);
  writeStamp(dir, fingerprint, { nodes: report.nodes, relationships: report.relationships, builtAt: new Date().toISOString() });
  return { ...report, path };
}

/** The node and relationship counts of the embedded store as last built, from its stamp (no fold of the ledger). */
export function embeddedCounts(dir: string): { nodes: number; relationships: number } | undefined {
  const s = readStampInfo(dir);
  return typeof s?.nodes === "number" && typeof s.relationships === "number" ? { nodes: s.nodes, relationships: s.relationships } : undefined;
}

/** Rebuilds the embedded store only when the ledger changed since it was built (queries call this first). */
export async function ensureEmbedded(dir: string): Promise<void> {
  if (embeddedIsStale(dir)) await syncEmbedded(dir);
}

export async function syncStores(dir: string, opts: SyncOptions = {}): Promise<SyncReport> {
  const report: SyncReport = { embedded: await syncEmbedded(dir) };
  const cfg = neo4jConfig(opts.env ?? process.env);
  if (cfg && !opts.embeddedOnly) {
    // Neo4j is written from the folded graph: its incremental write compares what the changed articles stated.
    const data = readGraphData(dir);
    const store = new Neo4jStore(cfg);
    try {
      // Evidence names its article by source (a1.txt), MENTIONS by node id: the scope needs both to find an article's old share.
      const changedArticles = opts.changed?.flatMap((a) => [a.id, a.source]);
      report.neo4j = { ...(await store.writeGraph(data, { changedArticles })), uri: cfg.uri, database: cfg.database };
    } finally {
      await store.close();
    }
  }
  return report;
}
