// Files, folders or standard input → raw articles, with a one-line problem for every file that cannot be read.
import { lstatSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import type { RawArticle } from "../document.ts";
import { isoDay } from "./iso-date.ts";
import { parseHtml } from "./parse-html.ts";
import { parseJsonl } from "./parse-jsonl.ts";
import { parseMarkdown } from "./parse-markdown.ts";

/** Files larger than this are refused rather than read (a scraper's dump, not an article). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The size limit in force: KG_MAX_FILE_BYTES overrides it (tests use a small one rather than writing 20 MB). */
export function maxFileBytes(env: NodeJS.ProcessEnv = process.env): number {
  const v = env.KG_MAX_FILE_BYTES;
  if (v === undefined || v === "") return MAX_FILE_BYTES;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new Error(`read-inputs: KG_MAX_FILE_BYTES takes a number of bytes from 1, got "${v}"`);
  return Number(v);
}

const sizeText = (n: number): string => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${n} bytes`);

const FORMATS: Record<string, RawArticle["format"]> = {
  ".txt": "text", ".text": "text", "": "text",
  ".md": "markdown", ".markdown": "markdown",
  ".html": "html", ".htm": "html", ".xhtml": "html",
  ".jsonl": "jsonl", ".ndjson": "jsonl",
};

export type InputItem =
  | { kind: "article"; article: RawArticle; warning?: string }
  | { kind: "problem"; file: string; line?: number; message: string };

/** The files under the given paths, in a stable order; folders are walked, hidden entries skipped. */
function* listFiles(paths: string[]): Generator<string | { file: string; message: string }> {
  for (const p of paths) {
    let st;
    try {
      st = lstatSync(p);
    } catch {
      yield { file: p, message: "no such file or folder" };
      continue;
    }
    if (st.isSymbolicLink()) {
      try {
        st = statSync(p);
      } catch {
        yield { file: p, message: "broken link" };
        continue;
      }
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(p).filter((n) => !n.startsWith(".")).sort();
      } catch (e) {
        yield { file: p, message: `folder not readable (${(e as NodeJS.ErrnoException).code})` };
        continue;
      }
      yield* listFiles(names.map((n) => join(p, n)));
    } else yield p;
  }
}

function decode(buf: Buffer): { text: string; warning?: string } | { error: string } {
  if (buf.length === 0) return { error: "empty file" };
  if (buf.subarray(0, 8192).includes(0)) return { error: "binary file (contains NUL bytes)" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(buf).replace(/^\uFEFF/, "") };
  } catch {
    return { text: new TextDecoder("utf-8").decode(buf), warning: "invalid UTF-8: undecodable bytes replaced with U+FFFD" };
  }
}

/** One file's articles (several for JSON Lines), or its problems. */
export function readContent(file: string, buf: Buffer, id: string): InputItem[] {
  const format = FORMATS[extname(file).toLowerCase()];
  if (!format) return [{ kind: "problem", file, message: `unsupported file type "${extname(file)}" (text, Markdown, HTML or JSON Lines)` }];
  const d = decode(buf);
  if ("error" in d) return [{ kind: "problem", file, message: d.error }];
  const source = basename(file);
  if (format === "jsonl") {
    const out: InputItem[] = [];
    for (const l of parseJsonl(d.text)) {
      if ("error" in l) out.push({ kind: "problem", file, line: l.line, message: l.error });
      else {
        const r = l.record;
        out.push({ kind: "article", warning: d.warning, article: { id: `${id}#${r.id}`, source: `${source}#${r.id}`, format, text: r.text, title: r.title, date: isoDay(r.date), url: r.url } });
      }
    }
    if (out.length === 0) out.push({ kind: "problem", file, message: "no records" });
    return out;
  }
  const parsed = format === "html" ? parseHtml(d.text) : format === "markdown" ? parseMarkdown(d.text) : { text: d.text.replace(/\r\n?/g, "\n") };
  if (!parsed.text.trim()) return [{ kind: "problem", file, message: "no text after removing markup" }];
  return [{ kind: "article", warning: d.warning, article: { id, source, format, ...parsed } }];
}

/** Standard input up to one byte past `limit`, so an endless pipe is refused rather than read into memory. */
function readStdin(limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      // a non-blocking stdin with nothing yet; a closed one ends the input
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if ((e as NodeJS.ErrnoException).code === "EOF") break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
    total += n;
    if (total > limit) break;
  }
  return Buffer.concat(chunks);
}

/** Everything under `paths` ("-" reads standard input as one text article). */
export function* readInputs(paths: string[], stdin?: () => Buffer): Generator<InputItem> {
  const limit = maxFileBytes();
  for (const p of paths) {
    if (p === "-") {
      const buf = stdin ? stdin() : readStdin(limit);
      if (buf.length > limit) yield { kind: "problem", file: "-", message: `standard input is larger than the ${sizeText(limit)} limit (KG_MAX_FILE_BYTES raises it)` };
      else yield* readContent("stdin.txt", buf, "stdin");
      continue;
    }
    for (const f of listFiles([p])) {
      if (typeof f !== "string") {
        yield { kind: "problem", ...f };
        continue;
      }
      let st;
      try {
        st = statSync(f);
      } catch (e) {
        yield { kind: "problem", file: f, message: `not readable (${(e as NodeJS.ErrnoException).code})` };
        continue;
      }
      // A FIFO, socket or device would block the read or never end: only regular files are articles.
      if (!st.isFile()) {
        yield { kind: "problem", file: f, message: "not a regular file (a pipe, socket or device)" };
        continue;
      }
      if (st.size > limit) {
        yield { kind: "problem", file: f, message: `larger than the ${sizeText(limit)} limit (${sizeText(st.size)}; KG_MAX_FILE_BYTES raises it)` };
        continue;
      }
      let buf: Buffer;
      try {
        buf = readFileSync(f);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        yield { kind: "problem", file: f, message: code === "EACCES" || code === "EPERM" ? `not readable (permission denied)` : `not readable (${code})` };
        continue;
      }
      // The article's identity is its real path, so the same file reached by another route is the same article.
      let id: string;
      try {
        id = realpathSync(resolve(f));
      } catch {
        id = resolve(f);
      }
      yield* readContent(f, buf, id);
    }
  }
}
