// Small helpers on names: ids from names, spelling distance, and how dates read in a node's name.
import { fold } from "./nlp.ts";

/** A stable id part from a name: folded, kebab-case; non-Latin letters kept. */
export const slugify = (s: string): string =>
  fold(s).replace(/^the\s+/, "").replace(/['’]s\b/g, "s").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "unnamed";

/** Levenshtein distance, capped: spellings further apart than `max` are simply "far". */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

const sameCache = new Map<string, boolean>();

/** Two spellings of one name: equal, or a small slip relative to the word's length ("Pashinaian", "Sregey"). */
export function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let same = sameCache.get(key);
  if (same === undefined) {
    // names recur across a corpus; the answer is remembered (bounded)
    if (sameCache.size > 200_000) sameCache.clear();
    sameCache.set(key, (same = compareNameWords(a, b)));
  }
  return same;
}

function compareNameWords(a: string, b: string): boolean {
  const x = fold(a), y = fold(b);
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 5 || x[0] !== y[0]) return false;
  return editDistance(x, y, 2) <= (Math.min(x.length, y.length) >= 8 ? 2 : 1) ||
    // transposed letters count once ("Sregey" / "Sergey")
    [...x].sort().join("") === [...y].sort().join("") && editDistance(x, y, 2) <= 2;
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2020-07-16" → "16 July 2020"; "2020-07" → "July 2020"; "2020" → "2020". */
export function displayDate(d: string): string {
  const [y, m, day] = d.split("-");
  if (day) return `${Number(day)} ${MONTH_NAMES[Number(m) - 1]} ${y}`;
  if (m) return `${MONTH_NAMES[Number(m) - 1]} ${y}`;
  return y;
}
