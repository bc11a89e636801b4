// Credits: a news agency named as the source of the report or of a picture is a byline, not a mention.
import type { Mention, Sentence } from "../../document.ts";
import type { Resources } from "../../resources.ts";

/** A word in capitals: "BAKU". */
const CAPITALS_WORD = /^\p{Lu}{3,}$/u;
const CREDIT_WORDS = new Set(["photo", "photos", "picture", "image", "images", "video", "file", "credit", "graphic"]);
/** A news agency named as the source of the report or of a picture ("MOSCOW, May 2. /TASS/.", "AFP, BAKU", "(Reuters
 * Photo)", "Photo: AFP", "LONDON (Reuters) -") is the byline, not something the article is about: the mention goes. */
export function dropCredits(s: Sentence, norms: string[], res: Resources, mentions: Mention[]): void {
  const toks = s.tokens;
  for (const m of mentions) {
    if (m.kind !== "organisation") continue;
    if (m.body !== "media" && (!m.ref || res.gazetteer.organisations.get(m.ref)?.kind !== "media")) continue;
    const before = norms[m.start - 1], after = norms[m.end];
    const slashed = before === "/" && after === "/";
    const picture = CREDIT_WORDS.has(after ?? "") || CREDIT_WORDS.has(before ?? "") || (before === ":" && CREDIT_WORDS.has(norms[m.start - 2] ?? ""));
    // in brackets of its own, or heading a dateline: "(Reuters) -", "AFP, BAKU" (a capitalised place next, the line short)
    const bracketed = before === "(" && after === ")" && (m.start === 1 || /^[-—–]$/.test(toks[m.end + 1]?.text ?? "") || m.end + 1 === toks.length);
    const dateline = m.start === 0 && after === "," && toks.length - m.end <= 4 && CAPITALS_WORD.test(toks[m.end + 1]?.text ?? "");
    if (slashed || picture || bracketed || dateline) m.kind = "absorbed";
  }
}
