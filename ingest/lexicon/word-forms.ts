// Whether a token is a form of a base word ("brokered", "brokering", "brokers" of "broker"; "held" of "hold"): cue
// patterns are written in base forms. Regular endings and a table of irregular verbs are enough for cue words, and
// cheaper than the tagger's lemmatiser (which also misses participles it tags as adjectives).
import type { Token } from "../document.ts";
import { readFileSync } from "node:fs";
import { remember } from "../bounded-cache.ts";

const IRREGULAR = (JSON.parse(readFileSync(new URL("./irregular-verbs.json", import.meta.url), "utf8")) as { forms: Record<string, string> }).forms;

/** Every form of a base word: the token forms whose base candidates include it (see formsWithBase), remembered: cue
 * words are few. The cues' first words are found by the same rules (cue-index.ts), so a word matches alike wherever
 * it stands in a cue. */
const cache = new Map<string, Set<string>>();
export function formsOf(base: string): Set<string> {
  let forms = cache.get(base);
  if (!forms) cache.set(base, (forms = new Set(formsWithBase(base))));
  return forms;
}

export const isForm = (t: Token, base: string): boolean => formsOf(base).has(t.norm);

/** The base forms a token may be a form of: itself, an irregular verb's base, and what stripping a regular ending leaves. */
const bases = new Map<string, string[]>();
export function baseCandidates(t: Token): string[] {
  const key = t.norm;
  // the same few thousand words recur: their bases are remembered (bounded, so a huge corpus cannot grow it forever)
  return bases.get(key) ?? remember(bases, key, computeBases(t), 100_000);
}

/** Regular endings and what replaces them in the base: "replies" → "reply", "hosted" → "host". */
const ENDINGS = [["ies", "y"], ["ied", "y"], ["es", ""], ["s", ""], ["ed", ""], ["ed", "e"], ["d", ""], ["ing", ""], ["ing", "e"]] as const;
/** Consonants doubled before "-ed" and "-ing": "planned" → "plan". */
const DOUBLED = /^(.*([bdgklmnprt]))\2(ed|ing)$/;

function computeBases(t: Token): string[] {
  const n = t.norm;
  const out = [n];
  if (IRREGULAR[n]) out.push(IRREGULAR[n]);
  for (const [suffix, repl] of ENDINGS) {
    if (n.length > suffix.length + 2 && n.endsWith(suffix)) out.push(n.slice(0, -suffix.length) + repl);
  }
  // doubled consonants: "planned" → "plan"
  const dbl = DOUBLED.exec(n);
  if (dbl) out.push(dbl[1]);
  return out;
}

/** The token forms whose base candidates include `base`: computeBases read backwards, rule by rule (so a table of
 * the words a lexicon starts with can be made once, rather than every token's bases worked out). */
export function formsWithBase(base: string): string[] {
  const out = [base];
  for (const [form, b] of Object.entries(IRREGULAR)) if (b === base) out.push(form);
  for (const [suffix, repl] of ENDINGS) {
    const stem = base.slice(0, base.length - repl.length);
    // (an ending is stripped only from a form longer than it by three letters at least)
    if (base.endsWith(repl) && stem.length > 2) out.push(stem + suffix);
  }
  const last = base.at(-1);
  if (last && "bdgklmnprt".includes(last)) out.push(`${base}${last}ed`, `${base}${last}ing`);
  return out;
}
