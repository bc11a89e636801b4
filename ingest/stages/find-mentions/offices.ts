// Office titles longer or broken up beyond their dictionary form: "top Russian diplomat", "Acting Assistant Secretary
// of State for Europe and Eurasia".
import { mention, type Mention, type Sentence } from "../../document.ts";
import { longestAt, matchesAt } from "../../gazetteer/phrase-dictionary.ts";
import type { Resources } from "../../resources.ts";
import { triesFor } from "./lexicon-index.ts";
import { isCap, textOf } from "./spans.ts";

/** "top Russian diplomat": an office whose words a state's adjective interrupts. */
export function splitOffices(s: Sentence, norms: string[], res: Resources, mentions: Mention[], taken: boolean[]): Mention[] {
  const out: Mention[] = [];
  for (const adj of mentions) {
    if (adj.kind !== "adjective") continue;
    const before = adj.start - 1;
    if (before < 0 || taken[before]) continue;
    const seq = [norms[before], ...norms.slice(adj.end)];
    const hit = matchesAt(res.gazetteer.dictionary, seq, 0).find(([end, es]) => end > 1 && es.some((e) => e.kind === "office"));
    if (!hit) continue;
    const office = hit[1].find((e) => e.kind === "office")!;
    const end = adj.end + hit[0] - 1;
    out.push(mention({ sentence: s.index, start: before, end, text: textOf(s, before, end), kind: "office", title: office.title, body: office.body, state: adj.state }));
    taken[before] = true;
    for (let k = adj.end; k < end; k++) taken[k] = true;
  }
  return out;
}

/** Kinds of known mention a title's "for ..." may hold: "for Europe and Eurasia", "for the South Caucasus". */
const PORTFOLIO_KINDS = new Set<Mention["kind"]>(["place", "state", "capital", "seat", "adjective", "organisation"]);

/** An office title is longer than its dictionary form: "Acting Assistant Secretary of State for Europe and Eurasia",
 * "Special Envoy for the Horn of Africa", "Special Representative for the Belgrade-Pristina Dialogue". What follows
 * "for" is the office's brief, not a place or an actor of the sentence: its mentions are absorbed into the title. */
export function extendOffices(s: Sentence, norms: string[], res: Resources, mentions: Mention[], taken: boolean[]): void {
  const { officePrefixes, portfolioWords } = res.gazetteer.nameParts;
  const toks = s.tokens;
  for (const m of mentions) {
    if (m.kind !== "office") continue;
    if (m.start > 0 && !taken[m.start - 1] && officePrefixes.has(norms[m.start - 1]) && isCap(toks[m.start - 1]) === isCap(toks[m.start])) {
      m.start -= 1;
      m.text = textOf(s, m.start, m.end);
      taken[m.start] = true;
    }
    if (norms[m.end] !== "for") continue;
    let k = m.end + 1;
    let good = -1;
    const inside: Mention[] = [];
    for (let guard = 0; guard < 12 && k < toks.length; guard++) {
      if (norms[k] === "the" || norms[k] === "and" || norms[k] === "of" || toks[k].text === "-") { k++; continue; }
      const known = mentions.find((x) => x.start === k && x !== m);
      // an adjective only before a word of a brief ("African Affairs"), not "for Ukraine and Russian President X"
      if (known && PORTFOLIO_KINDS.has(known.kind) && (known.kind !== "adjective" || portfolioWords.has(norms[known.end] ?? ""))) { inside.push(known); k = known.end; good = k; continue; }
      // a capitalised word of a brief ("African Affairs")
      if (!known && isCap(toks[k]) && portfolioWords.has(norms[k])) { k++; good = k; continue; }
      // ...and a capitalised word before one ("Political Affairs", "Consular Affairs")
      if (!known && isCap(toks[k]) && isCap(toks[k + 1]) && portfolioWords.has(norms[k + 1] ?? "")) { k += 2; good = k; continue; }
      // a place the dictionary knows but that was not taken as one, being glued to the name after the title
      const place = known ? undefined : matchesAt(res.gazetteer.dictionary, norms, k).filter(([, es]) => es.some((e) => e.kind === "place" || e.kind === "state")).at(-1);
      if (place && isCap(toks[k])) { k = good = place[0]; continue; }
      break;
    }
    // "the minister for Armenia's ..." is not a brief; "Special Representative for the Belgrade-Pristina Dialogue" names
    // the dialogue, which stays a happening of its own
    if (good < 0 || norms[good] === "'s" || longestAt(triesFor(res).heads, norms, good)) continue;
    m.end = good;
    m.text = textOf(s, m.start, m.end);
    for (const x of inside) x.kind = "absorbed";
    for (let j = m.start; j < m.end; j++) taken[j] = true;
  }
}
