// Finds the known agreement or event (happenings.json) a phrase like "the humanitarian ceasefire of 10 October" means.
//
// Why features and not only spellings: agreements and events have no one name. A phrase matches an entry when their
// kind agrees, their dates do not disagree, the states named fit the entry's sides (or the article's conflict), and
// enough of their words are shared once synonyms and demonyms are folded.
import type { HappeningPhrase } from "../document.ts";
import { fold } from "../nlp.ts";
import type { Gazetteer } from "./load-gazetteer.ts";
import type { HappeningEntry } from "./schema.ts";
import { remember, tableOf } from "../bounded-cache.ts";
import { wordTable } from "../word-table.ts";

const STOP = new Set(["of", "the", "in", "on", "and", "between", "a", "an", "to", "for", "at", "with", "by", "s", "over", "its", "their"]);
/** Words folded to one form so "truce" meets "ceasefire" and "clashes" meets "escalation". */
const SYNONYMS: Record<string, string> = wordTable({
  truce: "ceasefire", armistice: "ceasefire", "cease-fire": "ceasefire", ceasefires: "ceasefire", truces: "ceasefire",
  clash: "clashes", skirmishes: "clashes", fighting: "clashes", hostilities: "clashes", escalation: "clashes",
  negotiations: "talks", negotiation: "talks", meeting: "talks", meetings: "talks", summit: "talks", process: "talks", dialogue: "talks", consultations: "talks",
  declaration: "statement", declarations: "statement", statements: "statement", communique: "statement",
  treaty: "agreement", accord: "agreement", deal: "agreement", agreements: "agreement", accords: "agreement", pact: "agreement",
  onslaught: "offensive", operation: "offensive", wars: "war", dispute: "conflict", crisis: "conflict", tensions: "conflict",
});
/** Heads whose phrases name only things of their own kind ("a truce extension" is no truce). */
const OWN_KIND = new Set(["extension"]);
const AGREEMENT_WORDS = ["ceasefire", "statement", "agreement", "initiative", "protocol", "memorandum"];
const ORDINALS = new Set(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]);
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** Folded one-word state names and demonyms → state id ("armenian" and "armenia" are one word here). */
const demonyms = new WeakMap<Gazetteer, Map<string, string>>();
function demonymsOf(g: Gazetteer): Map<string, string> {
  let d = demonyms.get(g);
  if (!d) {
    d = new Map();
    for (const [id, s] of g.states) for (const f of [s.name, ...s.adjectives]) d.set(fold(f), id);
    demonyms.set(g, d);
  }
  return d;
}

