// Readings of a sentence's tokens that the mention finders share: a capitalised word, a span's text, the mention or
// date over a token.
import type { Mention, Sentence, Token } from "../../document.ts";

export const isCap = (t: Token | undefined) => {
  if (!t) return false;
  // ASCII first letters are told by their code; only others need the Unicode class
  const c = t.text.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : /^\p{Lu}/u.test(t.text);
};

export const textOf = (s: Sentence, start: number, end: number) => s.text.slice(s.tokens[start].start, s.tokens[end - 1].end);

/** The first mention over token k, the date over token k. */
export const mentionAt = (mentions: Mention[], k: number) => mentions.find((m) => m.start <= k && k < m.end);
export const dateAt = (s: Sentence, k: number) => s.dates?.find((x) => x.start <= k && k < x.end);
