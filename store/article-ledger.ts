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

export function writeRecord(dir: string, record: ArticleRecord): void {
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

/** Every stored record, in a stable order (by file name), one at a time so memory stays flat in the corpus size. */
export function* readRecords(dir: string): Generator<ArticleRecord> {
  const d = articlesDir(dir);
  if (!existsSync(d)) return;
  for (const f of readdirSync(d).filter((n) => n.endsWith(".json")).sort()) {
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

/** Temporary files left by a killed writer are not records; remove them. */
export function sweepTemporaryFiles(dir: string): number {
  const d = articlesDir(dir);
  if (!existsSync(d)) return 0;
  const tmps = readdirSync(d).filter((n) => n.endsWith(".tmp"));
  for (const t of tmps) rmSync(join(d, t), { force: true });
  return tmps.length;
}
