// A dictionary of multi-token phrases (a trie over folded tokens) that finds the longest phrase starting at a token.
export interface Trie<T> {
  next: Map<string, Trie<T>>;
  values: T[];
}

export const createTrie = <T>(): Trie<T> => ({ next: new Map(), values: [] });

export function addPhrase<T>(trie: Trie<T>, norms: string[], value: T): void {
  let node = trie;
  for (const n of norms) {
    let child = node.next.get(n);
    if (!child) node.next.set(n, (child = createTrie<T>()));
    node = child;
  }
  node.values.push(value);
}

/** Every phrase that starts at `from`, longest first, as [end (exclusive), values]. */
export function matchesAt<T>(trie: Trie<T>, norms: string[], from: number): [number, T[]][] {
  const out: [number, T[]][] = [];
  let node: Trie<T> | undefined = trie;
  for (let i = from; i < norms.length && node; i++) {
    node = node.next.get(norms[i]);
    if (node?.values.length) out.push([i + 1, node.values]);
  }
  return out.reverse();
}
