// A dictionary of multi-token phrases (a trie over folded tokens) that finds the longest phrase starting at a token.
export interface Trie<T> {
  /** the phrases' next tokens; none where only phrases end (most nodes: an empty map each is costly over ~100,000 forms) */
  next: Map<string, Trie<T>> | undefined;
  values: T[];
}

export const createTrie = <T>(): Trie<T> => ({ next: undefined, values: [] });

export function addPhrase<T>(trie: Trie<T>, norms: string[], value: T): void {
  let node = trie;
  for (const n of norms) {
    let child = node.next?.get(n);
    if (!child) (node.next ??= new Map()).set(n, (child = createTrie<T>()));
    node = child;
  }
  node.values.push(value);
}

/** No phrase starts here: the answer for most tokens, shared rather than allocated each time. */
const NONE: readonly [number, never[]][] = Object.freeze([]);

/** Every phrase that starts at `from`, longest first, as [end (exclusive), values]. */
export function matchesAt<T>(trie: Trie<T>, norms: string[], from: number): readonly [number, T[]][] {
  let out: [number, T[]][] | undefined;
  let node: Trie<T> | undefined = trie;
  for (let i = from; i < norms.length && node; i++) {
    node = node.next?.get(norms[i]);
    if (node?.values.length) (out ??= []).push([i + 1, node.values]);
  }
  return out ? out.reverse() : NONE;
}

/** The longest phrase that starts at `from`, as [end (exclusive), values] (matchesAt(...)[0] without the list). */
export function longestAt<T>(trie: Trie<T>, norms: string[], from: number): [number, T[]] | undefined {
  let end = 0;
  let values: T[] | undefined;
  let node: Trie<T> | undefined = trie;
  for (let i = from; i < norms.length && node; i++) {
    node = node.next?.get(norms[i]);
    if (node?.values.length) {
      end = i + 1;
      values = node.values;
    }
  }
  return values && [end, values];
}
