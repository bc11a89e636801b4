// Speakers: the actor next to a verb of saying outside the quotes, who speaks the sentence's quotes.
import type { Doc, Mention, Sentence, Token } from "../../document.ts";
import { baseCandidates } from "../../lexicon/word-forms.ts";
import type { Resources } from "../../resources.ts";
import { remember } from "../../bounded-cache.ts";

/** Whether a token is a form of a verb of saying: asked of every token, so the answer is remembered per form (bounded). */
const speechMemo = new WeakMap<Set<string>, (t: Token) => boolean>();
function speechForms(speech: Set<string>): (t: Token) => boolean {
  let test = speechMemo.get(speech);
  if (!test) {
    const known = new Map<string, boolean>();
    test = (t) => {
      let is = known.get(t.norm);
      if (is === undefined) is = remember(known, t.norm, baseCandidates(t).some((b) => speech.has(b)), 100_000);
      return is;
    };
    speechMemo.set(speech, test);
  }
  return test;
}

/** The actor who speaks a sentence: the one next to a verb of saying outside the quotes. */
export function findSpeaker(si: number, ms: Mention[], doc: Doc, res: Resources): string | undefined {
  const s = doc.sentences[si];
  const speech = speechForms(res.lexicon.speech);
  for (let i = 0; i < s.tokens.length; i++) if (!s.quoted[i] && speech(s.tokens[i])) return speakerNear(s, ms, i);
  return undefined;
}

/** The actor next to the verb of saying at token i. */
function speakerNear(s: Sentence, ms: Mention[], i: number): string | undefined {
  const actors = ms.filter((m) => m.entity && !s.quoted[m.start] && m.kind !== "happening" && m.kind !== "place" && !m.venue);
  const before = actors.filter((m) => m.end <= i).at(-1);
  const after = actors.find((m) => m.start > i && m.start <= i + 4);
  const pick = before && i - before.end <= 3 ? before : after ?? before;
  return pick?.entity?.[0];
}
