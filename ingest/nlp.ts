// The NLP library behind sentence splitting, tokens and parts of speech: wink-nlp with its English lite model.
//
// Why wink-nlp: its model ships inside the npm package (no download at run time), it splits sentences well around
// abbreviations ("Dr.", "U.S.", "Jan."), tags parts of speech, and reads ~150k tokens/s on one core. Its
// named entities are numbers and dates only, so names come from the gazetteer and from patterns over its tags.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Token } from "./document.ts";
import { remember } from "./bounded-cache.ts";

export type Nlp = ReturnType<typeof createNlp>;

/** Lower case, accents folded, curly quotes straightened: the form dictionaries are matched against. */
export const fold = (s: string): string =>
  // most tokens are plain ASCII: lower-casing is all they need
  /^[\x20-\x7e]*$/.test(s) ? s.replace(/`/g, "'").toLowerCase() : s.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’‘`´]/g, "'").replace(/[‐‑‒–—]/g, "-").toLowerCase();

/** A paragraph with every run of 1,000+ non-space characters split by spaces every 500, and the way back to offsets in the original. */
function cutLongRuns(paragraph: string): { text: string; toOriginal?: (i: number) => number } {
  // (a paragraph shorter than such a run has none, and the pattern is slow to say so)
  if (paragraph.length < 1000 || !/\S{1000}/.test(paragraph)) return { text: paragraph };
  const origin: number[] = [];
  let text = "";
  let last = 0;
  for (const m of paragraph.matchAll(/\S{1000,}/g)) {
    for (let i = last; i < m.index; i++) origin.push(i);
    text += paragraph.slice(last, m.index);
    for (let i = 0; i < m[0].length; i++) {
      if (i > 0 && i % 500 === 0) {
        text += " ";
        origin.push(m.index + i);
      }
      text += m[0][i];
      origin.push(m.index + i);
    }
    last = m.index + m[0].length;
  }
  for (let i = last; i < paragraph.length; i++) origin.push(i);
  text += paragraph.slice(last);
  origin.push(paragraph.length);
  return { text, toOriginal: (i) => origin[Math.min(i, origin.length - 1)] };
}

/** Whether token text `v` at `start` continues the word `prev`: wink splits a word at some non-ASCII letters
 * ("Sultanoğlu" → "Sultano", "ğlu"), and letters that touch are one word. */
const continuesWord = (prev: Token, v: string, start: number): boolean =>
  // (the cheap test first: one of the two touching characters is not ASCII)
  prev.end === start && (prev.text.charCodeAt(prev.text.length - 1) > 0x7f || v.charCodeAt(0) > 0x7f) && /\p{L}$/u.test(prev.text) && /^\p{L}/u.test(v);

/** White space as `\s` and `trim` see it, by char code (asked of each sentence's first and last character). */
const isSpace = (c: number): boolean =>
  c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);

