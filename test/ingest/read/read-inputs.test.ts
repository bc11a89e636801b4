import { mkdtempSync, writeFileSync, symlinkSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInputs, type InputItem } from "../../../ingest/read/read-inputs.ts";

const dir = mkdtempSync(join(tmpdir(), "kg-read-"));
const put = (name: string, content: string | Buffer) => writeFileSync(join(dir, name), content);

beforeAll(() => {
  put("a.txt", "Foreign ministers met in Vienna on Friday.\n");
  put("b.md", "---\ntitle: Talks resume\ndate: 2024-02-01\n---\n# Talks resume\n\nThe **envoys** met [again](https://x.example).\n");
  put("c.jsonl", '{"id":"r1","title":"One","date":"2024-01-02","url":"https://x.example/1","text":"Envoys met."}\n{"id":"r2"\n{"id":"r3","text":""}\n');
  put("empty.txt", "");
  put("bin.txt", Buffer.from([0x41, 0x00, 0x42, 0x00]));
  put("latin1.txt", Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x74, 0x61, 0x6c, 0x6b, 0x73, 0x2e]));
  put("doc.pdf", "%PDF-1.4");
  mkdirSync(join(dir, "sub"));
  put("sub/d.html", "<html><head><title>Deep</title></head><body><p>Nested page text.</p></body></html>");
  symlinkSync(join(dir, "missing.txt"), join(dir, "broken.txt"));
});

describe("readInputs", () => {
  const items = (): InputItem[] => [...readInputs([dir])];
  const problem = (file: string) => items().find((i) => i.kind === "problem" && i.file.endsWith(file));
  test("reads text, Markdown, HTML in subfolders and JSON Lines records", () => {
    const arts = items().flatMap((i) => (i.kind === "article" ? [i.article] : []));
    expect(arts.map((a) => a.source).sort()).toEqual(["a.txt", "b.md", "c.jsonl#r1", "d.html", "latin1.txt"]);
    const md = arts.find((a) => a.source === "b.md")!;
    expect(md.title).toBe("Talks resume");
    expect(md.date).toBe("2024-02-01");
    expect(md.text).toContain("The envoys met again.");
    const rec = arts.find((a) => a.source === "c.jsonl#r1")!;
    expect(rec).toMatchObject({ title: "One", date: "2024-01-02", url: "https://x.example/1", text: "Envoys met." });
  });
  test("names each bad file, and the line of a bad JSON Lines record", () => {
    expect(problem("empty.txt")).toMatchObject({ message: "empty file" });
    expect(problem("bin.txt")?.kind === "problem" && problem("bin.txt")).toMatchObject({ message: expect.stringMatching(/binary/) });
    expect(problem("doc.pdf")).toMatchObject({ message: expect.stringMatching(/unsupported file type "\.pdf"/) });
    expect(problem("broken.txt")).toMatchObject({ message: "broken link" });
    const bad = items().filter((i) => i.kind === "problem" && i.file.endsWith("c.jsonl"));
    expect(bad.map((b) => b.kind === "problem" && b.line)).toEqual([2, 3]);
  });
  test("decodes invalid UTF-8 with replacement characters and a warning", () => {
    const latin = items().find((i) => i.kind === "article" && i.article.source === "latin1.txt");
    expect(latin?.kind === "article" && latin.warning).toMatch(/invalid UTF-8/);
    expect(latin?.kind === "article" && latin.article.text).toContain("\uFFFD");
  });
  test("a path that does not exist is a problem, not a crash", () => {
    expect([...readInputs([join(dir, "nope")])]).toEqual([{ kind: "problem", file: join(dir, "nope"), message: "no such file or folder" }]);
  });
});
