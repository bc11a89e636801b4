// Files, folders or standard input → raw articles, with a one-line problem for every file that cannot be read.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import type { RawArticle } from "../document.ts";
import { parseHtml } from "./parse-html.ts";
import { parseJsonl } from "./parse-jsonl.ts";
import { parseMarkdown } from "./parse-markdown.ts";

/** Files larger than this are refused rather than read (a scraper's dump, not an article). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

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
        out.push({ kind: "article", warning: d.warning, article: { id: `${id}#${r.id}`, source: `${source}#${r.id}`, format, text: r.text, title: r.title, date: r.date && /^\d{4}-\d{2}-\d{2}/.test(r.date) ? r.date.slice(0, 10) : undefined, url: r.url } });
      }
    }
    if (out.length === 0) out.push({ kind: "problem", file, message: "no records" });
    return out;
  }
  const parsed = format === "html" ? parseHtml(d.text) : format === "markdown" ? parseMarkdown(d.text) : { text: d.text.replace(/\r\n?/g, "\n") };
  if (!parsed.text.trim()) return [{ kind: "problem", file, message: "no text after removing markup" }];
  return [{ kind: "article", warning: d.warning, article: { id, source, format, ...parsed } }];
}

/** Everything under `paths` ("-" reads standard input as one text article). */
export function* readInputs(paths: string[], stdin?: () => Buffer): Generator<InputItem> {
  for (const p of paths) {
    if (p === "-") {
      yield* readContent("stdin.txt", stdin ? stdin() : readFileSync(0), "stdin");
      continue;
    }
    for (const f of listFiles([p])) {
      if (typeof f !== "string") {
        yield { kind: "problem", ...f };
        continue;
      }
      let size: number;
      try {
        size = statSync(f).size;
      } catch (e) {
        yield { kind: "problem", file: f, message: `not readable (${(e as NodeJS.ErrnoException).code})` };
        continue;
      }
      if (size > MAX_FILE_BYTES) {
        yield { kind: "problem", file: f, message: `larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit (${(size / 1024 / 1024).toFixed(1)} MB)` };
        continue;
      }
      let buf: Buffer;
      try {
        buf = readFileSync(f);
      } catch (e) {
        yield { kind: "problem", file: f, message: `not readable (${(e as NodeJS.ErrnoException).code})` };
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