export function createNlp() {
  // Only what extraction uses: sentence boundaries and parts of speech (negation, sentiment and wink's own
  // number/date entities are not read, and skipping them halves the time per article).
  const nlp = winkNLP(model, ["sbd", "pos"]);
  // Dictionary forms need tokens only.
  const tokenizer = winkNLP(model, []);
  const its = nlp.its;
  const unitCache = new Map<string, string[]>();
  // Token texts repeat across articles ("the", "said", "Russia"): each is folded once.
  const foldCache = new Map<string, string>();
  const foldToken = (v: string): string => {
    return foldCache.get(v) ?? remember(foldCache, v, fold(v), 200_000);
  };

  /** Tokens `from..to` (exclusive) of a document, each at its offset in the document (`starts`) less `base`. */
  function tokensAt(values: string[], pos: string[], starts: Int32Array, from: number, to: number, base: number): Token[] {
    const out: Token[] = [];
    let prev: Token | undefined;
    for (let i = from; i < to; i++) {
      const v = values[i];
      const start = starts[i] - base;
      const end = start + v.length;
      if (prev && continuesWord(prev, v, start)) {
        prev.text += v;
        prev.norm = fold(prev.text);
        prev.end = end;
        continue;
      }
      prev = { text: v, norm: foldToken(v), pos: pos[i], start, end };
      out.push(prev);
    }
    return out;
  }

  /** Tokens `from..to` (exclusive) with offsets into `text`, their sentence, found by search. */
  function tokensIn(values: string[], pos: string[], from: number, to: number, text: string): Token[] {
    const starts = new Int32Array(to);
    for (let i = from, at = 0; i < to; i++) {
      const found = text.indexOf(values[i], at);
      starts[i] = found >= 0 ? found : at;
      at = starts[i] + values[i].length;
    }
    return tokensAt(values, pos, starts, from, to, 0);
  }

  return {
    /** Sentences of a text whose paragraphs are its lines, each with its tokens and its paragraph's index. */
    sentences(text: string): { text: string; tokens: Token[]; paragraph: number }[] {
      // wink's tokenizer is quadratic in the length of one unbroken run of characters: a 100k-character "word" (a
      // scraper's base64, a URL soup) would take seconds, so such runs are read in pieces; the sentences and the
      // token offsets given back are the paragraph's own, so evidence stays verbatim
      const lines = text.split("\n");
      const paragraphs = lines.map(cutLongRuns);
      // One document for the whole text: a call per paragraph costs a fifth more than one for all. A blank line ends a
      // sentence for wink as for a reader, and its tags are the same as paragraph by paragraph; the line breaks come
      // back as tokens of their own, which end a sentence here too and count the paragraphs.
      const joined = paragraphs.map((p) => p.text).join("\n\n");
      const doc = nlp.readDoc(joined);
      // the document's token arrays are read once (reading them sentence by sentence adds a quarter to wink's own time)
      const tk = doc.tokens();
      const values = tk.out(its.value) as string[];
      const pos = tk.out(its.pos) as string[];
      const spaces = tk.out(its.precedingSpaces) as string[];
      const spans = doc.sentences().out(its.span) as [number, number][];
      const out: { text: string; tokens: Token[]; paragraph: number }[] = [];
      // each token's offset in the document: wink gives the spaces before it, so they add up (checked per token, and
      // found by search where a token is not where they say); a sentence is then one slice of the text
      const n = values.length;
      const starts = new Int32Array(n);
      for (let i = 0, at = 0; i < n; i++) {
        const v = values[i];
        let s = at + spaces[i].length;
        if (!joined.startsWith(v, s)) {
          const found = joined.indexOf(v, at);
          s = found >= 0 ? found : at;
        }
        starts[i] = s;
        at = s + v.length;
      }
      // the paragraph: half the line breaks seen, as paragraphs are joined by two
      let p = 0;
      let breaks = 0;
      let cursor = 0;
      const emit = (first: number, end: number) => {
        const s0 = starts[first];
        const last = values[end - 1];
        let cut = joined.slice(s0, starts[end - 1] + last.length);
        let tokens: Token[];
        // (a token of spaces at either end is trimmed off the sentence, and the tokens are then found in what is left)
        if (isSpace(values[first].charCodeAt(0)) || isSpace(last.charCodeAt(last.length - 1))) {
          cut = cut.trim();
          tokens = tokensIn(values, pos, first, end, cut);
        } else tokens = tokensAt(values, pos, starts, first, end, s0);
        const { text: own, toOriginal } = paragraphs[p];
        if (!toOriginal) {
          out.push({ text: cut, tokens, paragraph: p });
          return;
        }
        const at = own.indexOf(cut, cursor);
        const from = at >= 0 ? at : cursor;
        cursor = from + cut.length;
        const o0 = toOriginal(from);
        const original = lines[p].slice(o0, toOriginal(from + cut.length - 1) + 1);
        for (const t of tokens) {
          t.start = toOriginal(from + t.start) - o0;
          t.end = toOriginal(from + t.end - 1) + 1 - o0;
        }
        out.push({ text: original, tokens, paragraph: p });
      };
      for (const [first, last] of spans) {
        let from = first;
        for (let i = first; i <= last; i++) {
          const v = values[i];
          // (a token that holds a line break is one of the breaks put between paragraphs: paragraphs have none)
          if (v.charCodeAt(0) > 0x20 || !v.includes("\n")) continue;
          if (i > from) emit(from, i);
          from = i + 1;
          for (let k = 0; k < v.length; k++) if (v.charCodeAt(k) === 10) breaks++;
          p = breaks >> 1;
          cursor = 0;
        }
        if (last + 1 > from) emit(from, last + 1);
      }
      return out;
    },
    /** The tokens of a short phrase (a dictionary form), folded: the same tokenizer as the text, so they line up. */
    phraseNorms(phrase: string): string[] {
      // wink splits each space-separated unit on its own, so units are tokenized once and remembered:
      // the gazetteer's forms repeat the same few thousand words
      // (a plain loop: the gazetteer asks this some 100,000 times while loading)
      const out: string[] = [];
      for (const unit of phrase.split(/\s+/)) {
        if (!unit) continue;
        let norms = unitCache.get(unit);
        if (!norms) unitCache.set(unit, (norms = (tokenizer.readDoc(unit).tokens().out(its.value) as string[]).map(fold)));
        for (const n of norms) out.push(n);
      }
      return out;
    },
    /** Only the tokenizer and tagger, nothing of ours: the floor the benchmark compares extraction with. */
    bare(text: string): number {
      const doc = nlp.readDoc(text);
      return (doc.tokens().out(its.pos) as string[]).length;
    },
  };
}
