// The sentence as the relation finders see it: its mentions by the token they start at, and which of them are actors.
import type { EntityNode } from "../../../graph-schema/index.ts";
import type { Mention, Sentence } from "../../document.ts";

const ACTOR_KINDS = new Set(["state", "capital", "seat", "organisation", "body", "person", "office", "side", "pronoun", "group"]);

export interface Ctx {
  s: Sentence;
  ms: Mention[];
  labelOf: (id: string) => EntityNode["label"] | undefined;
  /** per token, the mentions starting at it (in the order of `ms`) */
  at: Mention[][];
  // made when first needed (most sentences state nothing):
  /** the mentions that are actors (see `actsAsActor`) */
  actors?: Set<Mention>;
  /** actorGroup's answers by token: the cues try the same places many times */
  groups?: Map<number, { ids: string[]; start: number; end: number } | undefined>;
}

const ACTOR_LABELS = new Set(["Person", "State", "Organisation"]);
const actsAsActor = (m: Mention, labelOf: Ctx["labelOf"]) => ACTOR_KINDS.has(m.kind) && !!m.entity?.length && !m.venue && m.entity.every((id) => ACTOR_LABELS.has(labelOf(id) ?? ""));
export const isActor = (m: Mention, ctx: Ctx) => (ctx.actors ??= new Set(ctx.ms.filter((x) => actsAsActor(x, ctx.labelOf)))).has(m);
export const normsOf = (ctx: Ctx) => ctx.s.norms;
const NONE: Mention[] = [];
export const mentionsAt = (ctx: Ctx, k: number): Mention[] => ctx.at[k] ?? NONE;
export const startingAt = (ctx: Ctx, k: number, test: (m: Mention) => boolean) => mentionsAt(ctx, k).find(test);

export function sentenceCtx(s: Sentence, ms: Mention[], labelOf: Ctx["labelOf"]): Ctx {
  const at: Mention[][] = ms.length ? new Array(s.tokens.length) : NO_MENTIONS_AT;
  for (const m of ms) {
    const here = at[m.start];
    if (here) here.push(m);
    else at[m.start] = [m];
  }
  // every field present from the start: one shape for every context (fields added later would make several)
  return { s, ms, labelOf, at, actors: undefined, groups: undefined };
}
const NO_MENTIONS_AT: Mention[][] = [];

/** Whether a resolved mention starts at token k (a slot may open there). */
export function namedAt(ctx: Ctx, k: number): boolean {
  const here = ctx.at[k];
  if (here) for (let n = 0; n < here.length; n++) if (here[n].entity) return true;
  return false;
}

/** Whether an actor starts at token k (a loop, not a closure: asked for every gap word of every cue). */
export function actorAt(ctx: Ctx, k: number): boolean {
  const here = ctx.at[k];
  if (here) for (let n = 0; n < here.length; n++) if (isActor(here[n], ctx)) return true;
  return false;
}
