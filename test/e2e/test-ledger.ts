// The ledger the browser tests read: the graph `kg ingest` builds from examples/ (once there are examples), plus one
// hand-written record whose sentence and title hold markup, so the no-script check always has something to bite on.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeRecord } from "../../store/index.ts";
import { RECORDS, writeFixtureLedger } from "../server/fixtures/diplomacy-records.ts";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** examples/ also holds gold annotations (JSON), which ingest skips with a non-zero exit; the articles are the input. */
const EXAMPLES = existsSync(join(ROOT, "examples", "articles")) ? join(ROOT, "examples", "articles") : join(ROOT, "examples");

const canIngestExamples = () =>
  existsSync(join(ROOT, "cli", "commands", "ingest.ts")) && existsSync(EXAMPLES) && readdirSync(EXAMPLES).some((f) => !f.startsWith("."));

/** Returns where the graph came from, for the test's log. */
export function buildTestLedger(dir: string): "examples" | "fixture" {
  if (!canIngestExamples()) {
    writeFixtureLedger(dir);
    return "fixture";
  }
  execFileSync(process.execPath, [join(ROOT, "bin", "kg.js"), "ingest", EXAMPLES], { env: { ...process.env, KG_DATA: dir }, stdio: "pipe", timeout: 90_000 });
  writeRecord(dir, RECORDS[2]);
  return "examples";
}
