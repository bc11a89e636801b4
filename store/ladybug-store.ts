// The embedded graph store: a @ladybugdb/core (Kùzu) database file, rebuilt whole by bulk COPY and swapped in by rename.
//
// Why rebuild rather than update: COPY FROM CSV loads 100k nodes + 300k relationships in about a second, while
// UNWIND + MERGE takes 26-45 s (../shared/TOOLCHAIN.md); and building into a fresh file then renaming it over the
// old one means a crash never leaves a half-written database. Readers open the file read-only, so several
// processes (kg serve, kg query) can read at once, and a reader that opened the old file keeps a consistent view.
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { tmpdir } from "node:os";
import { Connection, Database, type QueryResult } from "@ladybugdb/core";
import { NODE_LABELS, REL_TYPES, type GraphData } from "../graph-schema/index.ts";
import type { GraphStore, Row, WriteReport } from "./graph-store.ts";
import { schemaDdl } from "./ladybug-schema.ts";
import { plainRow } from "./ladybug-values.ts";
import { assertReadOnly, ReadOnlyError } from "./read-only-guard.ts";
import { edgeFromProps, LIST_PROPS, nodeFromProps, nodeRow, propsOf, REL_PROPS, relRows } from "./store-rows.ts";

/** Separates list elements inside one CSV field; each element is prefixed with "~" so an empty element survives. */
const SEP = "\u001f";
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

const encodeList = (xs: string[]): string => xs.map((x) => "~" + x.replaceAll(SEP, " ")).join(SEP);
const cell = (p: string, v: unknown): string => (LIST_PROPS.has(p) ? encodeList((v as string[]) ?? []) : ((v as string | null) ?? "").replaceAll(SEP, " "));
/**
 * The LOAD FROM expression that turns one CSV column back into its typed value. The element prefix is cut with a
 * slice, `x[2:]`: `substring(x, 2, size(x))` inside the lambda makes COPY fail at random with "buffer pool is full"
 * (about half the runs from a few thousand rows, whatever the pool size; measured on @ladybugdb/core 0.19).
 */
const decode = (p: string): string =>
  LIST_PROPS.has(p) ? `CASE WHEN \`${p}\` IS NULL THEN CAST([] AS STRING[]) ELSE list_transform(string_split(\`${p}\`, '${SEP}'), x -> x[2:]) END` : `\`${p}\``;

/**
 * CSV split on a control character no text holds, so commas need no quoting; only a value holding a quote or a
 * line break is quoted. Why: with "," as the delimiter (quoting every sentence with a comma), the 10k-article
 * relationship COPY failed with "expected 11 values per row, but got more" on a well-formed quoted row. Quoted
 * fields are now rare, but that engine bug is not understood: see the README's performance section.
 */
const DELIM = "\u001e";
const CSV_OPTIONS = `header=true, parallel=false, delim='${DELIM}'`;
const csvField = (v: string): string => {
  const clean = v.replaceAll(DELIM, " ");
  return /["\r\n]/.test(clean) ? `"${clean.replaceAll('"', '""')}"` : clean;
};

/** Writes a CSV file a chunk at a time (csv-stringify's sync API took longer than the COPY it feeds). */
function writeCsv(file: string, header: readonly string[], rows: Iterable<string[]>): void {
  const fd = openSync(file, "w");
  try {
    let buf = header.join(DELIM) + "\n";
    for (const r of rows) {
      buf += r.map(csvField).join(DELIM) + "\n";
      if (buf.length > 1 << 20) {
        writeSync(fd, buf);
        buf = "";
      }
    }
    writeSync(fd, buf);
  } finally {
    closeSync(fd);
  }
}

/** Builds a complete database for `data` at `path` (which must not exist). */
async function buildFile(path: string, data: GraphData): Promise<Omit<WriteReport, "ms">> {
  const csvDir = mkdtempSync(join(tmpdir(), "kg-lbug-"));
  const db = new Database(path, BUFFER_POOL_BYTES, true, false, MAX_DB_BYTES);
  const conn = new Connection(db);
  try {
    for (const ddl of schemaDdl()) await run(conn, ddl);
    // One transaction for every COPY: the file is new and renamed into place only when complete, so nothing is
    // gained by committing (and checkpointing) each of the ~40 tables on its own.
    await run(conn, "BEGIN TRANSACTION");
    for (const label of NODE_LABELS) {
      const nodes = data.nodes.filter((n) => n.label === label);
      if (!nodes.length) continue;
      const props = propsOf(label);
      const file = join(csvDir, `${label}.csv`);
      writeCsv(file, props, nodes.map((n) => { const r = nodeRow(n); return props.map((p) => cell(p, r[p])); }));
      await run(conn, `COPY ${label} FROM (LOAD FROM '${file}' (${CSV_OPTIONS}) RETURN ${props.map(decode).join(", ")})`);
    }
    const { rows, skipped } = relRows(data);
    const groups = new Map<string, typeof rows>();
    for (const r of rows) {
      const k = `${r.type}|${r.fromLabel}|${r.toLabel}`;
      // push, not spread: copying the group on every row made the build quadratic (21 s for 52k relationships)
      const g = groups.get(k);
      if (g) g.push(r);
      else groups.set(k, [r]);
    }
    let i = 0;
    for (const [key, group] of groups) {
      const [type, from, to] = key.split("|");
      const file = join(csvDir, `rel-${i++}.csv`);
      const cols = ["src", "dst", ...REL_PROPS];
      writeCsv(file, cols, group.map((r) => [r.source, r.target, ...REL_PROPS.map((p) => cell(p, r.props[p]))]));
      await run(conn, `COPY ${type} FROM (LOAD FROM '${file}' (${CSV_OPTIONS}) RETURN src, dst, ${REL_PROPS.map(decode).join(", ")}) (from='${from}', to='${to}')`);
    }
    await run(conn, "COMMIT");
    return { nodes: data.nodes.length, relationships: rows.length, skipped };
  } finally {
    await conn.close();
    await db.close();
    rmSync(csvDir, { recursive: true, force: true });
  }
}

/** Replaces the database at `path` with one holding `data`: built beside it, then renamed over it. */
export async function rebuildLadybug(path: string, data: GraphData): Promise<WriteReport> {
  const t0 = performance.now();
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.building-${process.pid}-${Date.now()}`;
  try {
    const report = await buildFile(tmp, data);
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
    return rebuildLadybug(this.path, data);
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
