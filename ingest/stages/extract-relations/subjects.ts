// Subjects: the actors a cue's sentence says act, before it in the clause or after a fronted phrase, not those a
// preposition governs.
import type { Mention } from "../../document.ts";
import { GROUP_GLUE, actorGroup } from "./actor-groups.ts";
import { isActor, normsOf, type Ctx } from "./context.ts";

/** Words that end a clause: a subject is not looked for beyond them. */
export const CLAUSE_END = new Set([";", "but", "while", "whereas", "although", "though"]);

const PREPOSITIONS = new Set(["with", "to", "of", "from", "between", "for", "against", "on", "in", "at", "into", "toward", "towards", "among", "over", "about", "like", "than", "outside", "inside", "near", "behind", "before", "after", "during", "under", "via", "through", "across", "beyond", "within", "without", "including"]);

const COUNTERPARTS = new Set(["counterpart", "colleague", "colleagues", "counterparts"]);

/** The first mention other than `a` that ends at token k. */
function endingAt(ctx: Ctx, k: number, a: Mention): Mention | undefined {
  for (const x of ctx.ms) if (x.end === k && x !== a) return x;
  return undefined;
}

/** The preposition governing the coordinated group an actor belongs to, if any. */
function groupPreposition(ctx: Ctx, a: Mention): boolean {
  const toks = ctx.s.tokens;
  let k = a.start;
  // walk back over the group: other actors, glue words, titles and adjectives before a name
  for (;;) {
    const prev = k - 1;
    if (prev < 0) return false;
    const m = endingAt(ctx, k, a);
    if (m && (isActor(m, ctx) || m.kind === "adjective" || m.kind === "office")) { k = m.start; continue; }
    if (GROUP_GLUE.has(toks[prev].norm) || COUNTERPARTS.has(toks[prev].norm)) { k = prev; continue; }
    // "before the two leaders joined him": a word that opens a clause as well as a phrase, whose actor has its verb
    if (SUBORDINATORS.has(toks[prev].norm) && (toks[a.end]?.pos === "VERB" || toks[a.end]?.pos === "AUX")) return false;
    return PREPOSITIONS.has(toks[prev].norm);
  }
}
/** Prepositions that also open a clause ("before X met Y"). */
const SUBORDINATORS = new Set(["before", "after", "until", "since"]);
const RELATIVES = new Set(["who", "which", "whose"]);

/** The nearest actor group ending before token `k`, within the clause. */
export function subjectBefore(ctx: Ctx, k: number): string[] | undefined {
  const norms = normsOf(ctx);
  const actors = ctx.ms.filter((m) => m.end <= k && isActor(m, ctx)).sort((a, b) => b.end - a.end);
  // ", who led the Georgian delegation," and ", mediated by Norway and Chile," are asides: their actors are not
  // the subject of what follows
  let aside: Set<number> | undefined;
  for (let i = 0; i < k; i++) {
    if (norms[i] === "," && (RELATIVES.has(norms[i + 1]) || (norms[i + 2] === "by" && /(ed|en)$/.test(norms[i + 1])))) {
      let j = i + 1;
      while (j < k && norms[j] !== ",") (aside ??= new Set()).add(j++);
    }
  }
  for (const a of actors) {
    if (aside?.has(a.start)) continue;
    if (clauseEndsBetween(norms, a.end, k)) return undefined;
    // the object of a preposition ("ties with the US", "to Armenia") is not the one acting
    if (groupPreposition(ctx, a)) continue;
    // take the whole coordinated group the nearest actor ends
    const starts = ctx.ms.filter((m) => m.end <= a.end && isActor(m, ctx)).sort((x, y) => x.start - y.start);
    for (const st of starts) {
      const g = actorGroup(ctx, st.start);
      // (the nearest may be an acronym in brackets closing the group: "the Authority on Development (IGAD)")
      if (g && (g.end === a.end || (g.end === a.end + 1 && ctx.s.tokens[a.end].text === ")"))) return g.ids;
    }
    return a.entity;
  }
  return undefined;
}

/** Whether a word that ends a clause is among norms [from, to). */
function clauseEndsBetween(norms: string[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (CLAUSE_END.has(norms[j])) return true;
  return false;
}

/** The main clause's subject when the cue sits in a fronted phrase: "At a meeting with X, Lavrov said ...". */
export function subjectAfter(ctx: Ctx, k: number): string[] | undefined {
  for (const m of ctx.ms.filter((x) => x.start >= k && isActor(x, ctx)).sort((a, b) => a.start - b.start)) {
    const g = actorGroup(ctx, m.start);
    if (g && ctx.s.tokens[g.end]?.pos === "VERB") return g.ids;
  }
  return undefined;
}
