// Small helpers on names: ids from names, spelling distance, and how dates read in a node's name.
import { fold } from "./nlp.ts";

/** A stable id part from a name: folded, kebab-case; non-Latin letters kept. */
export const slugify = (s: string): string =>
  fold(s).replace(/^the\s+/, "").replace(/['’]s\b/g, "s").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "unnamed";

/** Levenshtein distance, capped: spellings further apart than `max` are simply "far". */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // two rows, reused (names are compared by the thousand when an unknown one is looked up)
  let prev = new Array<number>(b.length + 1), cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    const done = prev;
    prev = cur;
    cur = done;
  }
  return prev[b.length];
}

// the answers by the pair's lesser spelling, then the greater (no key string is built per call)
const sameCache = new Map<string, Map<string, boolean>>();
let sameCached = 0;

/** Two spellings of one name: equal, or a small slip relative to the word's length ("Pashinaian", "Sregey"). */
export function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // most pairs asked about start with different plain letters: they differ, and no answer need be looked up or kept
  if (plainInitialsDiffer(a, b)) return false;
  const lo = a < b ? a : b, hi = a < b ? b : a;
  let row = sameCache.get(lo);
  let same = row?.get(hi);
  if (same === undefined) {
    // names recur across a corpus; the answer is remembered (bounded)
    if (sameCached > 200_000) {
      sameCache.clear();
      sameCached = 0;
      row = undefined;
    }
    if (!row) sameCache.set(lo, (row = new Map()));
    row.set(hi, (same = compareNameWords(a, b)));
    sameCached++;
  }
  return same;
}

/** Both words start with an ASCII letter, not the same one in either case (folding leaves such a first letter as it is, but for case). */
function plainInitialsDiffer(a: string, b: string): boolean {
  const x = a.charCodeAt(0) | 0x20, y = b.charCodeAt(0) | 0x20;
  return x !== y && x >= 97 && x <= 122 && y >= 97 && y <= 122;
}

function compareNameWords(a: string, b: string): boolean {
  const x = fold(a), y = fold(b);
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 5 || x[0] !== y[0]) return false;
  const d = editDistance(x, y, 2);
  return d <= (Math.min(x.length, y.length) >= 8 ? 2 : 1) ||
    // transposed letters count once ("Sregey" / "Sergey")
    d <= 2 && [...x].sort().join("") === [...y].sort().join("");
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2020-07-16" → "16 July 2020"; "2020-07" → "July 2020"; "2020" → "2020". */
export function displayDate(d: string): string {
  const [y, m, day] = d.split("-");
  if (day) return `${Number(day)} ${MONTH_NAMES[Number(m) - 1]} ${y}`;
  if (m) return `${MONTH_NAMES[Number(m) - 1]} ${y}`;
  return y;
}

/** A person's name without middle initials: "Stephen E. Biegun" is named "Stephen Biegun" (the initial stays an alias),
 * so the article that writes it in full and the one that drops it make one node. Lone initials are left alone. */
export const withoutMiddleInitials = (name: string): string => {
  const words = name.split(/\s+/);
  if (words.length < 3) return name;
  const kept = [words[0], ...words.slice(1, -1).filter((w) => !/^\p{Lu}\.$/u.test(w)), words.at(-1)!];
  return kept.join(" ");
};
