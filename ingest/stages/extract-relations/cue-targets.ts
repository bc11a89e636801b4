// Targets a cue finds beyond its slots: the organisation before it, the clause after it, the nearest happening.
import type { Mention, Sentence } from "../../document.ts";
import { labelOf, normsOf, type Ctx } from "./context.ts";
import type { Match } from "./cue-matcher.ts";

/** The organisation a phrase before token k is about: its head, not the body that completes its name ("the Minsk
 * Group of the OSCE, co-chaired by ..." is about the Minsk Group; "(OSCE)" repeats the name before it). */
export function orgBefore(ctx: Ctx, k: number): string[] | undefined {
  const norms = normsOf(ctx);
  const orgs = ctx.ms.filter((x) => x.end <= k && x.entity && labelOf(ctx, x.entity[0]) === "Organisation").sort((a, b) => a.start - b.start);
  let n = orgs.length - 1;
  while (n > 0) {
    const [prev, cur] = [orgs[n - 1], orgs[n]];
    const between = norms.slice(prev.end, cur.start).join(" ");
    if (prev.end <= cur.start && (between === "of" || between === "of the" || between === "(")) n--;
    else if (prev.end > cur.start) n--; // a name inside a longer one
    else break;
  }
  return orgs[n]?.entity;
}

const CLAUSE_STOPS = new Set([";", ".", "”", "\""]);
/** The clause after a match, as the text of a demand or an accusation: "to immediately cease fire". */
export function restOf(s: Sentence, from: number): string | undefined {
  const toks = s.tokens;
  let end = from;
  while (end < toks.length && end - from < 20 && !CLAUSE_STOPS.has(toks[end].text) && !(toks[end].text === "," && end - from > 3)) end++;
  if (end <= from) return undefined;
  const text = s.text.slice(toks[from].start, toks[end - 1].end).replace(/^(to|of|for|that)\s+/i, "").replace(/^[“"]/, "").trim();
  return text || undefined;
}

export function nearestHappening(ctx: Ctx, m: Match, preferLeft: boolean): string[] | undefined {
  // the nearest agreement or event, even one left unnamed: then nothing is the target, rather than a farther one
  // (not one inside the match: "mediated by the Envoy for the Belgrade-Pristina Dialogue, X" names it in a title)
  const hs = ctx.ms.filter((x) => x.kind === "happening" && (x.entity || x.happening?.label === "Agreement") && !(x.start > m.start && x.start < m.end));
  if (!hs.length) return undefined;
  return hs.sort((a, b) => distance(a, m, preferLeft) - distance(b, m, preferLeft))[0].entity;
}

/** How far a happening is from a match: a phrase that holds it is nearest ("the deal mediated by X"); at equal
 * distance, the side preferred. */
function distance(x: Mention, m: Match, preferLeft: boolean): number {
  if (x.start <= m.start && x.end > m.start) return 0;
  return x.end <= m.start ? m.start - x.end + (preferLeft ? 0 : 0.5) : x.start - m.end + (preferLeft ? 0.5 : 0);
}
