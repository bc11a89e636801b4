// The embedded graph store: a @ladybugdb/core (Kùzu) database file, rebuilt whole by bulk COPY and swapped in by rename.
//
// Why rebuild rather than update: COPY FROM CSV loads 100k nodes + 300k relationships in about a second, while
// UNWIND + MERGE takes 26-45 s (../shared/TOOLCHAIN.md); and building into a fresh file then renaming it over the
// old one means a crash never leaves a half-written database. Readers open the file read-only, so several
// processes (kg serve, kg query) can read at once, and a reader that opened the old file keeps a consistent view.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { tmpdir } from "node:os";
import { Connection, Database, type QueryResult } from "@ladybugdb/core";
import { NODE_LABELS, REL_TYPES, type GraphData } from "../graph-schema/index.ts";
import type { GraphStore, Row, WriteReport } from "./graph-store.ts";
import type { ArticleRecord } from "./article-record.ts";
import { CSV_OPTIONS, decode } from "./ladybug-csv.ts";
import { CO_MENTIONED, schemaDdl } from "./ladybug-schema.ts";
import { graphTables, ledgerTables, type Tables } from "./ladybug-tables.ts";
import { plainRow } from "./ladybug-values.ts";
import { assertReadOnly, ReadOnlyError } from "./read-only-guard.ts";
import { edgeFromProps, nodeFromProps, propsOf, REL_PROPS } from "./store-rows.ts";

const QUERY_TIMEOUT_MS = 30_000;
// Each open Database reserves its maximum size in virtual memory (8 TB by default), so a process with a handful of
// them (tests, kg serve during a rebuild) runs out of address space; 1 TB of graph is plenty. The buffer pool keeps
// its default (80% of RAM, reserved lazily).
const MAX_DB_BYTES = 2 ** 40;
const BUFFER_POOL_BYTES = 0;

interface Handle {
  db: Database;
  conn: Connection;
}
/** One Database per path per process (TOOLCHAIN.md): every store on a path shares this handle. */
const handles = new Map<string, Handle>();

function openHandle(path: string): Handle {
  let h = handles.get(path);
  if (!h) {
    const db = new Database(path, BUFFER_POOL_BYTES, true, true, MAX_DB_BYTES);
    const conn = new Connection(db);
    conn.setQueryTimeout(QUERY_TIMEOUT_MS);
    h = { db, conn };
    handles.set(path, h);
  }
  return h;
}

export async function closeLadybug(path: string): Promise<void> {
  const h = handles.get(path);
  if (!h) return;
  handles.delete(path);
  await h.conn.close();
  await h.db.close();
}

const lastResult = (r: QueryResult | QueryResult[]): QueryResult => (Array.isArray(r) ? r[r.length - 1] : r);

/**
 * All rows of a result as plain values. getAllSync, not getAll: the async form hops to the thread pool once per row,
 * which was most of a listing query's time (7.6k rows: 150-700 ms against 60-100 ms). The query itself still runs
 * off the main thread in execute(); only copying out the finished rows is synchronous.
 */
function plainRows(r: QueryResult | QueryResult[]): Row[] {
  return lastResult(r).getAllSync().map(plainRow);
}

async function run(conn: Connection, cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  const ps = await conn.prepare(cypher);
  if (!ps.isSuccess()) throw new Error(`embedded store: ${ps.getErrorMessage().split("\n")[0]}`);
  return plainRows(await conn.execute(ps, params as never));
}

