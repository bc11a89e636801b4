// Names no dictionary holds, read from their form: a person after a title, an organisation by its head word or acronym,
// a media outlet, otherwise a candidate name for resolution to keep or drop.
import { mention, type Mention, type Sentence, type Token } from "../../document.ts";
import type { Resources } from "../../resources.ts";
import { triesFor } from "./lexicon-index.ts";
import { isCap, textOf } from "./spans.ts";
import { titleEndingAt } from "./titles.ts";

const isAcronym = (t: Token | undefined) => !!t && /^[A-Z]{2,6}$/.test(t.text);
/** Tags a word of an unknown name may have. */
const NAME_POS = new Set(["PROPN", "NOUN", "ADJ", "X", "VERB"]);
/** Words that join the parts of an organisation's name: "Organization for Security and Cooperation in Europe". */
const NAME_JOINS = new Set(["of", "for", "and", "in", "on"]);
/** Words after a name that say it is a newspaper's. */
const PAPER_WORDS = new Set(["daily", "newspaper", "weekly"]);
/** Words before a name that say it is where something happened. */
const VENUE_WORDS = new Set(["in", "at", "near", "outside"]);
/** Kinds of mention whose possessive introduces a person: "the UN's Cihan Sultanoglu", "Russia's Lavrov". */
const POSSESSOR_KINDS = new Set<Mention["kind"]>(["organisation", "body", "state", "capital", "seat"]);
/** Kinds of mention glued to the front of an organisation's name: "Baltic Fisheries Organization". */
const GLUED_KINDS = new Set<Mention["kind"]>(["adjective", "place", "state"]);

const NAME_LETTERS = /^[\p{L}.'-]+$/u;
/** Letters, full stops, apostrophes and hyphens only (NAME_LETTERS): ASCII by char code, others by Unicode class. */
function nameLetters(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return NAME_LETTERS.test(text);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2e || c === 0x27 || c === 0x2d)) return false;
  }
  return text.length > 0;
}

/** Unknown capitalised runs: a person after a title, an organisation by its head word or acronym, a media outlet. */
export function nameMentions(s: Sentence, norms: string[], res: Resources, taken: boolean[], mentions: Mention[]): Mention[] {
  const d = triesFor(res);
  const out: Mention[] = [];
  const toks = s.tokens;
  const dated: boolean[] = [];
  if (s.dates) for (const x of s.dates) for (let k = x.start; k < x.end; k++) dated[k] = true;
  // Per token: a word a name can be made of (free, capitalised, letters only, not a known non-name, a noun-like tag).
  // Read once before the scan: the scan only marks tokens taken behind it. The scan visits those words only.
  const nameTok: boolean[] = [];
  const nameToks: number[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    const ok = !taken[k] && !dated[k] && isCap(t) && nameLetters(t.text) && !d.notNames.has(t.text) && NAME_POS.has(t.pos);
    nameTok.push(ok);
    if (ok) nameToks.push(k);
  }
  // (a name found, the scan goes on after it)
  let after = 0;
  for (const i of nameToks) {
    if (i < after) continue;
    let end = i;
    while (end < toks.length && (nameTok[end] || (toks[end]?.text === "-" && nameTok[end + 1] && end > i))) end++;
    // "Organization for Security and Cooperation in Europe": extend over "of/for/and/in + Capitalised".
    const orgShaped = d.organisationHeads.has(toks[end - 1].norm);
    while (NAME_JOINS.has(toks[end]?.norm) && nameTok[end + 1] && d.organisationHeads.has(toks[end - 1].norm)) {
      end += 2;
      while (end < toks.length && nameTok[end]) end++;
    }
    const prev = titleEndingAt(mentions, norms, i);
    const prevTok = toks[i - 1];
    const counterpart = prevTok && d.counterpart.has(prevTok.norm);
    const last = toks[end - 1].norm;
    const acronym = toks[end]?.text === "(" && isAcronym(toks[end + 1]) && toks[end + 2]?.text === ")";
    const media = (prevTok && d.mediaCues.has(prevTok.norm)) || (toks[end] && PAPER_WORDS.has(toks[end].norm) && !taken[end]);
    const text = textOf(s, i, end);
    // "the Presidential Working Office": a title before a name shaped like an organisation is not a person's title
    if ((prev || counterpart) && orgShaped && !acronym) {
      for (let k = i; k < end; k++) taken[k] = true;
      after = end;
      continue;
    }
    if (prev || counterpart) {
      // A person is at most four words after the title ("Deputy Foreign Minister Andrei Rudenko").
      const pe = Math.min(end, i + 4);
      out.push(mention({ sentence: s.index, start: i, end: pe, text: textOf(s, i, pe), kind: "person" }));
    } else if (d.organisationHeads.has(last) && end - i >= 2 && !s.titleCase) {
      // "Baltic Fisheries Organization": a place or adjective glued to the front is part of the name.
      const glued = mentions.find((m) => m.end === i && GLUED_KINDS.has(m.kind));
      const from = glued ? glued.start : i;
      if (glued) glued.kind = "absorbed";
      out.push(mention({ sentence: s.index, start: from, end, text: textOf(s, from, end), kind: "organisation", title: acronym ? toks[end + 1].text : undefined }));
    } else if (acronym && end - i >= 2) {
      out.push(mention({ sentence: s.index, start: i, end, text, kind: "organisation", title: toks[end + 1].text }));
    } else if (media && end - i <= 3) {
      out.push(mention({ sentence: s.index, start: i, end, text, kind: "organisation", body: "media" }));
    } else if (!s.titleCase && end - i <= 3 && (i > 0 || end - i >= 2 || toks[i].pos === "PROPN")) {
      // Otherwise a candidate name: resolution keeps it only if it is someone the article or the gazetteer knows.
      // "the UN's Cihan Sultanoglu", "Russia's Lavrov": a name someone's possessive introduces is a person
      const owner = norms[i - 1] === "'s" && mentions.some((m) => m.end === i - 1 && POSSESSOR_KINDS.has(m.kind));
      // "in Ohrid", "OHRID, North Macedonia --": a name after "in" or opening a dateline is where, not who
      const where = VENUE_WORDS.has(norms[i - 1] ?? "") || (i === 0 && /^(,|- -|—|–)/.test(toks.slice(end, end + 2).map((t) => t.text).join(" ")));
      out.push(mention({ sentence: s.index, start: i, end, text, kind: "person", venue: where && !owner, body: owner ? undefined : "candidate" }));
    }
    for (let k = i; k < end; k++) taken[k] = true;
    after = end;
  }
  return out;
}
