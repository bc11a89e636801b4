// What an export format is: a descriptor turning a selected subgraph into one file or a folder of files.
import type { GraphData } from "../graph-schema/index.ts";

/** Where the viewer (or a layout) put a node; formats that carry positions write them. */
export type PositionLookup = (nodeId: string) => { x: number; y: number } | undefined;

export interface ExportOptions {
  positions?: PositionLookup;
}

/** One file's text, or the files of a folder (relative path → text). */
export type ExportOutput =
  | { kind: "file"; text: string }
  /** `owns`: every file name this format may write, so --force can clear what an earlier, larger export left */
  | { kind: "folder"; files: { path: string; text: string }[]; owns: string[] };

export interface ExportFormat {
  name: string;
  /** the file extension `--out` usually has; "" for a folder */
  extension: string;
  /** whether the output can go to standard output (a folder cannot) */
  toStdout: boolean;
  /** one line for `kg export --help` */
  description: string;
  write(data: GraphData, options?: ExportOptions): ExportOutput;
}
