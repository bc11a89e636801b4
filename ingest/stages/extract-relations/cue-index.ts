// The cue index: cues by their first word, and the cues each token form may start, so a token tries only those; and
// the words each cue needs, so a sentence tries only the cues it has every such word of.
import type { RelationCue } from "../../lexicon/load-lexicon.ts";
import { formsOf, formsWithBase } from "../../lexicon/word-forms.ts";
import { namedAt, type Ctx } from "./context.ts";
import { elements, type CompiledCue, type Element } from "./cue-matcher.ts";

/** The cues a token may start, in the lexicon's order. */
export interface Candidates {
  cues: CompiledCue[];
  /** per cue, where the run of cues from it that share its opening ends: one failed opening skips them all */
  runEnd: number[];
}

/** Cues indexed by their first word, so each token tries only the cues that can start at it, and by the words they
 * need (see `NEEDED`), so a sentence tries only the cues it has those words of. */
interface CueIndex {
  compiled: CompiledCue[];
  /** the openings shared by cues that start on a slot: tried once per token, not once per cue */
  prefixes: Element[][];
  byWord: Map<string, number[]>;
  slotFirst: Candidates;
  /** their places in `compiled` */
  slotFirstAt: number[];
  /** what each form of a cue word tells (see `indexByForm`) */
  byForm: Map<string, FormEntry>;
  /** the first two letters and lengths of the forms in `byForm` (see `sieveAt`) */
  sieve: Uint32Array;
  // scratch for the sentence being searched (one at a time; see noteWords):
  /** per needed word, the sentence it was last seen in (by `stamp`) */
  seen: Uint32Array;
  stamp: number;
  /** per token of the sentence, the entry of its form (undefined for most) */
  forms: (FormEntry | undefined)[];
}

/** A form of some cue word: the needed words it is a form of, and the answers of candidateCues for a token of that
 * form without and with the cues opening on a slot (none where it starts no cue of its own). */
interface FormEntry {
  words: number[];
  own: [Candidates, Candidates] | undefined;
}
/** The words a cue needs a sentence to have: those of four letters or more. Shorter ones (articles, prepositions,
 * punctuation) are in nearly every sentence: noting them would cost more than the few tries they save. */
const NEEDED = (word: string) => word.length >= 4;

/** Bits of the openings a token tried (see cueRelations): no more openings than bits. */
const MAX_PREFIXES = 31;
const indexes = new WeakMap<RelationCue[], CueIndex>();
export function cueIndex(cues: RelationCue[]): CueIndex {
  let ix = indexes.get(cues);
  if (!ix) {
    // each needed word of the patterns numbered, in order of first use
    const wordIds = new Map<string, number>();
    const compiled: CompiledCue[] = cues.map((cue) => {
      const els = elements(cue);
      const needs = new Set<number>();
      for (const el of els) {
        if (el.word === undefined || !NEEDED(el.word)) continue;
        if (!wordIds.has(el.word)) wordIds.set(el.word, wordIds.size);
        needs.add(wordIds.get(el.word)!);
      }
      return { cue, els, prefix: undefined, needs: [...needs] };
    });
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
    ix = { compiled, prefixes, byWord, slotFirst: candidates(compiled, slotFirstAt), slotFirstAt, byForm: new Map(), sieve: new Uint32Array(128 * 128), seen: new Uint32Array(wordIds.size), stamp: 0, forms: [] };
    indexByForm(ix, wordIds);
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

/** Every form of every needed word and first word (baseCandidates read backwards), with the needed words it is a form
 * of and the cues it starts: made once, a small table, where asking each token's bases would look up every word of the
 * text. */
function indexByForm(ix: CueIndex, wordIds: Map<string, number>): void {
  const entry = (form: string): FormEntry => {
    let e = ix.byForm.get(form);
    if (!e) {
      ix.byForm.set(form, (e = { words: [], own: undefined }));
      ix.sieve[sieveAt(form)] |= lengthBit(form);
    }
    return e;
  };
  for (const [word, id] of wordIds) for (const form of formsOf(word)) entry(form).words.push(id);
  const starts = new Map<string, Set<number>>();
  for (const [word, ns] of ix.byWord) {
    for (const form of formsWithBase(word)) {
      let here = starts.get(form);
      if (!here) starts.set(form, (here = new Set()));
      for (const n of ns) here.add(n);
    }
  }
  for (const [form, ns] of starts) entry(form).own = [candidates(ix.compiled, ns), candidates(ix.compiled, [...ns, ...ix.slotFirstAt])];
}

/** A word's place in the sieve: its first two letters (folded to seven bits: words that share a place only cost a
 * look-up). A sieve, because a text's words are new strings whose hashes are not yet worked out: hashing every token
 * to look it up cost more than all the rest of the cue search. */
const sieveAt = (w: string) => ((w.charCodeAt(0) & 127) << 7) | (w.charCodeAt(1) & 127);
const lengthBit = (w: string) => 1 << Math.min(w.length, 31);

/** The entry of a token form that is a form of some cue word (the sieve turns most others away unhashed). */
function formEntry(ix: CueIndex, norm: string): FormEntry | undefined {
  return ix.sieve[sieveAt(norm)] & lengthBit(norm) ? ix.byForm.get(norm) : undefined;
}

/** Reads a sentence for the cue search: notes the needed words it has (for `mayMatch`) and each token's entry (for
 * candidateCues), one sentence at a time; and tells whether a cue opening on a slot may match in it. */
export function noteWords(ix: CueIndex, ctx: Ctx): boolean {
  if (++ix.stamp === 0xffffffff) {
    ix.seen.fill(0);
    ix.stamp = 1;
  }
  // (entries past the sentence's tokens are left from longer ones before: never read)
  const norms = ctx.s.norms;
  const forms = ix.forms;
  for (let i = 0; i < norms.length; i++) {
    const e = (forms[i] = formEntry(ix, norms[i]));
    if (e) for (let n = 0; n < e.words.length; n++) ix.seen[e.words[n]] = ix.stamp;
  }
  const slotCues = ix.slotFirst.cues;
  for (let n = 0; n < slotCues.length; n++) if (mayMatch(ix, slotCues[n])) return true;
  return false;
}

/** Whether the sentence read last has every word a cue needs: a cue lacking one cannot match, and is not tried. */
export function mayMatch(ix: CueIndex, c: CompiledCue): boolean {
  for (let n = 0; n < c.needs.length; n++) if (ix.seen[c.needs[n]] !== ix.stamp) return false;
  return true;
}

const NO_CUES: Candidates = { cues: [], runEnd: [] };
/** The cues that may start at token i of the sentence read last, in the lexicon's order; those opening on a slot only
 * if `slots` (the sentence may have one: see noteWords). */
export function candidateCues(ix: CueIndex, ctx: Ctx, i: number, slots: boolean): Candidates {
  const named = slots && namedAt(ctx, i);
  // most forms (every name) start no cue of their own: they share one answer
  const own = ix.forms[i]?.own;
  // a cue word after a hyphen is part of a compound ("Russian-brokered"): the phrase's own reading covers it
  if (!own || (i > 0 && ctx.s.tokens[i - 1].text === "-")) return named ? ix.slotFirst : NO_CUES;
  return own[named ? 1 : 0];
}
