// Dictionary mentions: the gazetteer's phrases found in a sentence, the most specific kind winning, their case agreeing
// with the text, an office split from the owner that opens it.
import { mention, type Mention, type Sentence, type Token } from "../../document.ts";
import type { DictEntry } from "../../gazetteer/load-gazetteer.ts";
import { matchesAt } from "../../gazetteer/phrase-dictionary.ts";
import { sameNameWord } from "../../names.ts";
import type { Resources } from "../../resources.ts";
import { triesFor } from "./lexicon-index.ts";
import { isCap, textOf } from "./spans.ts";

/** When two dictionary entries cover the same span, the more specific kind wins. */
const PRIORITY: DictEntry["kind"][] = ["body", "organisation", "person", "happening", "place", "state", "capital", "seat", "office", "adjective"];
/** Clock words after a number ("10.30 a.m.", "1 pm"). */
const CLOCK = new Set(["a.m.", "p.m.", "am", "pm"]);
/** Tags of the word after a place or state that cannot be the rest of a longer name. */
const NOT_NAME_POS = new Set(["ADP", "DET", "CCONJ", "SCONJ", "PUNCT", "PRON"]);

/** The case of a dictionary form: a short all-capitals form ("US", "UN"), a capitalised one ("Chad"). Read once per entry. */
const formCases = new WeakMap<DictEntry, { capitals: boolean; capitalised: boolean }>();
function formCase(e: DictEntry): { capitals: boolean; capitalised: boolean } {
  let c = formCases.get(e);
  if (!c) {
    const letters = e.form.replace(/[^\p{L}]/gu, "");
    c = { capitals: letters.length <= 5 && letters === letters.toUpperCase(), capitalised: /^\p{Lu}/u.test(e.form.replace(/^(the|a)\s+/i, "")) };
    formCases.set(e, c);
  }
  return c;
}

/** The case of a dictionary form must agree with the text (tokens from..to): "US" is not "us", "Chad" is not "chad". */
export function caseAgrees(e: DictEntry, toks: Token[], from: number, to: number): boolean {
  if (e.kind === "office") return true;
  const c = formCase(e);
  if (c.capitals) {
    for (let k = from; k < to; k++) if (/\p{Ll}/u.test(toks[k].text)) return false;
    return true;
  }
  if (!c.capitalised) return true;
  const firstTok = /^(the|a)$/i.test(toks[from].text) && to - from > 1 ? toks[from + 1] : toks[from];
  return /^[\p{Lu}\d]/u.test(firstTok.text);
}

export function dictionaryMentions(s: Sentence, norms: string[], res: Resources, taken: boolean[]): Mention[] {
  const { notNames } = triesFor(res);
  const out: Mention[] = [];
  for (let i = 0; i < norms.length; ) {
    let chosen: [number, DictEntry] | undefined;
    for (const [end, entries] of matchesAt(res.gazetteer.dictionary, norms, i)) {
      // a known agreement or event with a head noun is read as a phrase (happeningMentions), so that its compounds
      // and sides count ("a Russia-brokered ceasefire" says who brokered it); only headless names are taken here
      // "1 p.m." is a time of day, not the Prime Minister
      const clock = end - i === 1 && /^\d/.test(norms[i - 1] ?? "") && CLOCK.has(norms[i]);
      const ok = entries.filter((e) => caseAgrees(e, s.tokens, i, end) && !(e.kind === "happening" && hasHead(res, norms, i, end)) && !(clock && e.kind === "office"));
      if (!ok.length) continue;
      ok.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
      chosen = [end, ok[0]];
      break;
    }
    if (!chosen) {
      i++;
      continue;
    }
    const [end, e] = chosen;
    // A place or state glued to an unknown capitalised word is part of another name ("Caucasus Watch").
    const next = s.tokens[end];
    // Not after "<office> of (the)": "Deputy Secretary of State of the United States Stephen Biegun" names the state, then a person.
    const ofAt = norms[i - 1] === "the" ? i - 2 : i - 1;
    const afterOffice = norms[ofAt] === "of" && out.at(-1)?.kind === "office" && out.at(-1)!.end === ofAt;
    if ((e.kind === "place" || e.kind === "state") && !afterOffice && !s.titleCase && isCap(next) && !NOT_NAME_POS.has(next.pos) && !matchesAt(res.gazetteer.dictionary, norms, end).length && !notNames.has(next.text)) {
      i = end;
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
        i = end;
        continue;
      }
    }
    // "UN Secretary-General", "US Secretary of State": an office form that opens with an organisation's or a
    // state's name is that owner and its office, so the title is credited to the owner.
    if (e.kind === "office") {
      const OWNER = ["organisation", "state", "adjective", "capital", "seat"];
      const owner = matchesAt(res.gazetteer.dictionary, norms, from).find(([oe, es]) => oe < end && es.some((x) => OWNER.includes(x.kind) && caseAgrees(x, s.tokens, from, oe)));
      if (owner) {
        const oe = owner[0];
        const o = owner[1].filter((x) => OWNER.includes(x.kind)).sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind))[0];
        out.push(mention({ sentence: s.index, start: from, end: oe, text: textOf(s, from, oe), kind: o.kind, ref: o.ref, state: o.state }));
        from = oe;
      }
    }
    // A gazetteer person's usual office is not a title the text gives: only the text's own titles make REPRESENTS.
    const own = e.kind === "person" ? {} : { state: e.state, title: e.title };
    out.push(mention({ sentence: s.index, start: from, end, text: textOf(s, from, end), kind: e.kind, ref: e.ref, body: e.body, ...own }));
    for (let k = Math.min(i, from); k < end; k++) taken[k] = true;
    i = end;
  }
  return out;
}

const hasHead = (res: Resources, norms: string[], from: number, to: number): boolean => {
  const { heads } = triesFor(res);
  for (let k = from; k < to; k++) if (matchesAt(heads, norms, k).some(([e]) => e <= to)) return true;
  return false;
};
