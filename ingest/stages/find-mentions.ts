// Stage: spans of each sentence that name or point at something: gazetteer phrases, names after titles, organisations
// by their form, agreements and events by their head noun, "the parties", pronouns.
import type { Doc, Mention } from "../document.ts";
import { longestAt } from "../gazetteer/phrase-dictionary.ts";
import type { Resources } from "../resources.ts";
import { dropCredits } from "./find-mentions/credits.ts";
import { DATELINE_KINDS, dateline } from "./find-mentions/datelines.ts";
import { dictionaryMentions } from "./find-mentions/dictionary.ts";
import { happeningMentions } from "./find-mentions/happenings.ts";
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
    const dict = dictionaryMentions(s, norms, res, taken);
    const offices = splitOffices(s, norms, res, dict, taken);
    extendOffices(s, norms, res, dict.concat(offices), taken);
    // "prisoners of war", "war crimes": set phrases whose head noun names no happening
    for (let i = 0; i < norms.length; i++) {
      const hit = longestAt(res.gazetteer.nameParts.notHappenings, norms, i);
      if (hit) for (let k = i; k < hit[0]; k++) taken[k] = true;
    }
    const known = dict.concat(offices).filter((m) => m.kind !== "absorbed");
    const known2 = known.filter((m) => m.kind !== "happening");
    const pointers = pointerMentions(s, norms, res, taken, known2);
    const happenings = happeningMentions(s, norms, res, taken, known2.concat(pointers)).concat(known.filter((m) => m.kind === "happening"));
    const names = nameMentions(s, norms, res, taken, known2);
    dropCredits(s, norms, res, known2.concat(names));
    const all = known2.concat(pointers, happenings, names).filter((m) => m.kind !== "absorbed").sort((a, b) => a.start - b.start || b.end - a.end);
    attachTitles(s, norms, res, all);
    // Venues: a capital or place after "in"/"at" is where something happened, not who acted.
    for (const m of all) {
      const prev = s.tokens[m.start - 1]?.norm;
      if ((m.kind === "capital") && (prev === "in" || prev === "at") && s.tokens[m.end]?.norm !== "'s") m.venue = true;
      // a dateline is no part of what the article reports (like a byline): neither an actor nor a place it is about
      // (a name nobody knows opening one too: "TARVOSK, Peru --")
      if (m.start === 0 && (DATELINE_KINDS.has(m.kind) || (m.kind === "person" && m.venue)) && dateline(s, m, opensParagraph)) {
        m.kind = "absorbed";
        // "OHRID, North Macedonia --": the country only says which Ohrid
        const country = norms[m.end] === "," ? all.find((x) => x.start === m.end + 1 && (x.kind === "state" || x.kind === "place")) : undefined;
        if (country && /^(,|\(|-|--|—|–)$/.test(s.tokens[country.end]?.text ?? "")) country.kind = "absorbed";
      }
    }
    mentions.push(...all.filter((m) => m.kind !== "absorbed"));
  }
  return { ...doc, mentions };
}
