// Chairs: who a sentence says chaired, hosted or presided over what it is about ("chaired by X", "X hosted the
// summit", "under X's chairmanship", "under the chairmanship of X"). The one in the chair of a session met each of
// those who attended it.
import type { Token } from "../../document.ts";
import { baseCandidates } from "../../lexicon/word-forms.ts";
import { actorGroup } from "./actor-groups.ts";
import { isActor, type Ctx } from "./context.ts";
import { hedgedBefore, infinitive } from "./cue-guards.ts";
import { subjectBefore } from "./subjects.ts";

export interface ChairWords {
  /** verbs of chairing: "chair", "host", "preside" (with "over") */
  verbs: string[];
  /** nouns of chairing: "chairmanship" */
  nouns: string[];
}

const isBase = (t: Token | undefined, words: Set<string>) => !!t && baseCandidates(t).some((b) => words.has(b));

/** The actors the sentence names as chair or host, if it names any. */
export function chairsIn(ctx: Ctx, words: { verbs: Set<string>; nouns: Set<string> }, hedges: Set<string>): string[] | undefined {
  const toks = ctx.s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (isBase(t, words.verbs)) {
      // "a summit to be hosted by X", "X will host": no fact
      if (hedgedBefore(toks, i, hedges) || infinitive(toks, i)) continue;
      let k = i + 1;
      if (toks[k]?.norm === "over") k++;
      // "chaired by X": the agent
      if (toks[k]?.norm === "by") {
        const g = actorGroup(ctx, k + 1);
        if (g) return g.ids;
        continue;
      }
      // "X chaired the session": the subject of a finite verb
      if (t.pos === "VERB" && /(ed|s)$/.test(t.norm)) {
        const s = subjectBefore(ctx, i);
        if (s?.length) return s;
      }
      continue;
    }
    if (isBase(t, words.nouns)) {
      // "under the chairmanship of X"
      if (toks[i + 1]?.norm === "of") {
        const g = actorGroup(ctx, i + 2);
        if (g) return g.ids;
      }
      // "under X's chairmanship"
      if (toks[i - 1]?.norm === "'s") {
        const owner = ctx.ms.find((m) => m.end === i - 1 && isActor(m, ctx));
        if (owner) return owner.entity;
      }
    }
  }
  return undefined;
}
