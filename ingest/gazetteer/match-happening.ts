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

/** A phrase's words, read once per text: the same few phrases ("ceasefire", "talks") recur with other features (bounded).
 * Kept as a list in the set's order, since the caller adds to its own copy. */
const textWords = new WeakMap<Gazetteer, Map<string, string[]>>();
function wordsOfText(text: string, g: Gazetteer): Set<string> {
  const m = tableOf(textWords, g);
  return new Set(m.get(text) ?? remember(m, text, [...words(text, g)], 10_000));
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
  years: [...w].filter((y) => /^\d{4}$/.test(y)),
  ordinal: [...w].filter((y) => ORDINALS.has(y)).sort().join(),
  agreement: AGREEMENT_WORDS.some((x) => w.has(x)),
});

/** A known happening with what is read once of it: its names' words, and the states and organisations involved. */
interface KnownHappening {
  e: HappeningEntry;
  /** its place in the gazetteer's order */
  i: number;
  aliases: NameWords[];
  involved: Set<string>;
}
const cache = new WeakMap<Gazetteer, KnownHappening[]>();
function knownHappenings(g: Gazetteer): KnownHappening[] {
  let c = cache.get(g);
  if (!c) {
    c = [...g.happenings.values()].map((e, i) => ({ e, i, aliases: [e.name, ...e.aliases].map((a) => describe(words(a, g))), involved: new Set([...e.parties, ...e.mediators]) }));
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
    const known = knownHappenings(g);
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
 * compared with a few, not all; every test is still made on these). */
function candidates(h: HappeningPhrase, sides: string[], g: Gazetteer): KnownHappening[] {
  const ix = happeningsByState(g, h.label);
  if (!ix) return [];
  const keys = h.parties.length ? h.parties.slice(0, 1) : sides;
  // "the August 12, 2008 ceasefire agreement" in an article whose sides are unknown: a day names the one it was made on
  if (!keys.length) return h.date?.length === 10 ? [...ix.open, ...datedOn(h.label, h.date, g)] : ix.open;
  if (keys.length === 1) return ix.withState.get(keys[0]) ?? ix.open;
  const key = keys.join("\u0000");
  const list = ix.withStates.get(key);
  if (list) return list;
  // each side's list is in the gazetteer's order: merged by that order, not by a pass over every known happening
  const all = keys.flatMap((k) => ix.withState.get(k) ?? ix.open).sort((a, b) => a.i - b.i);
  return remember(ix.withStates, key, all.filter((k, j) => j === 0 || all[j - 1] !== k), 10_000);
}

/** The known happenings with sides made on a day (or the day either side of it), by label and day (bounded). */
const dated = new WeakMap<Gazetteer, Map<string, KnownHappening[]>>();
function datedOn(label: string, day: string, g: Gazetteer): KnownHappening[] {
  const m = tableOf(dated, g);
  const key = `${label}\u0000${day}`;
  return m.get(key) ?? remember(m, key, knownHappenings(g).filter((k) => k.e.label === label && k.e.parties.length && k.e.date?.length === 10 && datesAgree(day, k.e.date)), 10_000);
}

/** A day's time, parsed once: every phrase with a date compares it with each candidate's (bounded). */
const parsed = new Map<string, number>();
function timeOf(day: string): number {
  return parsed.get(day) ?? remember(parsed, day, Date.parse(day), 10_000);
}

/** Dates agree at the precision both give; a day may be off by one (time zones, "overnight"). */
function datesAgree(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  if (n === 10) return Math.abs(timeOf(a) - timeOf(b)) <= 86_400_000;
  return a.slice(0, n) === b.slice(0, n);
}

/** Answers already given: the same phrase recurs across a corpus ("the ceasefire", "the 2020 war"). */
const answers = new WeakMap<Gazetteer, Map<string, string | undefined>>();
export function matchHappening(h: HappeningPhrase, text: string, sides: string[], g: Gazetteer): string | undefined {
  const memo = tableOf(answers, g);
  // ids, heads and dates hold no control characters, and the free text comes last: the key is unambiguous
  const key = [h.label, h.head, h.specific, h.date, h.round, h.city, [...h.parties, ...(h.partyOrgs ?? [])].join("\u0001"), h.brokers.join("\u0001"), sides.join("\u0001"), text].join("\u0000");
  if (memo.has(key)) return memo.get(key);
  return remember(memo, key, matchUncached(h, text, sides, g), 50_000);
}

/** Broker ids without their kind ("org:african-union" → "african-union"), as mediators are listed. */
const unprefixed = (ids: string[]): string[] => ids.map((b) => b.replace(/^(state|org|person):/, ""));

function matchUncached(h: HappeningPhrase, text: string, sides: string[], g: Gazetteer): string | undefined {
  const said = wordsOfText(text, g);
  // "the peace treaty" in a report on Armenia and Azerbaijan is their peace treaty: the article's sides stand in
  // for the sides the phrase leaves unsaid (talks are too many and too varied for that: "peace talks" stays unnamed)
  const withSides = new Set(said);
  if (!h.parties.length && (h.specific || h.head !== "talks")) for (const side of sides) withSides.add(side);
  for (const mine of [said, withSides]) {
    mine.add(h.head === "treaty" ? "agreement" : SYNONYMS[h.head] ?? h.head);
    if (h.date) {
      mine.add(h.date.slice(0, 4));
      if (h.date.length >= 7) mine.add(MONTHS[Number(h.date.slice(5, 7)) - 1]);
      if (h.date.length === 10) mine.add(String(Number(h.date.slice(8, 10))));
    }
  }
  // withSides holds said: of the same size it is the same reading, and the best of two equal readings is either
  const phrases = withSides.size === said.size ? [describe(said)] : [describe(said), describe(withSides)];
  const head = SYNONYMS[h.head] ?? h.head;
  const city = h.city ? [...words(h.city, g)] : [];
  // what the tests below ask of the phrase alone, read once rather than per candidate
  const named = h.partyOrgs ? [...h.parties, ...h.partyOrgs] : h.parties;
  const brokers = unprefixed(h.brokers);
  const unsaid = !h.parties.length;
  const otherKind = h.label === "Agreement" && !OWN_KIND.has(h.head);
  let best: [number, HappeningEntry] | undefined;
  for (const { e, aliases, involved } of candidates(h, sides, g)) {
    if (e.label !== h.label) continue;
    const sided = e.parties.length > 0;
    if (sided && named.length && named.some((p) => !involved.has(p))) continue;
    if (brokers.length && brokers.some((b) => !e.mediators.includes(b))) continue;
    if (unsaid && sided && sides.length && !sides.some((s) => e.parties.includes(s))) continue;
    // both sides of the article's conflict must be sides of it (an Israel–Hamas article is not about Israel and Iran)
    if (unsaid && sides.length === 2 && e.parties.length >= 2 && !sides.every((s) => e.parties.includes(s))) continue;
    const agree = !!h.date && !!e.date && datesAgree(h.date, e.date);
    // (an article without sides meets a known one with sides only by the day it was made on)
    if (unsaid && sided && !sides.length && !(h.date?.length === 10 && e.date?.length === 10 && agree)) continue;
    // a conflict's date is when it began; a phrase's date is when it was spoken of
    if (h.date && e.date && h.head !== "conflict" && !agree) continue;
    // How much of a known name the phrase says (coverage) and how alike the two are (Jaccard): a bare
    // "meeting" does not say "Kazan summit".
    let sim = 0;
    for (const alias of aliases) {
      const w = alias.words;
      // "the Geneva talks" are talks held in Geneva: a name that does not say Geneva is other talks
      if (city.length && !city.every((c) => w.has(c))) continue;
      // the press calls a truce a deal and a declaration an agreement: agreements of another kind still match, a little less
      const sameKind = w.has(head) || (h.head === "treaty" && w.has("agreement"));
      // ...but an extension of a truce is not the truce
      if (!sameKind && !(otherKind && alias.agreement)) continue;
      for (const phrase of phrases) {
        const mine = phrase.words;
        // numbers and ordinals must not disagree
        if (alias.years.length && phrase.years.some((y) => !alias.years.includes(y))) continue;
        // "first war" is not the second one
        if (phrase.ordinal !== alias.ordinal) continue;
        let inter = 0;
        // (the count is the same either way round: the smaller set is walked)
        const [few, many] = mine.size <= w.size ? [mine, w] : [w, mine];
        for (const x of few) if (many.has(x)) inter++;
        const cover = inter / (w.size || 1);
        const jaccard = inter / (mine.size + w.size - inter || 1);
        sim = Math.max(sim, cover * 0.6 + jaccard * 0.4 - (sameKind ? 0 : 0.1));
      }
    }
    if (h.date && e.date && agree) sim += h.date.length === 10 && e.date.length === 10 ? 0.4 : h.date.length >= 7 && e.date.length >= 7 ? 0.2 : 0.1;
    if (h.brokers.length) sim += 0.2;
    if (!best || sim > best[0]) best = [sim, e];
  }
  // A phrase with nothing particular ("the ceasefire") must name the entry outright.
  const bar = h.specific ? 0.6 : 0.95;
  if (best && best[0] >= bar) return best[1].id;
  // "the AU-brokered truce" in a report on Ethiopia and the TPLF: the one known agreement those brokers made
  // between those sides is it, however it is worded
  if (h.brokers.length && sides.length === 2 && h.label === "Agreement") {
    // (such an agreement involves the first side: only those are looked at)
    const fits = (happeningsByState(g, "Agreement")?.withState.get(sides[0]) ?? []).map((k) => k.e).filter((e) => e.label === "Agreement" && sides.every((x) => e.parties.includes(x)) &&
      brokers.every((b) => e.mediators.includes(b)) && (!h.date || !e.date || datesAgree(h.date, e.date)));
    if (fits.length === 1) return fits[0].id;
  }
  return undefined;
}
