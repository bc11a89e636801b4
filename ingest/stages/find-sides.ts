// Stage: the two sides of the conflict an article is about (as entity ids), so "the parties" and "both sides" can resolve to them.
//
// Why counting pairs: reports name the sides together again and again ("Armenia and Azerbaijan", "Armenian-Azerbaijani",
// "between Baku and Yerevan"); the pair named together most often is the conflict the article is about.
import type { Doc, Mention, Token } from "../document.ts";
import type { Resources } from "../resources.ts";
import { entityId } from "../entity-ids.ts";

const STATEISH = new Set(["state", "capital", "seat", "adjective"]);
/** What joins the actors of a list. */
const LIST_GLUE = new Set([",", "and", ", and", "and the", ", the", ", and the"]);

/** The entity id a side will have: states by id, known organisations by theirs ("the army and the RSF" are sides too). */
function sideKey(m: Mention, res: Resources): string | undefined {
  if (m.venue) return undefined;
  if (STATEISH.has(m.kind) && m.state) return entityId("State", m.state);
  if (m.kind === "organisation" && m.ref) return entityId("Organisation", m.ref);
  if (m.kind === "body" && m.state && m.body) return entityId("Organisation", res.gazetteer.bodyOrganisations.get(`${m.state}|${m.body}`) ?? `${m.state}-${m.body}`);
  return undefined;
}

/** What joins the two sides of a pair: "Armenia and Azerbaijan", "Armenian-Azerbaijani", "Azerbaijan to Armenia". */
const PAIR_GLUE = new Set(["and", "-", "and the", "to", "with", "or"]);

/** The norms of tokens `from..to` joined by spaces, for gaps of at most two tokens (the only ones asked about). */
function gapText(toks: Token[], from: number, to: number): string {
  if (to - from === 1) return toks[from].norm;
  if (to - from === 2) return `${toks[from].norm} ${toks[from + 1].norm}`;
  return to - from === 0 ? "" : toks.slice(from, to).map((t) => t.norm).join(" ");
}

/** One more (weight `w`) for the pair of sides a and b, in either order. */
function countPair(pairs: Map<string, number>, a: string, b: string, w: number): void {
  if (a === b) return;
  const k = a < b ? `${a}|${b}` : `${b}|${a}`;
  pairs.set(k, (pairs.get(k) ?? 0) + w);
}

/** The pairs a sentence names together (its `actors` in order, with their side keys). */
function countSentencePairs(pairs: Map<string, number>, toks: Token[], actors: Mention[], keys: string[]): void {
  // mediators come after "by" ("facilitated by Saudi Arabia and the United States", "co-chaired by the EU, the UN and
  // the OSCE"): every actor of a list that opens after "by" is one, not a side
  let byList = false;
  for (let i = 0; i + 1 < actors.length; i++) {
    const a = actors[i], b = actors[i + 1];
    const afterBy = toks[a.start - 1]?.norm === "by" || toks[a.start - 2]?.norm === "by";
    // (whether this actor continues the list is asked only when a list after "by" is open)
    byList = afterBy || (byList && listed(toks, actors[i - 1], a));
    // "Armenia and Azerbaijan", "Armenian-Azerbaijani", "Baku and Yerevan", "Azerbaijan to Armenia": at most two
    // words between them (most pairs are further apart, and need no joining)
    if (b.start - a.end > 2 || byList) continue;
    const weight = toks[a.start - 1]?.norm === "between" || toks[a.start - 2]?.norm === "between" ? 3 : 2;
    if (PAIR_GLUE.has(gapText(toks, a.end, b.start))) countPair(pairs, keys[i], keys[i + 1], weight);
  }
}

/** Actor `a` follows `prev` in a list ("X, Y", "X and the Y"). */
function listed(toks: Token[], prev: Mention | undefined, a: Mention): boolean {
  return prev !== undefined && prev.end <= a.start && a.start - prev.end <= 2 && LIST_GLUE.has(gapText(toks, prev.end, a.start));
}

export function findSides(doc: Doc, res: Resources): Doc {
  const pairs = new Map<string, number>();
  // each sentence's actors that may be sides, in order, and their side keys
  const actors: Mention[][] = [], keys: string[][] = [];
  for (const m of doc.mentions) {
    if (m.happening && m.happening.parties.length === 2) countPair(pairs, entityId("State", m.happening.parties[0]), entityId("State", m.happening.parties[1]), 2);
    const key = sideKey(m, res);
    if (!key) continue;
    if (actors[m.sentence]) {
      actors[m.sentence].push(m);
      keys[m.sentence].push(key);
    } else {
      actors[m.sentence] = [m];
      keys[m.sentence] = [key];
    }
  }
  for (let si = 0; si < actors.length; si++) if (actors[si]?.length > 1) countSentencePairs(pairs, doc.sentences[si].tokens, actors[si], keys[si]);
  // the pair named together most often (of equal ones, the first by key)
  let best: [string, number] | undefined;
  for (const p of pairs) if (!best || p[1] > best[1] || (p[1] === best[1] && p[0] < best[0])) best = p;
  return { ...doc, sides: best && best[1] >= 2 ? best[0].split("|") : [] };
}
