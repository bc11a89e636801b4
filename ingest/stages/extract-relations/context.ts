// The sentence as the relation finders see it: its mentions by the token they start at, and which of them are actors.
import type { EntityNode } from "../../../graph-schema/index.ts";
import type { Mention, Sentence } from "../../document.ts";

const ACTOR_KINDS = new Set(["state", "capital", "seat", "organisation", "body", "person", "office", "side", "pronoun", "group"]);

/** Actors coordinated from a token: their ids and the span they take. */
export interface ActorGroup {
  ids: string[];
  start: number;
  end: number;
}

export interface Ctx {
  s: Sentence;
  ms: Mention[];
  /** the article's entities by id (their labels: see `labelOf`) */
  entities: ReadonlyMap<string, EntityNode>;
  /** per token, the mentions starting at it (in the order of `ms`) */
  at: Mention[][];
  // made when first needed (most sentences state nothing):
  /** per mention of `ms`, whether it is an actor (see `actsAsActor`), once asked */
  actors?: (boolean | undefined)[];
  /** actorGroup's answers by token (null: none): the cues try the same places many times */
  groups?: (ActorGroup | null)[];
  /** the organisation an {org} slot names, by token (null: none): the cues opening on one try the same token */
  orgSlots?: (Mention | null)[];
}

/** The label of an entity of the article. */
export const labelOf = (ctx: Ctx, id: string): EntityNode["label"] | undefined => ctx.entities.get(id)?.label;

const ACTOR_LABELS = new Set(["Person", "State", "Organisation"]);
function actsAsActor(m: Mention, ctx: Ctx): boolean {
  if (!ACTOR_KINDS.has(m.kind) || !m.entity?.length || m.venue) return false;
  for (let n = 0; n < m.entity.length; n++) if (!ACTOR_LABELS.has(labelOf(ctx, m.entity[n]) ?? "")) return false;
  return true;
}
export function isActor(m: Mention, ctx: Ctx): boolean {
  // (found by a scan, not a hash: a sentence has a few mentions; not all of them are ever asked about)
  const ms = ctx.ms;
  let n = 0;
  while (n < ms.length && ms[n] !== m) n++;
  if (n === ms.length) return false;
  const actors = (ctx.actors ??= []);
  return (actors[n] ??= actsAsActor(m, ctx));
}
export const normsOf = (ctx: Ctx) => ctx.s.norms;
const NONE: Mention[] = [];
export const mentionsAt = (ctx: Ctx, k: number): Mention[] => ctx.at[k] ?? NONE;
/** The first mention starting at token k that passes the test (given the context: no closure made per call). */
export function startingAt(ctx: Ctx, k: number, test: (m: Mention, ctx: Ctx) => boolean): Mention | undefined {
  const here = ctx.at[k];
  if (here) for (let n = 0; n < here.length; n++) if (test(here[n], ctx)) return here[n];
  return undefined;
}

export function sentenceCtx(s: Sentence, ms: Mention[], entities: ReadonlyMap<string, EntityNode>): Ctx {
  const at: Mention[][] = ms.length ? new Array(s.tokens.length) : NO_MENTIONS_AT;
  for (const m of ms) {
    const here = at[m.start];
    if (here) here.push(m);
    else at[m.start] = [m];
  }
  // every field present from the start: one shape for every context (fields added later would make several)
  return { s, ms, entities, at, actors: undefined, groups: undefined, orgSlots: undefined };
}
const NO_MENTIONS_AT: Mention[][] = [];

/** Whether a resolved mention starts at token k (a slot may open there). */
export function namedAt(ctx: Ctx, k: number): boolean {
  const here = ctx.at[k];
  if (here) for (let n = 0; n < here.length; n++) if (here[n].entity) return true;
  return false;
}

/** The first actor starting at token k (a loop, not a closure: asked for every gap word of every cue). */
export function actorStartingAt(ctx: Ctx, k: number): Mention | undefined {
  const here = ctx.at[k];
  if (here) for (let n = 0; n < here.length; n++) if (isActor(here[n], ctx)) return here[n];
  return undefined;
}

/** Whether an actor starts at token k. */
export const actorAt = (ctx: Ctx, k: number): boolean => actorStartingAt(ctx, k) !== undefined;
