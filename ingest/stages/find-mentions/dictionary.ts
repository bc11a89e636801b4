// Dictionary mentions: the gazetteer's phrases found in a sentence, the most specific kind winning, their case agreeing
// with the text, an office split from the owner that opens it.
import { mention, type Mention, type Sentence, type Token } from "../../document.ts";
import type { DictEntry } from "../../gazetteer/load-gazetteer.ts";
import { hasMatchAt, matchesAt, pathAfter, type Trie } from "../../gazetteer/phrase-dictionary.ts";
import { sameNameWord } from "../../names.ts";
import type { Resources } from "../../resources.ts";
import { triesFor, type WordStarts } from "./lexicon-index.ts";
import { isCap, textOf } from "./spans.ts";

/** When two dictionary entries cover the same span, the more specific kind wins. */
const PRIORITY: DictEntry["kind"][] = ["body", "organisation", "person", "happening", "place", "state", "capital", "seat", "office", "adjective"];
/** Each kind's place in PRIORITY, read per entry (an indexOf each time costs more than the rest of the choice). */
const RANK = Object.fromEntries(PRIORITY.map((k, i) => [k, i])) as Record<DictEntry["kind"], number>;
/** Kinds of name an office form may open with: its owner ("UN Secretary-General", "US Secretary of State"). */
const OWNER_KINDS = new Set<DictEntry["kind"]>(["organisation", "state", "adjective", "capital", "seat"]);
/** Clock words after a number ("10.30 a.m.", "1 pm"). */
const CLOCK = new Set(["a.m.", "p.m.", "am", "pm"]);
const DIGIT_FIRST = /^\d/;
/** Tags of the word after a place or state that cannot be the rest of a longer name. */
const NOT_NAME_POS = new Set(["ADP", "DET", "CCONJ", "SCONJ", "PUNCT", "PRON"]);

const NOT_LETTER = /[^\p{L}]/gu;
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const UPPER_OR_DIGIT_FIRST = /^[\p{Lu}\d]/u;

/** The case of a dictionary form: a short all-capitals form ("US", "UN"), a capitalised one ("Chad"). Read once per entry. */
const formCases = new WeakMap<DictEntry, { capitals: boolean; capitalised: boolean }>();
function formCase(e: DictEntry): { capitals: boolean; capitalised: boolean } {
  let c = formCases.get(e);
  if (!c) {
    const letters = e.form.replace(NOT_LETTER, "");
    c = { capitals: letters.length <= 5 && letters === letters.toUpperCase(), capitalised: UPPER_FIRST.test(e.form.replace(/^(the|a)\s+/i, "")) };
    formCases.set(e, c);
  }
  return c;
}

// Case tests on token texts, by char code for ASCII (most text); other letters by their Unicode class.
/** A lower-case letter anywhere: /\p{Ll}/u. */
function hasLower(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return LOWER.test(text);
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}
/** An upper-case letter or a digit first: /^[\p{Lu}\d]/u. */
function opensUpperOrDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 0x80 ? (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) : UPPER_OR_DIGIT_FIRST.test(text);
}
const ARTICLE = /^(the|a)$/i;
/** "the" or "a", in any case. */
const isArticle = (text: string) => (text.length === 3 || text.length === 1) && ARTICLE.test(text);

/** The case of a dictionary form must agree with the text (tokens from..to): "US" is not "us", "Chad" is not "chad". */
export function caseAgrees(e: DictEntry, toks: Token[], from: number, to: number): boolean {
  if (e.kind === "office") return true;
  const c = formCase(e);
  if (c.capitals) {
    for (let k = from; k < to; k++) if (hasLower(toks[k].text)) return false;
    return true;
  }
  if (!c.capitalised) return true;
  const firstTok = isArticle(toks[from].text) && to - from > 1 ? toks[from + 1] : toks[from];
  return opensUpperOrDigit(firstTok.text);
}

/** Which of the entries for the phrase at tokens from..to it is read as: the most specific kind (the first entry of
 * it) whose case agrees with the text; none if no entry fits. */
function chooseEntry(s: Sentence, norms: string[], res: Resources, from: number, to: number, entries: DictEntry[]): DictEntry | undefined {
  // "1 p.m." is a time of day, not the Prime Minister
  const clock = to - from === 1 && CLOCK.has(norms[from]) && DIGIT_FIRST.test(norms[from - 1] ?? "");
  let best: DictEntry | undefined;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k];
    // (tested only if it would win: the tests are the costly part)
    if (best && RANK[e.kind] >= RANK[best.kind]) continue;
    // a known agreement or event with a head noun is read as a phrase (happeningMentions), so that its compounds
    // and sides count ("a Russia-brokered ceasefire" says who brokered it); only headless names are taken here
    if (!caseAgrees(e, s.tokens, from, to) || (e.kind === "happening" && hasHead(res, norms, from, to)) || (clock && e.kind === "office")) continue;
    best = e;
  }
  return best;
}

