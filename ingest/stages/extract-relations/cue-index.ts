// The cue index: cues by their first word, and the cues each token form may start, so a token tries only those.
import type { RelationCue } from "../../lexicon/load-lexicon.ts";
import { baseCandidates } from "../../lexicon/word-forms.ts";
import { namedAt, type Ctx } from "./context.ts";
import { elements, type CompiledCue, type Element } from "./cue-matcher.ts";
import { remember } from "../../bounded-cache.ts";

/** Cues indexed by their first word, so each token tries only the cues that can start at it. */
interface CueIndex {
  compiled: CompiledCue[];
  /** the openings shared by cues that start on a slot: tried once per token, not once per cue */
  prefixes: Element[][];
  byWord: Map<string, number[]>;
  slotFirst: CompiledCue[];
  /** their places in `compiled` */
  slotFirstAt: number[];
  /** the answers of candidateCues by token form, without and with the cues opening on a slot */
  byNorm: [Map<string, CompiledCue[]>, Map<string, CompiledCue[]>];
}
const indexes = new WeakMap<RelationCue[], CueIndex>();
export function cueIndex(cues: RelationCue[]): CueIndex {
  let ix = indexes.get(cues);
  if (!ix) {
    ix = { compiled: cues.map((cue) => ({ cue, els: elements(cue) })), prefixes: [], byWord: new Map(), slotFirst: [], slotFirstAt: [], byNorm: [new Map(), new Map()] };
    const prefixKeys: string[] = [];
    ix.compiled.forEach((c, n) => {
      const first = c.els[0];
      if ("word" in first) ix!.byWord.set(first.word, [...(ix!.byWord.get(first.word) ?? []), n]);
      else {
        ix!.slotFirst.push(c);
        ix!.slotFirstAt.push(n);
      }
      if (!("word" in first) && c.els.length > 2) {
        const key = c.cue.pattern.split(/\s+/).slice(0, 2).join(" ");
        if (!prefixKeys.includes(key)) {
          prefixKeys.push(key);
          ix!.prefixes.push(c.els.slice(0, 2));
        }
        c.prefix = prefixKeys.indexOf(key);
      }
    });
    indexes.set(cues, ix);
  }
  return ix;
}

const NO_CUES: CompiledCue[] = [];
/** The cues that may start at token i, in the lexicon's order. */
export function candidateCues(ix: CueIndex, ctx: Ctx, i: number): CompiledCue[] {
  const tok = ctx.s.tokens[i];
  // a cue word after a hyphen is part of a compound ("Russian-brokered"): the phrase's own reading covers it
  const words = ctx.s.tokens[i - 1]?.text !== "-";
  const slots = namedAt(ctx, i);
  if (!words) return slots ? ix.slotFirst : NO_CUES;
  // the answer depends on the token's form only (and whether a name starts there): remembered per form (bounded)
  const memo = ix.byNorm[slots ? 1 : 0];
  let found = memo.get(tok.norm);
  if (!found) {
    const ns = new Set<number>();
    for (const b of baseCandidates(tok)) for (const n of ix.byWord.get(b) ?? []) ns.add(n);
    // most forms (every new name) start no cue of their own: they share one answer rather than each keeping a copy
    if (!ns.size) found = slots ? ix.slotFirst : NO_CUES;
    else {
      if (slots) for (const n of ix.slotFirstAt) ns.add(n);
      found = [...ns].sort((a, b) => a - b).map((n) => ix.compiled[n]);
    }
    remember(memo, tok.norm, found, 100_000);
  }
  return found;
}
