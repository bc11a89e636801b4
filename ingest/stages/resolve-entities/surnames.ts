// Gazetteer surnames a written one may be, exact or a slip of the pen, found through an index of their deletions.
import type { Gazetteer } from "../../gazetteer/load-gazetteer.ts";
import { sameNameWord } from "../../names.ts";
import { fold } from "../../nlp.ts";
import { remember, tableOf } from "../../bounded-cache.ts";

/** Every string a word leaves with at most two of its letters deleted, itself included. */
function deletions(word: string): Set<string> {
  const out = new Set([word]);
  for (let i = 0; i < word.length; i++) {
    const one = word.slice(0, i) + word.slice(i + 1);
    out.add(one);
    for (let j = i; j < one.length; j++) out.add(one.slice(0, j) + one.slice(j + 1));
  }
  return out;
}

/** The gazetteer's surnames (by their place in `g.surnames`) under each of their deletions: two spellings at most two
 * edits apart share one (SymSpell's idea), so a misspelt name is compared with the few that may be it, not all. */
interface SurnameIndex {
  entries: [string, string[]][];
  byDeletion: Map<string, number[]>;
}
const surnameIndexes = new WeakMap<Gazetteer, SurnameIndex>();
function surnameIndex(g: Gazetteer): SurnameIndex {
  let ix = surnameIndexes.get(g);
  if (!ix) {
    ix = { entries: [...g.surnames], byDeletion: new Map() };
    ix.entries.forEach(([s], n) => {
      for (const d of deletions(fold(s))) ix!.byDeletion.set(d, [...(ix!.byDeletion.get(d) ?? []), n]);
    });
    surnameIndexes.set(g, ix);
  }
  return ix;
}

/** The gazetteer surnames within two edits of a folded surname (sameNameWord allows no more), in the gazetteer's order. */
function nearSurnames(g: Gazetteer, last: string): [string, string[]][] {
  const ix = surnameIndex(g);
  const ns = new Set<number>();
  for (const d of deletions(fold(last))) for (const n of ix.byDeletion.get(d) ?? []) ns.add(n);
  return [...ns].sort((a, b) => a - b).map((n) => ix.entries[n]);
}

/** The gazetteer people a folded surname may be (exact, then a slip of the pen). */
const surnameMatches = new WeakMap<Gazetteer, Map<string, string[]>>();
export function gazetteerSurname(g: Gazetteer, last: string): string[] {
  const memo = tableOf(surnameMatches, g);
  // the same surnames recur across a corpus: the answer is remembered (bounded), exact ones too (one look-up, not two)
  return memo.get(last) ?? remember(memo, last, g.surnames.get(last) ?? slips(g, last), 100_000);
}

/** The gazetteer people whose surname a folded one may be a slip of the pen for. */
const slips = (g: Gazetteer, last: string): string[] =>
  nearSurnames(g, last).filter(([s]) => s[0] === last[0] && Math.abs(s.length - last.length) <= 2 && sameNameWord(s, last)).flatMap(([, x]) => x);