/** "UN Secretary-General": the owner's name an office form from..end opens with, as its end and entry; the longest
 * whose case agrees, its most specific owner kind. `path` holds the walk from `from` (its first `depth` nodes). */
function ownerOpening(s: Sentence, path: Trie<DictEntry>[], depth: number, from: number, end: number): [number, DictEntry] | undefined {
  for (let d = depth - 1; d >= 0; d--) {
    const oe = from + d + 1, es = path[d].values;
    if (!es.length || oe >= end || !es.some((x) => OWNER_KINDS.has(x.kind) && caseAgrees(x, s.tokens, from, oe))) continue;
    let o: DictEntry | undefined;
    for (const x of es) if (OWNER_KINDS.has(x.kind) && (!o || RANK[x.kind] < RANK[o.kind])) o = x;
    return [oe, o!];
  }
  return undefined;
}

/** The gazetteer's phrases in a sentence, from the tokens that open any (`opens`, in order) and left to right: a phrase
 * found, the search goes on after it. */
export function dictionaryMentions(s: Sentence, norms: string[], starts: (WordStarts | undefined)[], opens: number[], res: Resources, taken: boolean[]): Mention[] {
  const { notNames } = triesFor(res);
  const dict = res.gazetteer.dictionary;
  const out: Mention[] = [];
  // the trie's nodes along the words from a token, longest phrase last (one buffer for the sentence)
  const path: Trie<DictEntry>[] = [];
  // where the search goes on: after the last phrase found
  let after = 0;
  for (const i of opens) {
    // most tokens start no phrase (their word was looked up once for all the finders): no list is built for them
    const first = starts[i]!.dictionary;
    if (i < after || !first) continue;
    let end = 0;
    let e: DictEntry | undefined;
    const depth = pathAfter(first, norms, i, path);
    // the longest phrase first
    for (let d = depth - 1; d >= 0 && !e; d--) {
      if (!path[d].values.length) continue;
      end = i + d + 1;
      e = chooseEntry(s, norms, res, i, end, path[d].values);
    }
    if (!e) continue;
    // A place or state glued to an unknown capitalised word is part of another name ("Caucasus Watch").
    const next = s.tokens[end];
    // Not after "<office> of (the)": "Deputy Secretary of State of the United States Stephen Biegun" names the state, then a person.
    const ofAt = norms[i - 1] === "the" ? i - 2 : i - 1;
    const afterOffice = norms[ofAt] === "of" && out.at(-1)?.kind === "office" && out.at(-1)!.end === ofAt;
    if ((e.kind === "place" || e.kind === "state") && !afterOffice && !s.titleCase && isCap(next) && !NOT_NAME_POS.has(next.pos) && !hasMatchAt(dict, norms, end) && !notNames.has(next.text)) {
      after = end;
      continue;
    }
    // A surname the gazetteer knows after a first name it does not list: "Sregey Lavrov" (a slip), "Heydar Aliyev"
    // (another person): the whole name is the mention, and resolution decides who it is.
    let from = i;
    const prevTok = s.tokens[i - 1];
    if (e.kind === "person" && end - i === 1 && isCap(prevTok) && !taken[i - 1] && prevTok.pos === "PROPN" && !notNames.has(prevTok.text)) {
      const p = res.gazetteer.people.get(e.ref!);
      const firsts = p ? [p.name, ...p.aliases].filter((a) => a.includes(" ")).map((a) => a.split(/\s+/)[0]) : [];
      from = i - 1;
      if (!firsts.some((f) => sameNameWord(f, prevTok.text))) {
        out.push(mention({ sentence: s.index, start: from, end, text: textOf(s, from, end), kind: "person", body: "candidate" }));
        for (let k = from; k < end; k++) taken[k] = true;
        after = end;
        continue;
      }
    }
    // "UN Secretary-General", "US Secretary of State": an office form that opens with an organisation's or a
    // state's name is that owner and its office, so the title is credited to the owner.
    const owner = e.kind === "office" ? ownerOpening(s, path, depth, from, end) : undefined;
    if (owner) {
      const [oe, o] = owner;
      out.push(mention({ sentence: s.index, start: from, end: oe, text: textOf(s, from, oe), kind: o.kind, ref: o.ref, state: o.state }));
      from = oe;
    }
    // A gazetteer person's usual office is not a title the text gives: only the text's own titles make REPRESENTS.
    const own = e.kind === "person" ? undefined : e;
    out.push(mention({ sentence: s.index, start: from, end, text: textOf(s, from, end), kind: e.kind, ref: e.ref, body: e.body, state: own?.state, title: own?.title }));
    for (let k = Math.min(i, from); k < end; k++) taken[k] = true;
    after = end;
  }
  return out;
}

const hasHead = (res: Resources, norms: string[], from: number, to: number): boolean => {
  const { heads } = triesFor(res);
  // (loops, not a closure made per token)
  for (let k = from; k < to; k++) {
    const hits = matchesAt(heads, norms, k);
    for (let h = 0; h < hits.length; h++) if (hits[h][0] <= to) return true;
  }
  return false;
};
