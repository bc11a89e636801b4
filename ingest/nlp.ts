// The NLP library behind sentence splitting, tokens and parts of speech: wink-nlp with its English lite model.
//
// Why wink-nlp: its model ships inside the npm package (no download at run time), it splits sentences well around
// abbreviations ("Dr.", "U.S.", "Jan."), tags parts of speech, and reads ~150k tokens/s on one core. Its
// named entities are numbers and dates only, so names come from the gazetteer and from patterns over its tags.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Token } from "./document.ts";

export type Nlp = ReturnType<typeof createNlp>;

/** Lower case, accents folded, curly quotes straightened: the form dictionaries are matched against. */
export const fold = (s: string): string =>
  // most tokens are plain ASCII: lower-casing is all they need
  /^[\x20-\x7e]*$/.test(s) ? s.replace(/`/g, "'").toLowerCase() : s.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’‘`´]/g, "'").replace(/[‐‑‒–—]/g, "-").toLowerCase();

export function createNlp() {
  // Only what extraction uses: sentence boundaries and parts of speech (negation, sentiment and wink's own
  // number/date entities are not read, and skipping them halves the time per article).
  const nlp = winkNLP(model, ["sbd", "pos"]);
  // Dictionary forms need tokens only.
  const tokenizer = winkNLP(model, []);
  const its = nlp.its;
  const unitCache = new Map<string, string[]>();

  /** One sentence's tokens with offsets into `text`; wink gives each token's preceding spaces, so offsets are exact. */
  function tokensOf(item: { tokens(): { out(f: unknown): unknown } }, text: string): Token[] {
    const tk = item.tokens();
    const values = tk.out(its.value) as string[];
    const pos = tk.out(its.pos) as string[];
    const out: Token[] = [];
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const found = text.indexOf(v, at);
      const start = found >= 0 ? found : at;
      at = start + v.length;
      out.push({ text: v, norm: fold(v), pos: pos[i], start, end: at });
    }
    return out;
  }

  return {
    /** Sentences of one paragraph, each with its tokens. */
    sentences(paragraph: string): { text: string; tokens: Token[] }[] {
      // wink's tokenizer is quadratic in the length of one unbroken run of characters: a 100k-character "word" (a
      // scraper's base64, a URL soup) would take seconds, so such runs are cut into pieces first
      const doc = nlp.readDoc(/\S{1000}/.test(paragraph) ? paragraph.replace(/\S{1000,}/g, (w) => w.match(/\S{1,500}/g)!.join(" ")) : paragraph);
      const out: { text: string; tokens: Token[] }[] = [];
      doc.sentences().each((s: { out(): string; tokens(): { out(f: unknown): unknown } }) => {
        const text = s.out();
        out.push({ text, tokens: tokensOf(s, text) });
      });
      return out;
    },
    /** The tokens of a short phrase (a dictionary form), folded: the same tokenizer as the text, so they line up. */
    phraseNorms(phrase: string): string[] {
      // wink splits each space-separated unit on its own, so units are tokenized once and remembered:
      // the gazetteer's forms repeat the same few thousand words
      return phrase.split(/\s+/).filter(Boolean).flatMap((unit) => {
        let norms = unitCache.get(unit);
        if (!norms) unitCache.set(unit, (norms = (tokenizer.readDoc(unit).tokens().out(its.value) as string[]).map(fold)));
        return norms;
      });
    },
    /** Only the tokenizer and tagger, nothing of ours: the floor the benchmark compares extraction with. */
    bare(text: string): number {
      const doc = nlp.readDoc(text);
      return (doc.tokens().out(its.pos) as string[]).length;
    },
  };
}
