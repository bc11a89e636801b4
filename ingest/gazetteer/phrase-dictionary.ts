// A dictionary of multi-token phrases (a trie over folded tokens) that finds the longest phrase starting at a token.
import { wordTable } from "../word-table.ts";

export interface Trie<T> {
  /** the phrases' next tokens; none where only phrases end (most nodes: an empty table each is costly over ~100,000 forms) */
  next: Record<string, Trie<T>> | undefined;
  values: T[];
}
// (A word table (word-table.ts: no prototype), not a Map: a token's folded form used as a key is found in
// V8's table of interned strings on its first look-up and compared by pointer from then on, where a Map compares the
// strings' contents each time. Text repeats its forms as the same string objects, so most look-ups are of interned ones.)

export const createTrie = <T>(): Trie<T> => ({ next: undefined, values: [] });

export function addPhrase<T>(trie: Trie<T>, norms: string[], value: T): void {
  let node = trie;
  for (const n of norms) {
    let child = node.next?.[n];
    if (!child) (node.next ??= wordTable<Trie<T>>({}))[n] = child = createTrie<T>();
    node = child;
  }
  node.values.push(value);
}

/** No phrase starts here: the answer for most tokens, shared rather than allocated each time. */
const NONE: readonly [number, never[]][] = Object.freeze([]);

/** Every phrase that starts at `from`, longest first, as [end (exclusive), values]. */
export function matchesAt<T>(trie: Trie<T>, norms: string[], from: number): readonly [number, T[]][] {
  return from < norms.length ? matchesAfter(trie.next?.[norms[from]], norms, from) : NONE;
}

/** matchesAt, given the node that the word at `from` leads to (where the first words of several tries are looked up at once). */
export function matchesAfter<T>(first: Trie<T> | undefined, norms: string[], from: number): readonly [number, T[]][] {
  let out: [number, T[]][] | undefined;
  let node = first;
  for (let i = from + 1; node; i++) {
    if (node.values.length) (out ??= []).push([i, node.values]);
    node = i < norms.length ? node.next?.[norms[i]] : undefined;
  }
  return out ? out.reverse() : NONE;
}

/** The nodes a walk from `first` (the node the word at `from` leads to) passes through, into `path`: path[d] is the node
 * after the words from..from+d, a phrase ending there if it has values. Returns how many. (matchesAfter without a list
 * and a pair per phrase: the caller keeps one buffer for its sentence.) */
export function pathAfter<T>(first: Trie<T> | undefined, norms: string[], from: number, path: Trie<T>[]): number {
  let n = 0;
  for (let node = first, i = from + 1; node; i++) {
    path[n++] = node;
    node = i < norms.length ? node.next?.[norms[i]] : undefined;
  }
  return n;
}

/** Whether any phrase starts at `from` (matchesAt(...).length without the list). */
export function hasMatchAt<T>(trie: Trie<T>, norms: string[], from: number): boolean {
  let node: Trie<T> | undefined = trie;
  for (let i = from; i < norms.length && node; i++) {
    node = node.next?.[norms[i]];
    if (node?.values.length) return true;
  }
  return false;
}

/** The longest phrase that starts at `from`, as [end (exclusive), values] (matchesAt(...)[0] without the list). */
export function longestAt<T>(trie: Trie<T>, norms: string[], from: number): [number, T[]] | undefined {
  return from < norms.length ? longestAfter(trie.next?.[norms[from]], norms, from) : undefined;
}

/** longestAt, given the node that the word at `from` leads to. */
export function longestAfter<T>(first: Trie<T> | undefined, norms: string[], from: number): [number, T[]] | undefined {
  let end = 0;
  let values: T[] | undefined;
  let node = first;
  for (let i = from + 1; node; i++) {
    if (node.values.length) {
      end = i;
      values = node.values;
    }
    node = i < norms.length ? node.next?.[norms[i]] : undefined;
  }
  return values && [end, values];
}