function words(text: string, g: Gazetteer): Set<string> {
  const out = new Set<string>();
  const states = demonymsOf(g);
  for (const raw of fold(text).replace(/['’]s\b/g, "").split(/[^\p{L}\p{N}]+/u)) {
    if (!raw || STOP.has(raw)) continue;
    const w = states.get(SYNONYMS[raw] ?? raw) ?? SYNONYMS[raw] ?? raw;
    out.add(/^\d+(st|nd|rd|th)$/.test(w) ? w.replace(/\D+$/, "") : w);
  }
  return out;
}

const isYear = (w: string): boolean => /^\d{4}$/.test(w);

/** A text's words (none twice), with what a reading of them needs: their ids (-1 for a word of no known name), and
 * the years and ordinals among them. */
interface TextWords {
  words: string[];
  ids: Int32Array;
  years: string[];
  ordinals: string[];
}
/** A phrase's words, read once per text: the same few phrases ("ceasefire", "talks") recur with other features (bounded). */
const textWords = new WeakMap<Gazetteer, Map<string, TextWords>>();
function wordsOfText(text: string, g: Gazetteer): TextWords {
  const m = tableOf(textWords, g);
  const known = m.get(text);
  if (known) return known;
  const w = [...words(text, g)];
  return remember(m, text, { words: w, ids: idsOf(w, knownOf(g).ids), years: w.filter(isYear), ordinals: w.filter((x) => ORDINALS.has(x)) }, 10_000);
}

/** Each word's id, -1 for a word of no known name (a loop: Int32Array.from is several times slower). */
function idsOf(words: readonly string[], ids: Map<string, number>): Int32Array {
  const out = new Int32Array(words.length);
  for (let j = 0; j < words.length; j++) out[j] = ids.get(words[j]) ?? -1;
  return out;
}

/** A name's words, with the years and ordinals it states (which must not disagree with a phrase's). */
interface NameWords {
  words: Set<string>;
  years: string[];
  ordinal: string;
  /** it has a word of agreements (for agreements of another kind) */
  agreement: boolean;
}
const describe = (w: Set<string>): NameWords => ({
  words: w,
  years: [...w].filter(isYear),
  ordinal: [...w].filter((y) => ORDINALS.has(y)).sort().join(),
  agreement: AGREEMENT_WORDS.some((x) => w.has(x)),
});

/** Flags of a name in KnownHappening.names. */
const AGREEMENT_NAME = 1;
const HAS_YEARS = 2;
const HAS_ORDINAL = 4;
/** Packs a happening's names onto `out`, name after name as [word count, flags, ...word ids] (each word given an id in
 * `ids` when first seen), and returns where they end: a phrase is compared with a candidate's names without visiting
 * their objects, and the names of all candidates lie together. */
function packNames(aliases: NameWords[], ids: Map<string, number>, out: number[]): number {
  for (const a of aliases) {
    out.push(a.words.size, (a.agreement ? AGREEMENT_NAME : 0) | (a.years.length ? HAS_YEARS : 0) | (a.ordinal ? HAS_ORDINAL : 0));
    for (const w of a.words) out.push(ids.get(w) ?? ids.set(w, ids.size).size - 1);
  }
  return out.length;
}

/** A known happening with what is read once of it: its names' words, the states and organisations involved, and
 * the time of its date (compared with a phrase's per candidate). */
interface KnownHappening {
  e: HappeningEntry;
  /** its place in the gazetteer's order */
  i: number;
  aliases: NameWords[];
  /** where its aliases' words lie in Known.names */
  from: number;
  to: number;
  involved: Set<string>;
  /** Date.parse of its date (NaN without one): read only where both dates give the day */
  time: number;
}
/** What is read once per gazetteer: the known happenings; an id for every word of their names; a mark per id (scratch
 * for one phrase at a time, left all zero); and the sided ones with a day, by label and day number (for datedOn). */
interface Known {
  list: KnownHappening[];
  ids: Map<string, number>;
  /** every known happening's names, as packNames packs them */
  names: Int32Array;
  marks: Uint8Array;
  byDay: Map<string, Map<number, KnownHappening[]>>;
}
const DAY = 86_400_000;
const cache = new WeakMap<Gazetteer, Known>();
function knownOf(g: Gazetteer): Known {
  let c = cache.get(g);
  if (!c) {
    const ids = new Map<string, number>();
    const names: number[] = [];
    const list = [...g.happenings.values()].map((e, i) => {
      const aliases = [e.name, ...e.aliases].map((a) => describe(words(a, g)));
      const from = names.length;
      return { e, i, aliases, from, to: packNames(aliases, ids, names), involved: new Set([...e.parties, ...e.mediators]), time: e.date ? Date.parse(e.date) : NaN };
    });
    const byDay = new Map<string, Map<number, KnownHappening[]>>();
    for (const k of list) {
      if (!k.e.parties.length || k.e.date?.length !== 10 || Number.isNaN(k.time)) continue;
      const days = byDay.get(k.e.label) ?? byDay.set(k.e.label, new Map()).get(k.e.label)!;
      const d = Math.floor(k.time / DAY);
      (days.get(d) ?? days.set(d, []).get(d)!).push(k);
    }
    c = { list, ids, names: Int32Array.from(names), marks: new Uint8Array(ids.size), byDay };
    cache.set(g, c);
  }
  return c;
}

/** The known happenings of one label, where a phrase may find its match: the sideless ones fit any phrase, the rest
 * only a phrase whose first party (or, without parties, one of the article's sides) they involve. Each list is in the
 * gazetteer's order. */
interface HappeningsByState {
  open: KnownHappening[];
  /** by state: the sideless ones and those involving the state */
  withState: Map<string, KnownHappening[]>;
  /** the same for several states (an article's two sides), made when first asked */
  withStates: Map<string, KnownHappening[]>;
}
const byLabel = new WeakMap<Gazetteer, Map<string, HappeningsByState>>();
function happeningsByState(g: Gazetteer, label: string): HappeningsByState | undefined {
  let m = byLabel.get(g);
  if (!m) {
    m = new Map();
    const known = knownOf(g).list;
    for (const l of new Set(known.map((k) => k.e.label))) {
      const mine = known.filter((k) => k.e.label === l);
      const states = new Set(mine.flatMap((k) => (k.e.parties.length ? [...k.involved] : [])));
      const withState = new Map([...states].map((st) => [st, mine.filter((k) => !k.e.parties.length || k.involved.has(st))]));
      m.set(l, { open: mine.filter((k) => !k.e.parties.length), withState, withStates: new Map() });
    }
    byLabel.set(g, m);
  }
  return m.get(label);
}

/** The known happenings that may pass matchUncached's tests of label and sides, in the gazetteer's order (a phrase is
 * compared with a few, not all; every test is still made on these). `time` is the phrase date's (see timeOf). */
function candidates(h: HappeningPhrase, time: number, sides: string[], g: Gazetteer): KnownHappening[] {
  const ix = happeningsByState(g, h.label);
  if (!ix) return [];
  const keys = h.parties.length ? h.parties.slice(0, 1) : sides;
  // "the August 12, 2008 ceasefire agreement" in an article whose sides are unknown: a day names the one it was made on
  if (!keys.length && h.date?.length === 10) {
    const on = datedOn(h.label, time, g);
    return on.length ? ix.open.concat(on) : ix.open;
  }
  if (!keys.length) return ix.open;
  if (keys.length === 1) return ix.withState.get(keys[0]) ?? ix.open;
  // each side's list holds the sideless ones: sides of which at most one involves a known happening need no merge
  let only: KnownHappening[] | undefined = ix.open;
  for (const k of keys) {
    const l = ix.withState.get(k);
    if (l && l !== only) {
      if (only !== ix.open) {
        only = undefined;
        break;
      }
      only = l;
    }
  }
  if (only) return only;
  const key = keys.join("\u0000");
  const list = ix.withStates.get(key);
  if (list) return list;
  // each side's list is in the gazetteer's order: merged by that order, not by a pass over every known happening
  const all = keys.flatMap((k) => ix.withState.get(k) ?? ix.open).sort((a, b) => a.i - b.i);
  return remember(ix.withStates, key, all.filter((k, j) => j === 0 || all[j - 1] !== k), 10_000);
}

/** The known happenings with sides made on a day (or the day either side of it: datesAgree), in the gazetteer's order.
 * A time within a day of `time` lies in its day number's bucket or a neighbour's: three buckets are looked at. */
function datedOn(label: string, time: number, g: Gazetteer): KnownHappening[] {
  const days = knownOf(g).byDay.get(label);
  if (!days || Number.isNaN(time)) return [];
  const d = Math.floor(time / DAY);
  const out: KnownHappening[] = [];
  for (let n = d - 1; n <= d + 1; n++) for (const k of days.get(n) ?? []) if (Math.abs(time - k.time) <= DAY) out.push(k);
  return out.length > 1 ? out.sort((a, b) => a.i - b.i) : out;
}

/** A phrase date's time, parsed once per date: the same dates recur across articles (bounded). */
const parsed = new Map<string, number>();
function timeOf(day: string): number {
  return parsed.get(day) ?? remember(parsed, day, Date.parse(day), 10_000);
}

/** Dates agree at the precision both give; a day may be off by one (time zones, "overnight"). `time` is the phrase
 * date's (parsed once per phrase, the candidate's once per gazetteer). */
function datesAgree(date: string, time: number, k: KnownHappening): boolean {
  const other = k.e.date!;
  const n = Math.min(date.length, other.length);
  if (n === 10) return Math.abs(time - k.time) <= DAY;
  // (the shorter one is a prefix of the longer: a slice of each compared, without making them)
  return date.length <= other.length ? other.startsWith(date) : date.startsWith(other);
}

/** Answers already given: the same phrase recurs across a corpus ("the ceasefire", "the 2020 war"). No answer is kept
 * as null, so that one look-up tells a phrase not seen from one that names nothing. */
const answers = new WeakMap<Gazetteer, Map<string, string | null>>();
export function matchHappening(h: HappeningPhrase, text: string, sides: string[], g: Gazetteer): string | undefined {
  const memo = tableOf(answers, g);
  // ids, heads and dates hold no control characters, and the free text comes last: the key is unambiguous
  // (the fields joined by \u0000, an absent one empty, written out without the arrays a join needs)
  const parties = h.partyOrgs?.length ? h.parties.concat(h.partyOrgs) : h.parties;
  const key = `${h.label}\u0000${h.head}\u0000${h.specific}\u0000${h.date ?? ""}\u0000${h.round ?? ""}\u0000${h.city ?? ""}\u0000${parties.join("\u0001")}\u0000${h.brokers.join("\u0001")}\u0000${sides.join("\u0001")}\u0000${text}`;
  const known = memo.get(key);
  if (known !== undefined) return known ?? undefined;
  return remember(memo, key, matchUncached(h, text, sides, g) ?? null, 50_000) ?? undefined;
}

/** Broker ids without their kind ("org:african-union" → "african-union"), as mediators are listed. */
const unprefixed = (ids: string[]): string[] => ids.map((b) => b.replace(/^(state|org|person):/, ""));

/** A reading of a phrase's words: how many there are, the years and ordinals among them, and its bit in the marks. */
interface Reading {
  size: number;
  years: string[];
  ordinal: string;
  bit: number;
}
/** The reading of a text's words and `more` (words not among them, none twice), as describe reads a name. */
function readingOf(t: TextWords, more: readonly string[], bit: number): Reading {
  const years = more.some(isYear) ? t.years.concat(more.filter(isYear)) : t.years;
  const ordinals = more.some((w) => ORDINALS.has(w)) ? t.ordinals.concat(more.filter((w) => ORDINALS.has(w))) : t.ordinals;
  return { size: t.words.length + more.length, years, ordinal: ordinals.length ? [...ordinals].sort().join() : "", bit };
}

/** Adds `w` to `to` unless the text, `added` or `to` has it already: the words of a phrase are a set. */
function addNew(w: string, t: TextWords, added: string[], to: string[]): void {
  if (!t.words.includes(w) && !added.includes(w) && !to.includes(w)) to.push(w);
}

/** The ids marked for the phrase being matched (one at a time), to be unmarked after. */
const marked: number[] = [];
function mark(id: number | undefined, bits: number, marks: Uint8Array): void {
  // (a word of no known name is shared with none: it only counts in the reading's size)
  if (id === undefined || id < 0) return;
  marks[id] |= bits;
  marked.push(id);
}

/** The bits marking a word of the phrase (1), of the phrase with the article's sides (2), and the head's word (a name
 * saying it is of the phrase's kind). */
const SAID = 1;
const WITH_SIDES = 2;
const KIND = 4;

function matchUncached(h: HappeningPhrase, text: string, sides: string[], g: Gazetteer): string | undefined {
  const head = SYNONYMS[h.head] ?? h.head;
  const t = wordsOfText(text, g);
  // the phrase says its text's words, its head and its date's
  const added: string[] = [];
  addNew(h.head === "treaty" ? "agreement" : head, t, added, added);
  if (h.date) {
    addNew(h.date.slice(0, 4), t, added, added);
    if (h.date.length >= 7) addNew(MONTHS[Number(h.date.slice(5, 7)) - 1], t, added, added);
    if (h.date.length === 10) addNew(String(Number(h.date.slice(8, 10))), t, added, added);
  }
  // "the peace treaty" in a report on Armenia and Azerbaijan is their peace treaty: the article's sides stand in
  // for the sides the phrase leaves unsaid (talks are too many and too varied for that: "peace talks" stays unnamed)
  const more: string[] = [];
  if (!h.parties.length && (h.specific || h.head !== "talks")) for (const side of sides) addNew(side, t, added, more);
  // with the sides it says nothing more: the same reading, and the best of two equal readings is either
  const readings = more.length ? [readingOf(t, added, SAID), readingOf(t, added.concat(more), WITH_SIDES)] : [readingOf(t, added, SAID)];
  // each reading's words marked by its bit: a name's shared words are then counted over its few ids
  const known = knownOf(g);
  const { ids, marks } = known;
  for (let j = 0; j < t.ids.length; j++) mark(t.ids[j], SAID | WITH_SIDES, marks);
  for (const w of added) mark(ids.get(w), SAID | WITH_SIDES, marks);
  for (const w of more) mark(ids.get(w), WITH_SIDES, marks);
  mark(ids.get(head), KIND, marks);
  if (h.head === "treaty") mark(ids.get("agreement"), KIND, marks);
  try {
    return bestMatch(h, sides, g, readings, known);
  } finally {
    for (const id of marked) marks[id] = 0;
    marked.length = 0;
  }
}

/** The known happening the phrase names, its readings' words marked in `marks`: the first that fits best, if it fits
 * well enough. */
function bestMatch(h: HappeningPhrase, sides: string[], g: Gazetteer, readings: Reading[], { names, marks }: Known): string | undefined {
  const city = h.city ? wordsOfText(h.city, g).words : [];
  // what the tests below ask of the phrase alone, read once rather than per candidate
  const named = h.partyOrgs ? [...h.parties, ...h.partyOrgs] : h.parties;
  const brokers = unprefixed(h.brokers);
  const unsaid = !h.parties.length;
  const otherKind = h.label === "Agreement" && !OWN_KIND.has(h.head);
  // (the phrase's fields read per candidate are read once: phrases come in several shapes)
  const { label, date } = h;
  const time = date && date.length >= 10 ? timeOf(date) : NaN;
  const conflict = h.head === "conflict";
  const brokered = h.brokers.length > 0;
  let best: HappeningEntry | undefined;
  let bestSim = 0;
  for (const k of candidates(h, time, sides, g)) {
    const { e, aliases, involved } = k;
    if (e.label !== label) continue;
    const sided = e.parties.length > 0;
    if (sided && named.length && named.some((p) => !involved.has(p))) continue;
    if (brokers.length && brokers.some((b) => !e.mediators.includes(b))) continue;
    if (unsaid && sided && sides.length && !sides.some((s) => e.parties.includes(s))) continue;
    // both sides of the article's conflict must be sides of it (an Israel–Hamas article is not about Israel and Iran)
    if (unsaid && sides.length === 2 && e.parties.length >= 2 && !sides.every((s) => e.parties.includes(s))) continue;
    const agree = !!date && !!e.date && datesAgree(date, time, k);
    // (an article without sides meets a known one with sides only by the day it was made on)
    if (unsaid && sided && !sides.length && !(date?.length === 10 && e.date?.length === 10 && agree)) continue;
    // a conflict's date is when it began; a phrase's date is when it was spoken of
    if (date && e.date && !conflict && !agree) continue;
    // How much of a known name the phrase says (coverage) and how alike the two are (Jaccard): a bare
    // "meeting" does not say "Kazan summit".
    let sim = 0;
    for (let a = 0, at = k.from; at < k.to; a++) {
      const size = names[at];
      const flags = names[at + 1];
      const from = at + 2;
      at = from + size;
      // "the Geneva talks" are talks held in Geneva: a name that does not say Geneva is other talks
      if (city.length && !city.every((c) => aliases[a].words.has(c))) continue;
      // the words it shares with each reading (its words marked with the reading's bit), and whether it says the head
      let shared1 = 0;
      let shared2 = 0;
      let kind = 0;
      for (let j = from; j < at; j++) {
        const m = marks[names[j]];
        shared1 += m & SAID;
        shared2 += (m & WITH_SIDES) >> 1;
        kind |= m;
      }
      // the press calls a truce a deal and a declaration an agreement: agreements of another kind still match, a little less
      const sameKind = (kind & KIND) !== 0;
      // ...but an extension of a truce is not the truce
      if (!sameKind && !(otherKind && flags & AGREEMENT_NAME)) continue;
      for (const phrase of readings) {
        // numbers and ordinals must not disagree
        if (flags & HAS_YEARS && phrase.years.some((y) => !aliases[a].years.includes(y))) continue;
        // "first war" is not the second one
        if (phrase.ordinal !== (flags & HAS_ORDINAL ? aliases[a].ordinal : "")) continue;
        const inter = phrase.bit === SAID ? shared1 : shared2;
        const cover = inter / (size || 1);
        const jaccard = inter / (phrase.size + size - inter || 1);
        sim = Math.max(sim, cover * 0.6 + jaccard * 0.4 - (sameKind ? 0 : 0.1));
      }
    }
    if (date && e.date && agree) sim += date.length === 10 && e.date.length === 10 ? 0.4 : date.length >= 7 && e.date.length >= 7 ? 0.2 : 0.1;
    if (brokered) sim += 0.2;
    if (!best || sim > bestSim) {
      best = e;
      bestSim = sim;
    }
  }
  // A phrase with nothing particular ("the ceasefire") must name the entry outright.
  const bar = h.specific ? 0.6 : 0.95;
  if (best && bestSim >= bar) return best.id;
  // "the AU-brokered truce" in a report on Ethiopia and the TPLF: the one known agreement those brokers made
  // between those sides is it, however it is worded
  if (h.brokers.length && sides.length === 2 && h.label === "Agreement") {
    // (such an agreement involves the first side: only those are looked at)
    const fits = (happeningsByState(g, "Agreement")?.withState.get(sides[0]) ?? []).filter((k) => k.e.label === "Agreement" && sides.every((x) => k.e.parties.includes(x)) &&
      brokers.every((b) => k.e.mediators.includes(b)) && (!h.date || !k.e.date || datesAgree(h.date, time, k)));
    if (fits.length === 1) return fits[0].e.id;
  }
  return undefined;
}
