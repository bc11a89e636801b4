// Helpers for the robustness tests: the real `kg` command in a child process, temporary folders, a seeded corpus.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { prng } from "../../bench/generate-corpus.ts";
import { readGraphData } from "../../store/index.ts";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const KG = join(ROOT, "bin", "kg.js");

export interface KgResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Starts `kg ARGS` with KG_DATA and the given environment (NEO4J_* cleared unless given, so a developer's Neo4j is never touched). */
export function startKg(args: string[], env: Record<string, string | undefined>, input?: string): { child: ChildProcess; done: Promise<KgResult> } {
  const t0 = Date.now();
  const base = { ...process.env };
  for (const k of Object.keys(base)) if (k.startsWith("NEO4J_") || k === "KG_MAX_FILE_BYTES") delete base[k];
  const child = spawn(process.execPath, [KG, ...args], { cwd: ROOT, env: { ...base, ...env }, stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  child.stdin!.end(input);
  const done = new Promise<KgResult>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr, ms: Date.now() - t0 })));
  return { child, done };
}

export const kg = (args: string[], env: Record<string, string | undefined>, input?: string): Promise<KgResult> => startKg(args, env, input).done;

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `kg-robust-${prefix}-`));
export const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

/** Writes `files` (name → content) under `dir`, making folders as needed. */
export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

/** The corpus generator's PRNG (mulberry32): the same seed gives the same corpus, kill times and mutations. */
export const rng = prng;

const STATES = ["France", "Germany", "Russia", "Armenia", "Azerbaijan", "Turkey", "Iran", "Georgia", "Ukraine", "Poland", "Italy", "Qatar", "Egypt", "Serbia", "China", "India"];
const PLACES = ["Paris", "Vienna", "Geneva", "Moscow", "Brussels", "Doha", "Cairo", "Ankara"];
const MONTHS = ["January", "March", "May", "July", "September", "November"];

/** `n` short articles about meetings, accusations and appeals between states, named a00.txt, a01.txt, ... */
export function corpus(n: number, seed: number, sentences = 6): Record<string, string> {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const pair = () => {
    const a = pick(STATES);
    let b = pick(STATES);
    while (b === a) b = pick(STATES);
    return [a, b];
  };
  const out: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const lines: string[] = [];
    for (let s = 0; s < sentences; s++) {
      const [a, b] = pair();
      const day = 1 + Math.floor(r() * 28);
      const when = `${day} ${pick(MONTHS)} 202${Math.floor(r() * 4)}`;
      lines.push(
        pick([
          `${a} met ${b} in ${pick(PLACES)} on ${when}.`,
          `${a} accused ${b} of violating the ceasefire on ${when}.`,
          `${a} called on ${b} to withdraw its troops from the border.`,
          `The foreign ministers of ${a} and ${b} held talks in ${pick(PLACES)} on ${when}.`,
        ]),
      );
    }
    out[`a${String(i).padStart(2, "0")}.txt`] = lines.join("\n") + "\n";
  }
  return out;
}

/** The graph folded from the ledger in `dir` (what `kg export --format json` serialises), in a stable order. */
export function graphOf(dir: string): string {
  const g = readGraphData(dir);
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return JSON.stringify({ nodes: byId(g.nodes), edges: byId(g.edges) });
}

/** Files a killed writer could leave behind: ledger temporaries and half-built databases. */
export function leftovers(dir: string): string[] {
  const list = (d: string) => {
    try {
      return readdirSync(d);
    } catch {
      return [];
    }
  };
  return [...list(dir).filter((n) => /\.tmp$|building/.test(n)), ...list(join(dir, "articles")).filter((n) => !n.endsWith(".json"))];
}

/** True when a stack trace got through to the user. */
export const hasStack = (text: string): boolean => /^\s+at .+[(:]\d+/m.test(text);
