// A deterministic corpus of diplomatic news articles for the benchmark: a generated roster, sentence forms for every
// relationship type, boilerplate; or real articles replayed under new names. Article i depends only on (seed, i).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";

interface State {
  name: string;
  adjective: string;
  capital: string;
}
interface Person {
  name: string;
  last: string;
  title: string;
  state: State;
}
export interface Roster {
  states: State[];
  people: Person[];
  organisations: string[];
}
export interface GeneratedArticle {
  file: string;
  text: string;
}

/** mulberry32: small, fast and the same on every platform. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const mix = (seed: number, i: number) => Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(i + 1, 0xc2b2ae35);
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

const ONSETS = ["b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "tr", "vl", "zh", "sh", "ch"];
const VOWELS = ["a", "e", "i", "o", "u", "ia", "ei", "ou"];
const CODAS = ["", "", "n", "r", "s", "l", "v", "k", "sh"];
const word = (r: () => number, syllables: number) => cap(Array.from({ length: syllables }, () => pick(r, ONSETS) + pick(r, VOWELS)).join("") + pick(r, CODAS));
const TITLES = ["Foreign Minister", "President", "Prime Minister", "Defence Minister", "Deputy Foreign Minister", "Ambassador", "Special Envoy"];
const ORG_FORMS = [(w: string) => `${w} Cooperation Council`, (w: string) => `${w} Economic Union`, (w: string) => `Organisation of ${w} States`, (w: string) => `${w} Security Forum`, (w: string) => `${w} Contact Group`];

/** Real states from the gazetteer, then generated ones; thousands of people; hundreds of organisations. */
export function makeRoster(seed = 1, size = { people: 5000, extraStates: 60, organisations: 400 }): Roster {
  const r = prng(mix(seed, -1));
  const real = JSON.parse(readFileSync(fileURLToPath(new URL("../ingest/gazetteer/states.json", import.meta.url)), "utf8")) as { name: string; adjectives: string[]; capital: string }[];
  const states: State[] = real.filter((s) => s.adjectives.length && s.capital).map((s) => ({ name: s.name, adjective: s.adjectives[0], capital: s.capital }));
  for (let i = 0; i < size.extraStates; i++) {
    const root = word(r, 2);
    states.push({ name: `${root}ia`, adjective: `${root}ian`, capital: word(r, 2) });
  }
  const people: Person[] = [];
  const seen = new Set<string>();
  while (people.length < size.people) {
    const first = word(r, 2);
    const last = word(r, 1 + Math.floor(r() * 2));
    if (seen.has(last)) continue;
    seen.add(last);
    people.push({ name: `${first} ${last}`, last, title: pick(r, TITLES), state: pick(r, states) });
  }
  const organisations = Array.from({ length: size.organisations }, () => pick(r, ORG_FORMS)(word(r, 2)));
  return { states, people, organisations };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const TOPICS = ["the border dispute", "grain exports", "the release of prisoners", "a new trade corridor", "the status of the disputed region", "energy supplies", "the humanitarian situation"];
const DEMANDS = ["to withdraw its troops from the border", "to release the detained journalists", "to respect the ceasefire", "to reopen the crossing", "to return to the negotiating table"];
const CHARGES = ["violating the ceasefire", "shelling civilian areas", "blocking the corridor", "interfering in its elections", "massing troops near the border"];
const HEADER = ["WORLD | EUROPE | ASIA | OPINION | VIDEO", "Home > World > Diplomacy", "NEWS  |  POLITICS  |  BUSINESS  |  SPORT"];
const FOOTER = [
  "ADVERTISEMENT",
  "We use cookies to improve your experience on this site. By continuing to browse you agree to our cookie policy. [Accept all] [Manage settings]",
  "Share: Facebook | X | Telegram | Email | Copy link",
  "Sign up for our daily newsletter.",
  "Reporting by staff correspondents; editing by the foreign desk.",
  "(c) 2024 The Daily Dispatch. All rights reserved.",
];

type Actor = { full: string; short: string };
const fullOf = (p: Person) => `${p.state.adjective} ${p.title} ${p.name}`;

/** The sentence forms the extractor understands (ingest/lexicon/relation-cues.json), a few per relationship type. */
function sentences(r: () => number, ros: Roster, date: string): string[] {
  const person = () => pick(r, ros.people);
  const state = () => pick(r, ros.states);
  const org = () => pick(r, ros.organisations);
  const actor = (): Actor => {
    const k = r();
    if (k < 0.5) {
      const p = person();
      return { full: fullOf(p), short: p.last };
    }
    if (k < 0.85) {
      const s = state();
      return { full: s.name, short: s.name };
    }
    const o = org();
    return { full: `the ${o}`, short: `the ${o}` };
  };
  const a = actor();
  const b = actor();
  const c = actor();
  const s1 = state();
  const s2 = state();
  const deal = pick(r, ["ceasefire", "humanitarian truce", "prisoner exchange agreement", "peace agreement"]);
  const forms: string[][] = [
    // MEDIATED
    [`${cap(a.full)} brokered a ${deal} between ${s1.name} and ${s2.name} on ${date}.`, `The ${deal} was mediated by ${a.full}, ${b.full} and ${c.full}.`, `A ${s1.name}-brokered ${deal} took effect on ${date}.`, `Talks hosted by ${a.full} in ${s1.capital} ended without a deal.`],
    // ACCUSED
    [`${cap(a.full)} accused ${b.full} of ${pick(r, CHARGES)}.`, `${cap(a.short)} blamed ${b.full} for ${pick(r, CHARGES)}.`, `${s1.capital} accused ${s2.name} of ${pick(r, CHARGES)}, a charge ${s2.capital} denied.`],
    // CALLED_ON
    [`${cap(a.full)} called on ${b.full} ${pick(r, DEMANDS)}.`, `${cap(a.short)} urged ${b.full} ${pick(r, DEMANDS)}.`, `${cap(a.full)} appealed to ${b.full} ${pick(r, DEMANDS)}.`],
    // CALLED
    [`${cap(a.full)} held telephone conversations with ${b.full} on ${date}.`, `${cap(a.full)} spoke by phone with ${b.full} about ${pick(r, TOPICS)}.`, `In a phone call, ${a.short} and ${b.full} discussed ${pick(r, TOPICS)}.`],
    // MET
    [`${cap(a.full)} met ${b.full} in ${s1.capital} on ${date}.`, `${cap(a.full)} held talks with ${b.full} on ${pick(r, TOPICS)}.`, `${cap(a.short)} and ${b.full} met on the sidelines of the summit.`],
    // MEMBER_OF / PART_OF / PARTY_TO / PARTICIPATED_IN
    [`${s1.name}, a member of the ${org()}, abstained.`, `The ${deal} was signed by ${s1.name} and ${s2.name} on ${date}.`, `${s1.name} and ${s2.name} fought a brief border war in ${pick(r, MONTHS)}.`, `The ${s1.adjective} Foreign Ministry said in a statement that ${pick(r, TOPICS)} remained unresolved.`],
  ];
  const out: string[] = [];
  const n = 8 + Math.floor(r() * 8);
  for (let i = 0; i < n; i++) out.push(pick(r, pick(r, forms)));
  // Filler, as real reports have: sentences that state no relationship.
  out.splice(Math.floor(r() * out.length), 0, `Analysts said ${pick(r, TOPICS)} would dominate the agenda for months.`);
  return out;
}

/** Article i of the corpus: a headline, a dateline, paragraphs of two or three sentences, and boilerplate. */
export function generateArticle(i: number, roster: Roster, seed = 1): GeneratedArticle {
  const r = prng(mix(seed, i));
  const y = 2015 + Math.floor(r() * 10);
  const m = Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  const date = `${d} ${MONTHS[m]} ${y}`;
  const body = sentences(r, roster, date);
  const lead = pick(r, roster.people);
  const paras: string[] = [];
  for (let k = 0, step = 2; k < body.length; k += step, step = 2 + Math.floor(r() * 2)) paras.push(body.slice(k, k + step).join(" "));
  const text = [
    pick(r, HEADER),
    `${lead.state.adjective} diplomacy: ${pick(r, TOPICS)} back on the table`,
    `Published ${MONTHS[m]} ${d}, ${y} | ${2 + Math.floor(r() * 6)} min read`,
    `${lead.state.capital.toUpperCase()} -- ${paras[0]}`,
    ...paras.slice(1),
    ...FOOTER.filter(() => r() < 0.5),
  ].join("\n\n");
  return { file: `a${String(i).padStart(6, "0")}.txt`, text: text + "\n" };
}

/** Articles [from, to) of the corpus, one at a time (nothing held beyond the article being written). */
export function* generateCorpus(to: number, seed = 1, roster = makeRoster(seed), from = 0): Generator<GeneratedArticle> {
  for (let i = from; i < to; i++) yield generateArticle(i, roster, seed);
}

/**
 * Real-text mode: articles from `folder` replayed n times, the people the gazetteer knows renamed to roster people
 * (one renaming per copy), so the same prose yields new entities every copy.
 */
export function* replayCorpus(folder: string, n: number, seed = 1, roster = makeRoster(seed)): Generator<GeneratedArticle> {
  const sources = readdirSync(folder).filter((f) => [".txt", ".md", ".html"].includes(extname(f))).sort().map((f) => ({ f, text: readFileSync(join(folder, f), "utf8") }));
  if (!sources.length) throw new Error(`generate-corpus: no .txt, .md or .html articles in ${folder}`);
  const known = JSON.parse(readFileSync(fileURLToPath(new URL("../ingest/gazetteer/people.json", import.meta.url)), "utf8")) as { name: string }[];
  const names = known.map((p) => p.name).filter((nm) => nm.includes(" "));
  for (let i = 0; i < n; i++) {
    const r = prng(mix(seed, i));
    const src = sources[i % sources.length];
    let text = src.text;
    for (const nm of names) {
      if (!text.includes(nm.split(" ").pop()!)) continue;
      const p = pick(r, roster.people);
      const last = nm.split(" ").pop()!;
      text = text.replaceAll(nm, p.name).replaceAll(last, p.last);
    }
    yield { file: `r${String(i).padStart(6, "0")}${extname(src.f)}`, text };
  }
}

/** Writes a corpus to a folder and returns its size in bytes. */
export function writeCorpus(dir: string, articles: Iterable<GeneratedArticle>): { files: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  let files = 0;
  let bytes = 0;
  for (const a of articles) {
    writeFileSync(join(dir, a.file), a.text);
    files++;
    bytes += Buffer.byteLength(a.text);
  }
  return { files, bytes };
}
