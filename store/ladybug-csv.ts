// The CSV files the embedded store is bulk-loaded from: how values are encoded, and a sink that appends rows to
// many files at once (one per node label and per relationship type and label pair) without holding them.
import { closeSync, openSync, writeSync } from "node:fs";
import { LIST_PROPS } from "./store-rows.ts";

/** Separates list elements inside one CSV field; each element is prefixed with "~" so an empty element survives. */
const SEP = "\u001f";

/**
 * CSV split on a control character no text holds, so commas need no quoting; only a value holding a quote or a
 * line break is quoted. Why: with "," as the delimiter (quoting every sentence with a comma), the 10k-article
 * relationship COPY failed with "expected 11 values per row, but got more" on a well-formed quoted row. Quoted
 * fields are now rare, but that engine bug is not understood: see the README's performance section.
 */
const DELIM = "\u001e";
export const CSV_OPTIONS = `header=true, parallel=false, delim='${DELIM}'`;

const encodeList = (xs: string[]): string => xs.map((x) => "~" + x.replaceAll(SEP, " ")).join(SEP);

/** One property's CSV cell: lists joined with SEP, null as empty. */
export const cell = (p: string, v: unknown): string => (LIST_PROPS.has(p) ? encodeList((v as string[]) ?? []) : ((v as string | number | null) ?? "").toString().replaceAll(SEP, " "));

/**
 * The LOAD FROM expression that turns one CSV column back into its typed value. The element prefix is cut with a
 * slice, `x[2:]`: `substring(x, 2, size(x))` inside the lambda makes COPY fail at random with "buffer pool is full"
 * (about half the runs from a few thousand rows, whatever the pool size; measured on @ladybugdb/core 0.19).
 */
export const decode = (p: string): string =>
  LIST_PROPS.has(p) ? `CASE WHEN \`${p}\` IS NULL THEN CAST([] AS STRING[]) ELSE list_transform(string_split(\`${p}\`, '${SEP}'), x -> x[2:]) END` : `\`${p}\``;

const csvField = (v: string): string => {
  const clean = v.replaceAll(DELIM, " ");
  return /["\r\n]/.test(clean) ? `"${clean.replaceAll('"', '""')}"` : clean;
};

interface OpenFile {
  fd: number;
  buf: string;
  rows: number;
}

/**
 * Appends rows to CSV files, each created with its header on first use and written 256 kB at a time
 * (csv-stringify's sync API took longer than the COPY it feeds). Rows never accumulate beyond that buffer.
 */
export class CsvSink {
  private files = new Map<string, OpenFile>();

  row(file: string, header: readonly string[], cells: string[]): void {
    let f = this.files.get(file);
    if (!f) {
      f = { fd: openSync(file, "w"), buf: header.join(DELIM) + "\n", rows: 0 };
      this.files.set(file, f);
    }
    f.buf += cells.map(csvField).join(DELIM) + "\n";
    f.rows++;
    if (f.buf.length > 1 << 18) {
      writeSync(f.fd, f.buf);
      f.buf = "";
    }
  }

  /** Rows written to `file` so far (0 when it was never opened). */
  rows(file: string): number {
    return this.files.get(file)?.rows ?? 0;
  }

  close(): void {
    for (const f of this.files.values()) {
      try {
        if (f.buf) writeSync(f.fd, f.buf);
      } finally {
        closeSync(f.fd);
      }
    }
    this.files.clear();
  }
}
