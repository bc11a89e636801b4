// Speakers: the actor next to a verb of saying outside the quotes, who speaks the sentence's quotes.
import type { Doc, Mention, Sentence, Token } from "../../document.ts";
import { baseCandidates } from "../../lexicon/word-forms.ts";
import type { Resources } from "../../resources.ts";
import { remember, tableOf } from "../../bounded-cache.ts";

/** Whether a token is a form of a verb of saying: asked of every token, so the answer is remembered per form (bounded),
 * in a table per set of verbs. */
const speechMemo = new WeakMap<Set<string>, Map<string, boolean>>();
function isSpeech(speech: Set<string>, known: Map<string, boolean>, t: Token): boolean {
  return known.get(t.norm) ?? remember(known, t.norm, baseCandidates(t).some((b) => speech.has(b)), 100_000);
}

/** The actor who speaks a sentence: the one next to a verb of saying outside the quotes. */
export function findSpeaker(si: number, ms: Mention[], doc: Doc, res: Resources): string | undefined {
  const s = doc.sentences[si];
  const speech = res.lexicon.speech;
  const known = tableOf(speechMemo, speech);
  for (let i = 0; i < s.tokens.length; i++) if (!s.quoted[i] && isSpeech(speech, known, s.tokens[i])) return speakerNear(s, ms, i);
  return undefined;
}

/** The actor next to the verb of saying at token i: the last one ending before it if close, else the first one starting
 * just after it, else that last one. */
function speakerNear(s: Sentence, ms: Mention[], i: number): string | undefined {
  let before: Mention | undefined, after: Mention | undefined;
  for (const m of ms) {
    if (!m.entity || s.quoted[m.start] || m.kind === "happening" || m.kind === "place" || m.venue) continue;
    if (m.end <= i) before = m;
    if (!after && m.start > i && m.start <= i + 4) after = m;
  }
  const pick = before && i - before.end <= 3 ? before : after ?? before;
  return pick?.entity?.[0];
}
