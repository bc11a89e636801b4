// Memo tables keyed by words or phrases of the corpus grow with it: each is emptied when it passes its limit, so a
// long ingest keeps its memory bounded. The answers are pure, so emptying one only costs recomputing them.

/** Stores `value` under `key` in `cache` (emptied first when it holds more than `limit`) and returns it. */
export function remember<K, V>(cache: Map<K, V>, key: K, value: V, limit: number): V {
  if (cache.size > limit) cache.clear();
  cache.set(key, value);
  return value;
}

/** The table `owner` keeps in `tables`, made empty on first use (one per gazetteer or lexicon loaded). */
export function tableOf<O extends object, K, V>(tables: WeakMap<O, Map<K, V>>, owner: O): Map<K, V> {
  let t = tables.get(owner);
  if (!t) tables.set(owner, (t = new Map()));
  return t;
}
