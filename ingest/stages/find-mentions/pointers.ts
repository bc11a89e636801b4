// Pointers: "the parties", "both sides", "the Armenian side", groups taken up by number ("the two men"), and pronouns
// for a person or a quote's speaker.
import { mention, type Mention, type Sentence } from "../../document.ts";
import { longestAfter, longestAt } from "../../gazetteer/phrase-dictionary.ts";
import type { Resources } from "../../resources.ts";
import { GROUP_DETERMINERS, triesFor, type WordStarts } from "./lexicon-index.ts";
import { textOf } from "./spans.ts";

/** "the two men", "both ministers", "all three leaders": persons the article has just named, taken up by number. Not
 * "the two leaders of X and Y", which names them after. */
function groupAt(norms: string[], i: number, res: Resources): { end: number; count: number; office: string } | undefined {
  const counts = res.lexicon.descriptors.groupCounts;
  const at = norms[i] === "both" ? i + 1 : GROUP_DETERMINERS.has(norms[i]) && counts[norms[i + 1]] && norms[i + 1] !== "both" ? i + 2 : -1;
  if (at < 0) return undefined;
  const hit = longestAt(triesFor(res).groups, norms, at);
  if (!hit || norms[hit[0]] === "of") return undefined;
  return { end: hit[0], count: counts[norms[at - 1]], office: hit[1][0] };
}

/** "the parties", "both sides"; "the Armenian side"; pronouns that stand for a person or for a quote's speaker. */
export function pointerMentions(s: Sentence, norms: string[], starts: (WordStarts | undefined)[], opens: number[], res: Resources, taken: boolean[], mentions: Mention[]): Mention[] {
  const { stateNouns } = triesFor(res);
  const out: Mention[] = [];
  // (only the words that open anything: most words open none of them; a pointer found, the search goes on after it)
  let after = 0;
  for (const i of opens) {
    if (i < after) continue;
    const w = starts[i]!;
    const hit = longestAfter(w.side, norms, i);
    if (hit && !taken[i]) {
      out.push(mention({ sentence: s.index, start: i, end: hit[0], text: textOf(s, i, hit[0]), kind: "side" }));
      after = hit[0];
      continue;
    }
    const g = w.group && !taken[i] ? groupAt(norms, i, res) : undefined;
    if (g) {
      out.push(mention({ sentence: s.index, start: i, end: g.end, text: textOf(s, i, g.end), kind: "group", title: g.office, count: g.count }));
      after = g.end;
      continue;
    }
    const p = w.pronoun;
    if (p && !taken[i] && (p === "person" || s.quoted[i])) out.push(mention({ sentence: s.index, start: i, end: i + 1, text: s.tokens[i].text, kind: "pronoun", title: p }));
  }
  // "the Armenian side", "Azerbaijani authorities", "Qatari and Egyptian negotiators": an adjective with a state
  // noun is the state acting.
  // (most sentences have none: no list is made for them)
  let adjectives: Mention[] | undefined;
  for (const m of mentions) if (m.kind === "adjective" || m.kind === "capital") (adjectives ??= []).push(m);
  if (!adjectives) return out;
  adjectives.sort((a, b) => b.start - a.start);
  const acting = new Set<Mention>();
  for (const m of adjectives) {
    const next = norms[m.end];
    const nextAdj = adjectives.find((x) => x.start === m.end + 1 && (next === "and" || next === ",") && acting.has(x));
    if ((next && stateNouns.has(next)) || nextAdj) acting.add(m);
    if (next && stateNouns.has(next)) {
      m.end += 1;
      taken[m.end - 1] = true;
    }
  }
  for (const m of acting) {
    m.kind = "state";
    m.text = textOf(s, m.start, m.end);
  }
  return out;
}
