// The cue index: cues by their first word, and the cues each token form may start, so a token tries only those.
import type { RelationCue } from "../../lexicon/load-lexicon.ts";
import { formsWithBase } from "../../lexicon/word-forms.ts";
import { namedAt, type Ctx } from "./context.ts";
import { elements, type CompiledCue, type Element } from "./cue-matcher.ts";

/** The cues a token may start, in the lexicon's order. */
export interface Candidates {
  cues: CompiledCue[];
  /** per cue, where the run of cues from it that share its opening ends: one failed opening skips them all */
  runEnd: number[];
}

/** Cues indexed by their first word, so each token tries only the cues that can start at it. */
interface CueIndex {
  compiled: CompiledCue[];
  /** the openings shared by cues that start on a slot: tried once per token, not once per cue */
  prefixes: Element[][];
  byWord: Map<string, number[]>;
  slotFirst: Candidates;
  /** their places in `compiled` */
  slotFirstAt: number[];
  /** the answers of candidateCues for the token forms that start a cue of their own (see `indexByForm`), without
   * and with the cues opening on a slot */
  byForm: [Map<string, Candidates>, Map<string, Candidates>];
  /** the first two letters and lengths of the forms in `byForm` (see `sieveAt`) */
  sieve: Uint32Array;
}
/** Bits of the openings a token tried (see cueRelations): no more openings than bits. */
const MAX_PREFIXES = 31;
const indexes = new WeakMap<RelationCue[], CueIndex>();
export function cueIndex(cues: RelationCue[]): CueIndex {
  let ix = indexes.get(cues);
  if (!ix) {
    const compiled: CompiledCue[] = cues.map((cue) => ({ cue, els: elements(cue), prefix: undefined }));
    const byWord = new Map<string, number[]>();
    const slotFirstAt: number[] = [], prefixes: Element[][] = [], prefixKeys: string[] = [];
    compiled.forEach((c, n) => {
      const first = c.els[0];
      if (first.word !== undefined) {
        byWord.set(first.word, [...(byWord.get(first.word) ?? []), n]);
        return;
      }
      slotFirstAt.push(n);
      // (a two-element cue is its own opening: it is skipped with the cues that share it; an agent slot matches as an
      // object slot does, so "{agent} 's" and "{obj} 's" open alike)
      if (c.els.length >= 2) {
        const key = c.cue.pattern.split(/\s+/).slice(0, 2).join(" ").replace("{obj}", "{agent}");
        if (!prefixKeys.includes(key)) {
          prefixKeys.push(key);
          prefixes.push(c.els.slice(0, 2));
        }
        c.prefix = prefixKeys.indexOf(key);
      }
    });
    if (prefixKeys.length > MAX_PREFIXES) throw new Error(`relation cues: ${prefixKeys.length} openings on a slot, at most ${MAX_PREFIXES}`);
    ix = { compiled, prefixes, byWord, slotFirst: candidates(compiled, slotFirstAt), slotFirstAt, byForm: [new Map(), new Map()], sieve: new Uint32Array(128 * 128) };
    indexByForm(ix);
    indexes.set(cues, ix);
  }
  return ix;
}

/** The cues at places `ns` of `compiled`, in order, with their runs. */
function candidates(compiled: CompiledCue[], ns: Iterable<number>): Candidates {
  const cues = [...new Set(ns)].sort((a, b) => a - b).map((n) => compiled[n]);
  const runEnd = cues.map(() => 0);
  for (let n = cues.length - 1; n >= 0; n--) {
    const p = cues[n].prefix;
    runEnd[n] = p !== undefined && cues[n + 1]?.prefix === p ? runEnd[n + 1] : n + 1;
  }
  return { cues, runEnd };
}

/** The cues each token form starts, for every form some cue's first word is a base candidate of (baseCandidates read
 * backwards): made once, a small table, where asking each token's bases would look up every word of the text. */
function indexByForm(ix: CueIndex): void {
  const starts = new Map<string, Set<number>>();
  for (const [word, ns] of ix.byWord) {
    for (const form of formsWithBase(word)) {
      let here = starts.get(form);
      if (!here) starts.set(form, (here = new Set()));
      for (const n of ns) here.add(n);
    }
  }
  for (const [form, ns] of starts) {
    ix.sieve[sieveAt(form)] |= lengthBit(form);
    ix.byForm[0].set(form, candidates(ix.compiled, ns));
    ix.byForm[1].set(form, candidates(ix.compiled, [...ns, ...ix.slotFirstAt]));
  }
}

/** A word's place in the sieve: its first two letters (folded to seven bits: words that share a place only cost a
 * look-up). A sieve, because a text's words are new strings whose hashes are not yet worked out: hashing every token
 * to look it up cost more than all the rest of the cue search. */
const sieveAt = (w: string) => ((w.charCodeAt(0) & 127) << 7) | (w.charCodeAt(1) & 127);
const lengthBit = (w: string) => 1 << Math.min(w.length, 31);

const NO_CUES: Candidates = { cues: [], runEnd: [] };
/** The cues that may start at token i, in the lexicon's order. */
export function candidateCues(ix: CueIndex, ctx: Ctx, i: number): Candidates {
  // a cue word after a hyphen is part of a compound ("Russian-brokered"): the phrase's own reading covers it
  const words = i === 0 || ctx.s.tokens[i - 1].text !== "-";
  const slots = namedAt(ctx, i);
  if (!words) return slots ? ix.slotFirst : NO_CUES;
  // most forms (every name) start no cue of their own: they share one answer
  const norm = ctx.s.tokens[i].norm;
  const own = ix.sieve[sieveAt(norm)] & lengthBit(norm) ? ix.byForm[slots ? 1 : 0].get(norm) : undefined;
  return own ?? (slots ? ix.slotFirst : NO_CUES);
}
