// Issue 7, point 7: mutated and random articles through the readers and the pipeline: no crash, every record schema-valid.
//
// Replay a failure with KG_FUZZ_SEED=<seed> (and KG_FUZZ_CASES=<n>); the failing case's number and input are printed.
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { extractArticle } from "../../ingest/pipeline.ts";
import { readContent } from "../../ingest/read/read-inputs.ts";
import { ArticleRecord } from "../../store/index.ts";
import { resources } from "../helpers/pipeline.ts";
import { rng, ROOT } from "./kg-cli.ts";

const SEED = Number(process.env.KG_FUZZ_SEED ?? 1907);
const CASES = Number(process.env.KG_FUZZ_CASES ?? 2000);
/** Stop early (and say so) rather than let a slow machine push the suite past its budget. */
const BUDGET_MS = 40_000;

const EXAMPLES = join(ROOT, "examples", "articles");
const sources = readdirSync(EXAMPLES).map((f) => ({ ext: extname(f), text: readFileSync(join(EXAMPLES, f), "utf8") }));
const QUOTES = [..."\"'“”«»‘’„`´()[]{}<>«»‹›「」"];
const ODD = ["\u0000", "\u0007", "\u001b[31m", "\u001f", "\u007f", "\u0085", "\u00a0", "\u200b", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069", "\u2028", "\u2029", "\ufeff", "\ufffd", "\ud800", "\udfff", "🇺🇦", "👩‍👩‍👧", "e\u0301", "ﬁ", "İ", "ß", "Σ", "א", "ب", "中文", "\r", "\r\n", "\t", "&amp;", "&#0;", "<!--", "]]>", "<script>", "\\", "$", "'); MATCH (n) DETACH DELETE n //"];

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: T[]): T => xs[int(r, xs.length)];

function randomUnicode(r: Rand, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) {
    const band = int(r, 5);
    const cp = band === 0 ? int(r, 0x80) : band === 1 ? 0x80 + int(r, 0x780) : band === 2 ? 0x800 + int(r, 0xf800) : band === 3 ? 0x10000 + int(r, 0x10000) : pick(r, [0x20, 0x2e, 0x0a, 0x41 + int(r, 26)]);
    s += String.fromCodePoint(cp);
  }
  return s;
}

/** One mutation of `text`: splice in another article, cut, insert odd characters, quotes, long words or empty lines. */
function mutate(r: Rand, text: string): string {
  const at = int(r, text.length + 1);
  const until = Math.min(text.length, at + int(r, 400));
  switch (int(r, 9)) {
    case 0: {
      const other = pick(r, sources).text;
      const from = int(r, other.length);
      return text.slice(0, at) + other.slice(from, from + int(r, 600)) + text.slice(at);
    }
    case 1:
      return text.slice(0, at) + text.slice(until);
    case 2:
      return text.slice(0, at) + randomUnicode(r, 1 + int(r, 40)) + text.slice(at);
    case 3:
      return text.slice(0, at) + Array.from({ length: 1 + int(r, 8) }, () => pick(r, QUOTES)).join("") + text.slice(at);
    case 4:
      // long words stay under ~5k characters: wink-nlp's tokenizer is quadratic in a token's length
      return text.slice(0, at) + " " + pick(r, ["x", "Ab", "—", "1", "Putin"]).repeat(50 + int(r, 1000)) + " " + text.slice(at);
    case 5:
      return text.slice(0, at) + "\n".repeat(1 + int(r, 6)) + " \n\t\n" + text.slice(at);
    case 6:
      return text.slice(0, at) + pick(r, ODD) + text.slice(at);
    case 7:
      return text.slice(0, at) + text.slice(at, until).toUpperCase() + text.slice(until);
    default: {
      const words = text.split(/(\s+)/);
      for (let i = 0; i < 4; i++) {
        const a = int(r, words.length);
        const b = int(r, words.length);
        [words[a], words[b]] = [words[b], words[a]];
      }
      return words.join("");
    }
  }
}

/** A case: a file name and its bytes, as a scraper might leave them. */
function makeCase(r: Rand): { file: string; content: Buffer } {
  const base = pick(r, sources);
  let text: string;
  if (r() < 0.15) {
    // random article: words from the examples in a random order, with random punctuation
    const words = sources.flatMap((s) => s.text.split(/\s+/));
    text = Array.from({ length: int(r, 120) }, () => pick(r, words) + (r() < 0.1 ? pick(r, [".", ",", ";", "!", "?", ".\n", ":"]) : "")).join(" ");
  } else {
    // a window of an example, so most cases stay short and fast
    const from = int(r, Math.max(1, base.text.length - 200));
    text = base.text.slice(from, from + 200 + int(r, 1200));
    for (let m = 1 + int(r, 6); m > 0; m--) text = mutate(r, text);
  }
  const ext = r() < 0.6 ? base.ext : pick(r, [".txt", ".md", ".html", ".jsonl"]);
  if (ext === ".jsonl" && r() < 0.7) {
    const rec: Record<string, unknown> = { id: r() < 0.2 ? int(r, 1e6) : randomUnicode(r, 1 + int(r, 8)), text };
    if (r() < 0.5) rec.title = randomUnicode(r, int(r, 30));
    if (r() < 0.5) rec.date = pick(r, ["2023-02-30", "9999-99-99", "2020-10-10", "", "yesterday", "2023-1-1"]);
    if (r() < 0.3) rec.url = pick(r, ["javascript:alert(1)", "https://x.example/a b", ""]);
    text = JSON.stringify(rec) + (r() < 0.2 ? "\n{broken" : "");
  }
  let content = Buffer.from(text);
  // occasionally bytes that are not UTF-8
  if (r() < 0.05) content = Buffer.concat([content, Buffer.from([0xff, 0xfe, 0xc3])]);
  return { file: `case${ext}`, content };
}

test(`the pipeline survives mutated and random articles (seed ${SEED})`, () => {
  console.log(`pipeline-fuzz: seed ${SEED}, up to ${CASES} cases (KG_FUZZ_SEED=${SEED} replays them)`);
  const res = resources();
  const r = rng(SEED);
  const t0 = Date.now();
  let articles = 0;
  let ran = 0;
  for (let i = 0; i < CASES; i++) {
    if (Date.now() - t0 > BUDGET_MS) {
      console.log(`pipeline-fuzz: time budget reached after ${ran} cases`);
      break;
    }
    const { file, content } = makeCase(r);
    ran++;
    try {
      for (const item of readContent(file, content, `/fuzz/${i}/${file}`)) {
        if (item.kind !== "article") continue;
        articles++;
        const record = extractArticle(item.article, res);
        // extractArticle parses with the schema already; parse the JSON the ledger would store, too
        const stored = ArticleRecord.parse(JSON.parse(JSON.stringify(record)));
        const ids = new Set([stored.article.id, ...stored.entities.map((e) => e.id)]);
        expect(ids.size).toBe(stored.entities.length + 1);
        for (const e of stored.edges) if (!ids.has(e.source) || !ids.has(e.target)) throw new Error(`edge ${e.id} joins a node the record does not hold`);
      }
    } catch (e) {
      console.error(`pipeline-fuzz: case ${i} of seed ${SEED} failed (${file}):\n${JSON.stringify(content.toString("latin1"))}\n${(e as Error).stack}`);
      throw e;
    }
  }
  console.log(`pipeline-fuzz: ${ran} cases, ${articles} articles extracted in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  expect(articles).toBeGreaterThan(ran / 2);
}, 90_000);
