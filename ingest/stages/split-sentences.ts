// Stage: paragraphs → sentences → tokens (wink-nlp), marking which tokens sit inside quotation marks.
import type { Doc, Sentence } from "../document.ts";
import type { Resources } from "../resources.ts";

const OPEN = new Set(["“", "«", "„"]);
const CLOSE = new Set(["”", "»"]);

/** Most words capitalised: a headline, where capitals say nothing about names. */
function isTitleCase(words: string[]): boolean {
  // the first word is capitalised anyway, and acronyms are capitalised in prose too
  const w = words.slice(1).filter((x) => /^\p{L}/u.test(x) && x.length >= 3 && !/^\p{Lu}+$/u.test(x));
  if (w.length < 3) return false;
  return w.filter((x) => /^\p{Lu}/u.test(x)).length / w.length >= 0.9;
}

export function splitSentences(doc: Doc, res: Resources): Doc {
  const sentences: Sentence[] = [];
  doc.text.split("\n").forEach((paragraph, p) => {
    let inQuote = false;
    for (const s of res.nlp.sentences(paragraph)) {
      const quoted = s.tokens.map((t) => {
        const v = t.text;
        if (OPEN.has(v)) inQuote = true;
        else if (CLOSE.has(v)) inQuote = false;
        else if (v === '"') inQuote = !inQuote;
        return inQuote || CLOSE.has(v);
      });
      sentences.push({ index: sentences.length, text: s.text, tokens: s.tokens, quoted, paragraph: p, titleCase: isTitleCase(s.tokens.map((t) => t.text)) });
    }
  });
  return { ...doc, sentences };
}
