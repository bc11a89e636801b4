// Readings of a sentence's tokens that the mention finders share: a capitalised word, a span's text, the mention or
// date over a token.
import type { Mention, Sentence, Token } from "../../document.ts";

// (Patterns with a Unicode class are module constants here and in the finders: the TypeScript loader turns such a
// literal into `new RegExp(...)`, a new object each time it is evaluated.)
const UPPER_FIRST = /^\p{Lu}/u;

export const isCap = (t: Token | undefined) => {
  if (!t) return false;
  // ASCII first letters are told by their code; only others need the Unicode class
  const c = t.text.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_FIRST.test(t.text);
};

export const textOf = (s: Sentence, start: number, end: number) => s.text.slice(s.tokens[start].start, s.tokens[end - 1].end);

/** The first mention over token k, the date over token k. */
// (loops, not find: no closure is made per token asked about)
export function mentionAt(mentions: Mention[], k: number): Mention | undefined {
  for (let n = 0; n < mentions.length; n++) if (mentions[n].start <= k && k < mentions[n].end) return mentions[n];
  return undefined;
}
export function dateAt(s: Sentence, k: number): NonNullable<Sentence["dates"]>[number] | undefined {
  const dates = s.dates;
  if (dates) for (let n = 0; n < dates.length; n++) if (dates[n].start <= k && k < dates[n].end) return dates[n];
  return undefined;
}
