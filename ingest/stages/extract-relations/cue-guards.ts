// Guards on a cue's match: a word it needs nearby, a hedge before it, an infinitive. Each says no fact is stated.
import type { Token } from "../../document.ts";
import { CLAUSE_END } from "./subjects.ts";

/** Whether one of the `n` tokens before token `k` passes the test (no slice made). */
export function someBefore(toks: Token[], k: number, n: number, test: (t: Token) => boolean): boolean {
  for (let j = Math.max(0, k - n); j < k; j++) if (test(toks[j])) return true;
  return false;
}

/** A hedge among the four words before token k, in the same clause: "crossed no red lines and blamed X" is not hedged. */
export function hedgedBefore(toks: Token[], k: number, hedges: Set<string>): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const t = toks[j];
    if (t.norm === "and" || t.norm === "," || CLAUSE_END.has(t.norm)) return false;
    if (t.text === t.norm && hedges.has(t.norm)) return true;
  }
  return false;
}

/** Whether the verb at token k is an infinitive: "to" before it, perhaps with an adverb between ("to formally sign"). */
export function infinitive(toks: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && toks[j].pos === "ADV") j--;
  return toks[j]?.norm === "to";
}