/** Builds a complete database at `path` (which must not exist) from the CSV tables `tablesOf` writes into a scratch folder. */
async function buildFile(path: string, tablesOf: (csvDir: string) => Tables): Promise<Omit<WriteReport, "ms">> {
  const csvDir = mkdtempSync(join(tmpdir(), "kg-lbug-"));
  try {
    const tables = tablesOf(csvDir);
    const db = new Database(path, BUFFER_POOL_BYTES, true, false, MAX_DB_BYTES);
    const conn = new Connection(db);
    try {
      for (const ddl of schemaDdl()) await run(conn, ddl);
      // One transaction for every COPY: the file is new and renamed into place only when complete, so nothing is
      // gained by committing (and checkpointing) each of the ~40 tables on its own. Nodes first: relationships need them.
      await run(conn, "BEGIN TRANSACTION");
      for (const t of tables.files) {
        if (t.kind !== "node") continue;
        await run(conn, `COPY ${t.label} FROM (LOAD FROM '${t.file}' (${CSV_OPTIONS}) RETURN ${t.columns.map(decode).join(", ")})`);
      }
      for (const t of tables.files) {
        if (t.kind !== "rel") continue;
        const values = t.type === CO_MENTIONED ? "src, dst, CAST(articles AS INT64)" : t.columns.map(decode).join(", ");
        await run(conn, `COPY ${t.type} FROM (LOAD FROM '${t.file}' (${CSV_OPTIONS}) RETURN ${values}) (from='${t.from}', to='${t.to}')`);
      }
      await run(conn, "COMMIT");
      return { nodes: tables.nodes, relationships: tables.relationships, skipped: tables.skipped };
    } finally {
      await conn.close();
      await db.close();
    }
  } finally {
    rmSync(csvDir, { recursive: true, force: true });
  }
}

/** Replaces the database at `path` with one built from the tables `tablesOf` writes: built beside it, then renamed over it. */
export async function rebuildLadybug(path: string, tablesOf: (csvDir: string) => Tables): Promise<WriteReport> {
  const t0 = performance.now();
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.building-${process.pid}-${Date.now()}`;
  try {
    const report = await buildFile(tmp, tablesOf);
    await closeLadybug(path);
    // A write-ahead log left beside the old file would be replayed against the new one.
    rmSync(`${path}.wal`, { force: true });
    rmSync(`${tmp}.wal`, { force: true });
    renameSync(tmp, path);
    return { ...report, ms: Math.round(performance.now() - t0) };
  } finally {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}.wal`, { force: true });
  }
}

export class LadybugStore implements GraphStore {
  readonly kind = "embedded" as const;
  constructor(readonly path: string) {}

  writeGraph(data: GraphData): Promise<WriteReport> {
    return rebuildLadybug(this.path, (dir) => graphTables(data, dir));
  }

  /**
   * Builds the store from article records read one at a time: what mergeRecords(records) would give, without
   * folding it in memory. `buckets` spreads the evidence over that many files on disk while it is grouped.
   */
  writeRecords(records: Iterable<ArticleRecord>, buckets = 1): Promise<WriteReport> {
    return rebuildLadybug(this.path, (dir) => ledgerTables(records, dir, buckets));
  }

  async query(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    assertReadOnly(cypher);
    if (!existsSync(this.path)) throw new Error(`embedded store: no database at ${this.path} (run kg ingest first)`);
    const { conn } = openHandle(this.path);
    const ps = await conn.prepare(cypher);
    if (!ps.isSuccess()) throw new Error(`embedded store: ${ps.getErrorMessage().split("\n")[0]}`);
    if (!ps.isReadOnly()) throw new ReadOnlyError("queries are read-only: this query would change the graph, so nothing was run");
    return plainRows(await conn.execute(ps, params as never));
  }

  async readGraph(): Promise<GraphData> {
    const nodes = [];
    for (const label of NODE_LABELS) {
      const props = propsOf(label);
      const rows = await this.query(`MATCH (n:${label}) RETURN ${props.map((p) => `n.\`${p}\` AS \`${p}\``).join(", ")} ORDER BY n.id`);
      nodes.push(...rows.map(nodeFromProps));
    }
    const edges = [];
    for (const type of REL_TYPES) {
      const rows = await this.query(`MATCH (a)-[r:${type}]->(b) RETURN a.id AS _source, b.id AS _target, ${REL_PROPS.map((p) => `r.\`${p}\` AS \`${p}\``).join(", ")} ORDER BY r.id`);
      edges.push(...rows.map((r) => edgeFromProps(r, String(r._source), String(r._target))));
    }
    return { nodes, edges };
  }

  close(): Promise<void> {
    return closeLadybug(this.path);
  }
}
