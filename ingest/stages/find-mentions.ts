// Stage: spans of each sentence that name or point at something: gazetteer phrases, names after titles, organisations
// by their form, agreements and events by their head noun, "the parties", pronouns.
import type { Doc, Mention } from "../document.ts";
import { longestAfter } from "../gazetteer/phrase-dictionary.ts";
import type { Resources } from "../resources.ts";
import { dropCredits } from "./find-mentions/credits.ts";
import { DATELINE_KINDS, dateline } from "./find-mentions/datelines.ts";
import { dictionaryMentions } from "./find-mentions/dictionary.ts";
import { happeningMentions } from "./find-mentions/happenings.ts";
import { startsOf } from "./find-mentions/lexicon-index.ts";
import { extendOffices, splitOffices } from "./find-mentions/offices.ts";
import { pointerMentions } from "./find-mentions/pointers.ts";
import { attachTitles } from "./find-mentions/titles.ts";
import { nameMentions } from "./find-mentions/unknown-names.ts";

export function findMentions(doc: Doc, res: Resources): Doc {
  const mentions: Mention[] = [];
  for (const s of doc.sentences) {
    const norms = s.norms;
    const opensParagraph = s.index === 0 || doc.sentences[s.index - 1].paragraph !== s.paragraph;
    const taken = new Array<boolean>(s.tokens.length).fill(false);
    const { at: starts, opens } = startsOf(res, norms);
    const dict = dictionaryMentions(s, norms, starts, opens, res, taken);
    const offices = splitOffices(s, norms, res, dict, taken);
    // (lists that are mostly empty are joined only when they are not)
    const found = offices.length ? dict.concat(offices) : dict;
    extendOffices(s, norms, res, found, taken);
    // "prisoners of war", "war crimes": set phrases whose head noun names no happening
    for (const i of opens) {
      // (most words open none: no call for them)
      const first = starts[i]!.notHappening;
      const hit = first && longestAfter(first, norms, i);
      if (hit) for (let k = i; k < hit[0]; k++) taken[k] = true;
    }
    const known: Mention[] = [], knownHappenings: Mention[] = [];
    for (const m of found) if (m.kind === "happening") knownHappenings.push(m); else if (m.kind !== "absorbed") known.push(m);
    const pointers = pointerMentions(s, norms, starts, opens, res, taken, known);
    const happenings = happeningMentions(s, norms, starts, opens, res, taken, pointers.length ? known.concat(pointers) : known);
    const names = nameMentions(s, norms, res, taken, known);
    dropCredits(s, norms, res, known);
    dropCredits(s, norms, res, names);
    const all: Mention[] = [];
    // (list by list: no array of the lists made per sentence)
    keepLive(known, all);
    keepLive(pointers, all);
    keepLive(happenings, all);
    keepLive(knownHappenings, all);
    keepLive(names, all);
    inTextOrder(all);
    attachTitles(s, norms, res, all);
    // Venues: a capital or place after "in"/"at" is where something happened, not who acted.
    for (const m of all) {
      // (the word before is read for capitals only)
      const prev = m.kind === "capital" ? s.tokens[m.start - 1]?.norm : undefined;
      if ((prev === "in" || prev === "at") && s.tokens[m.end]?.norm !== "'s") m.venue = true;
      // a dateline is no part of what the article reports (like a byline): neither an actor nor a place it is about
      // (a name nobody knows opening one too: "TARVOSK, Peru --")
      if (m.start === 0 && (DATELINE_KINDS.has(m.kind) || (m.kind === "person" && m.venue)) && dateline(s, m, opensParagraph)) {
        m.kind = "absorbed";
        // "OHRID, North Macedonia --": the country only says which Ohrid
        const country = norms[m.end] === "," ? all.find((x) => x.start === m.end + 1 && (x.kind === "state" || x.kind === "place")) : undefined;
        if (country && /^(,|\(|-|--|—|–)$/.test(s.tokens[country.end]?.text ?? "")) country.kind = "absorbed";
      }
    }
    for (const m of all) if (m.kind !== "absorbed") mentions.push(m);
  }
  return { ...doc, mentions };
}

/** Sorts mentions into text order, the longest first where two start together. By insertion: a sentence has a few,
 * mostly in order already, and Array#sort's set-up cost more than the sorting (~5% of the stage). Stable, as
 * Array#sort is. */
function inTextOrder(all: Mention[]): void {
  for (let n = 1; n < all.length; n++) {
    const m = all[n];
    let k = n - 1;
    for (; k >= 0 && (all[k].start > m.start || (all[k].start === m.start && all[k].end < m.end)); k--) all[k + 1] = all[k];
    all[k + 1] = m;
  }
}

/** Adds to `out` the mentions of `list` not absorbed into another. */
function keepLive(list: Mention[], out: Mention[]): void {
  for (let n = 0; n < list.length; n++) if (list[n].kind !== "absorbed") out.push(list[n]);
}
