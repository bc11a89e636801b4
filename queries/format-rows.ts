// Prints result rows as an aligned table, JSON (an array of row objects) or CSV.
import { stringify } from "csv-stringify/sync";
import { printable } from "./printable.ts";
import type { Row } from "../store/index.ts";

export const FORMATS = ["table", "json", "csv"] as const;
export type Format = (typeof FORMATS)[number];

/** Column names in first-seen order across all rows. */
export const columnsOf = (rows: Row[]): string[] => [...new Set(rows.flatMap((r) => Object.keys(r)))];

/** A cell as text: lists joined with " | " (sentences hold commas and semicolons), objects as JSON, null as empty. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.map((x) => (typeof x === "object" && x !== null ? JSON.stringify(x) : String(x))).join(" | ");
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

const TABLE_CELL_MAX = 60;
// Control and direction characters in stored text are shown as escapes: a table goes to a terminal (see printable.ts).
const clip = (s: string) => {
  const one = printable(s.replace(/\s+/g, " "));
  return one.length > TABLE_CELL_MAX ? one.slice(0, TABLE_CELL_MAX - 1) + "…" : one;
};

export function formatRows(rows: Row[], format: Format): string {
  if (format === "json") return JSON.stringify(rows, null, 2);
  const cols = columnsOf(rows);
  if (format === "csv") return stringify([cols, ...rows.map((r) => cols.map((c) => cellText(r[c])))]).trimEnd();
  if (!rows.length) return "(no rows)";
  // The table is for reading on a terminal: long cells are clipped; --format json or csv gives them whole.
  const cells = rows.map((r) => cols.map((c) => clip(cellText(r[c]))));
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
  const line = (xs: string[]) => xs.map((x, i) => x.padEnd(widths[i])).join("  ").trimEnd();
  return [line(cols), line(widths.map((w) => "-".repeat(w))), ...cells.map(line), `(${rows.length} row${rows.length === 1 ? "" : "s"})`].join("\n");
}
