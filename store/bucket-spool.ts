// A group-by on disk: lines are spread over bucket files by a hash of their key, then read back one bucket at a
// time, so grouping the ledger's evidence by relationship holds one bucket in memory, never the whole corpus.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

/** FNV-1a: cheap, and stable across runs, so a key always lands in the same bucket. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class BucketSpool {
  private fds: number[] = [];
  private bufs: string[] = [];
  private readonly files: string[];

  /** `buckets` files named `${name}-${i}` in `dir`; lines must not hold a line break. */
  constructor(dir: string, name: string, readonly buckets: number) {
    this.files = Array.from({ length: buckets }, (_, i) => join(dir, `${name}-${i}.spool`));
    for (const f of this.files) {
      this.fds.push(openSync(f, "w"));
      this.bufs.push("");
    }
  }

  add(key: string, line: string): void {
    const b = hash(key) % this.buckets;
    this.bufs[b] += line + "\n";
    if (this.bufs[b].length > 1 << 16) this.flush(b);
  }

  private flush(b: number): void {
    writeSync(this.fds[b], this.bufs[b]);
    this.bufs[b] = "";
  }

  /** Each bucket's lines in the order they were added; a bucket's file is removed once read. */
  *drain(): Generator<string[]> {
    for (let b = 0; b < this.buckets; b++) this.flush(b);
    this.closeFiles();
    for (const f of this.files) {
      const text = readFileSync(f, "utf8");
      rmSync(f, { force: true });
      yield text ? text.slice(0, -1).split("\n") : [];
    }
  }

  private closeFiles(): void {
    for (const fd of this.fds) closeSync(fd);
    this.fds = [];
  }

  /** Closes and removes every bucket file (after drain, or on failure). */
  dispose(): void {
    this.closeFiles();
    for (const f of this.files) rmSync(f, { force: true });
  }
}
