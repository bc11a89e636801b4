// Stage: paragraphs → sentences → tokens (wink-nlp), marking which tokens sit inside quotation marks.
import type { Doc, Sentence, Token } from "../document.ts";
import type { Resources } from "../resources.ts";

const OPEN = new Set(["“", "«", "„"]);
const CLOSE = new Set(["”", "»"]);

/** Most words capitalised: a headline, where capitals say nothing about names. */
function isTitleCase(tokens: Token[]): boolean {
  // the first word is capitalised anyway, and acronyms are capitalised in prose too: words of 3+ characters that
  // start with a letter and are not all capitals are counted
  let words = 0;
  let capitalised = 0;
  for (let i = 1; i < tokens.length; i++) {
    const x = tokens[i].text;
    if (x.length < 3) continue;
    const c = x.charCodeAt(0);
    // most words start with an ASCII letter or are not words: the Unicode classes are needed for the others only
    const lower = c >= 0x61 && c <= 0x7a;
    const upper = c >= 0x41 && c <= 0x5a;
    if (c < 0x80 && !lower && !upper) continue;
    if (lower) {
      words++;
      continue;
    }
    if (!(upper || /^\p{L}/u.test(x)) || allCapitals(x)) continue;
    words++;
    if (upper || /^\p{Lu}/u.test(x)) capitalised++;
  }
  if (words < 3) return false;
  return capitalised / words >= 0.9;
}

/** Capital letters only: /^\p{Lu}+$/u, by char code while the word is ASCII letters (the pattern runs in Unicode
 * mode, slow, and is asked of every capitalised word). */
function allCapitals(x: string): boolean {
  for (let k = 0; k < x.length; k++) {
    const c = x.charCodeAt(k);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c < 0x41 || c > 0x5a) return ALL_CAPITALS.test(x);
  }
  return x.length > 0;
}
const ALL_CAPITALS = /^\p{Lu}+$/u;

export function splitSentences(doc: Doc, res: Resources): Doc {
  const sentences: Sentence[] = [];
  let inQuote = false;
  let paragraph = -1;
  for (const s of res.nlp.sentences(doc.text)) {
    // a quotation does not run on into the next paragraph
    if (s.paragraph !== paragraph) inQuote = false;
    paragraph = s.paragraph;
    const quoted: boolean[] = [];
    const norms: string[] = [];
    for (const t of s.tokens) {
      norms.push(t.norm);
      const v = t.text;
      let close = false;
      // (quotation marks are one character: longer tokens need no look-up)
      if (v.length === 1) {
        close = CLOSE.has(v);
        if (OPEN.has(v)) inQuote = true;
        else if (close) inQuote = false;
        else if (v === '"') inQuote = !inQuote;
      }
      quoted.push(inQuote || close);
    }
    sentences.push({ index: sentences.length, text: s.text, tokens: s.tokens, norms, quoted, paragraph, titleCase: isTitleCase(s.tokens) });
  }
  return { ...doc, sentences };
}
