// The durable record of what was ingested: one JSON file per article under $KG_DATA/articles, written atomically.
//
// Why a ledger: each article's share of the graph is replaced as a whole (write to a temporary file, fsync, rename),
// so a killed ingest leaves every article either fully stored or not at all, re-ingesting is idempotent, and a
// changed article replaces only its own evidence. The graph is a deterministic fold of the ledger (merge-records.ts).
import { createHash } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync, existsSync } from "node:fs";
import { join } from "node:path";
import { ArticleRecord } from "./article-record.ts";

export const dataDir = (env: NodeJS.ProcessEnv = process.env): string => env.KG_DATA || "data";

const articlesDir = (dir: string) => join(dir, "articles");
/** Article ids may hold any character; file names are their hash. */
const fileFor = (dir: string, articleId: string) =>
  join(articlesDir(dir), `${createHash("sha1").update(articleId).digest("hex").slice(0, 24)}.json`);

/** Stores one article's record; a record that does not fit the schema is refused before anything is written (it would
 * be a bug in extraction, and every later read of the ledger would stop at it). */
export function writeRecord(dir: string, record: ArticleRecord): void {
  const checked = ArticleRecord.safeParse(record);
  if (!checked.success) throw new Error(`article-ledger: the record of ${JSON.stringify(record.article?.id)} does not match the record schema: ${checked.error.issues[0]?.path.join(".")} ${checked.error.issues[0]?.message}`);
  mkdirSync(articlesDir(dir), { recursive: true });
  const path = fileFor(dir, record.article.id);
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w");
  try {
    writeSync(fd, JSON.stringify(record));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

export function readRecord(dir: string, articleId: string): ArticleRecord | undefined {
  const path = fileFor(dir, articleId);
  if (!existsSync(path)) return undefined;
  return ArticleRecord.parse(JSON.parse(readFileSync(path, "utf8")));
}

export function removeRecord(dir: string, articleId: string): void {
  rmSync(fileFor(dir, articleId), { force: true });
}

const recordFiles = (dir: string): string[] => (existsSync(articlesDir(dir)) ? readdirSync(articlesDir(dir)).filter((n) => n.endsWith(".json")) : []);

/** True when the ledger holds at least one record. */
export const hasRecords = (dir: string): boolean => recordFiles(dir).length > 0;

/** How many records the ledger holds. */
export const countRecords = (dir: string): number => recordFiles(dir).length;

/** Every stored record, in a stable order (by file name), one at a time so memory stays flat in the corpus size. */
export function* readRecords(dir: string): Generator<ArticleRecord> {
  const d = articlesDir(dir);
  for (const f of recordFiles(dir).sort()) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(d, f), "utf8"));
    } catch (e) {
      throw new Error(`article-ledger: ${join(d, f)} is not readable JSON (${(e as Error).message})`, { cause: e });
    }
    const parsed = ArticleRecord.safeParse(raw);
    if (!parsed.success) throw new Error(`article-ledger: ${join(d, f)} does not match the record schema: ${parsed.error.issues[0]?.message}`);
    yield parsed.data;
  }
}

/** True unless `pid` is certainly gone: a process of another user (EPERM) counts as alive. */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

/**
 * The writer's pid in a temporary name: `<record>.json.<pid>.tmp`, `graph.lbug.stamp.json.<pid>.tmp`, and a database
 * being built, `graph.lbug.building-<pid>-<ms>` with the files the store keeps beside it (.wal, .shadow, .checkpoint.*).
 */
const writerPid = (name: string): number | undefined => {
  const m = /\.(\d+)\.tmp$/.exec(name) ?? /\.building-(\d+)-\d+(?:\.[\w.]+)?$/.exec(name);
  return m ? Number(m[1]) : undefined;
};

/**
 * Temporary files left by a killed writer are not records (nor a database); remove them. Only those of processes
 * that are gone: another ingest or a query's rebuild may be writing its own right now, and removing them would
 * make its rename fail.
 */
export function sweepTemporaryFiles(dir: string): number {
  let n = 0;
  for (const d of [articlesDir(dir), dir]) {
    if (!existsSync(d)) continue;
    for (const name of readdirSync(d)) {
      if (d === dir && !name.startsWith("graph.lbug")) continue;
      const pid = writerPid(name);
      if (pid === undefined || alive(pid)) continue;
      rmSync(join(d, name), { force: true, recursive: true });
      n++;
    }
  }
  return n;
}
