// The on-disk group-by: every line of a key lands in one bucket, in the order added, and the files go away.
import { expect, test } from "@jest/globals";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BucketSpool } from "../../store/bucket-spool.ts";

test("each key's lines come back together, in order, and each line once", () => {
  const dir = mkdtempSync(join(tmpdir(), "kg-spool-"));
  try {
    const spool = new BucketSpool(dir, "t", 4);
    const added: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const line = `k${i % 37}\t${i}`;
      spool.add(`k${i % 37}`, line);
      added.push(line);
    }
    const buckets = [...spool.drain()];
    expect(buckets).toHaveLength(4);
    expect(buckets.flat().sort()).toEqual([...added].sort());
    const bucketOf = new Map<string, number>();
    buckets.forEach((lines, b) => {
      for (const l of lines) {
        const key = l.split("\t")[0];
        expect(bucketOf.get(key) ?? b).toBe(b);
        bucketOf.set(key, b);
      }
      // within a bucket, one key's lines keep the order they were added in
      const byKey = new Map<string, number[]>();
      for (const l of lines) byKey.set(l.split("\t")[0], [...(byKey.get(l.split("\t")[0]) ?? []), Number(l.split("\t")[1])]);
      for (const seq of byKey.values()) expect(seq).toEqual([...seq].sort((a, c) => a - c));
    });
    expect(new Set(bucketOf.values()).size).toBeGreaterThan(1);
    spool.dispose();
    expect(readdirSync(dir)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("dispose without drain removes the files", () => {
  const dir = mkdtempSync(join(tmpdir(), "kg-spool-"));
  try {
    const spool = new BucketSpool(dir, "t", 3);
    spool.add("a", "x");
    spool.dispose();
    expect(readdirSync(dir)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
