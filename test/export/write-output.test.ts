// Where an export goes: stdout, a file, a folder; existing files kept unless --force.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExportError, writeOutput } from "../../export/index.ts";

const tmp = mkdtempSync(join(tmpdir(), "kg-out-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("writeOutput", () => {
  test("a file: written, then refused without --force, replaced with it", () => {
    const f = join(tmp, "g.json");
    expect(writeOutput({ kind: "file", text: "one" }, { out: f })).toEqual([f]);
    expect(() => writeOutput({ kind: "file", text: "two" }, { out: f })).toThrow(/exists; use --force/);
    expect(readFileSync(f, "utf8")).toBe("one");
    writeOutput({ kind: "file", text: "two" }, { out: f, force: true });
    expect(readFileSync(f, "utf8")).toBe("two");
  });

  test("standard output for a file format; a folder format needs --out", () => {
    let got = "";
    writeOutput({ kind: "file", text: "x" }, { stdout: (t) => (got += t) });
    expect(got).toBe("x");
    expect(() => writeOutput({ kind: "folder", files: [], owns: [] }, {})).toThrow(ExportError);
  });

  test("a folder: refused when it holds our files, cleared of them with --force, other files left alone", () => {
    const d = join(tmp, "dump");
    const out = (names: string[]) => ({ kind: "folder" as const, files: names.map((path) => ({ path, text: path })), owns: ["A.csv", "B.csv", "README.md"] });
    writeOutput(out(["A.csv", "B.csv", "README.md"]), { out: d });
    writeFileSync(join(d, "notes.txt"), "mine");
    expect(() => writeOutput(out(["A.csv", "README.md"]), { out: d })).toThrow(/already holds A\.csv, B\.csv, README\.md; use --force/);
    writeOutput(out(["A.csv", "README.md"]), { out: d, force: true });
    expect(existsSync(join(d, "B.csv"))).toBe(false);
    expect(readFileSync(join(d, "notes.txt"), "utf8")).toBe("mine");
  });

  test("a file where a folder is expected, and the reverse, are errors", () => {
    expect(() => writeOutput({ kind: "file", text: "x" }, { out: tmp, force: true })).toThrow(/is a folder/);
    expect(() => writeOutput({ kind: "folder", files: [], owns: [] }, { out: join(tmp, "g.json") })).toThrow(/is a file/);
    expect(() => writeOutput({ kind: "file", text: "x" }, { out: join(tmp, "nope", "g.json") })).toThrow(/does not exist/);
  });
});
