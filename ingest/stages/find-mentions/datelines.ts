// Datelines: a place opening a sentence that says where the report was filed ("MOSCOW --", "LONDON (Reuters) -").
import type { Mention, Sentence } from "../../document.ts";

/** What the rest of a dateline opens with: a dash, a comma, a bracket. */
const OPENER = /^[-—–,(]/;
/** "MOSCOW --", "OHRID, North Macedonia --": a place, perhaps its country, then a dash. */
const DASHED = /^(- -|--|—|–|,[^,]{1,40}?(- -|--|—|–))/;
/** (a list before a dash is no dateline: "Moscow, Ankara and Tehran — all urged ...") */
const LISTED = /^,[^,]*\band\b/;
/** "LONDON (Reuters) -", "BAKU, Azerbaijan (AP) —": an agency's name in brackets, then a dash. */
const AGENCY = /^(, [^,()]{1,40} )?\( [^()]{1,40} \) (- -|--|—|–|-)( |$)/;

const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
const DATED = new RegExp(`^(, [^,()]{1,40} )?, (${MONTH} \\d{1,2}|\\d{1,2} ${MONTH})( , \\d{4}| \\d{4})? (\\.|/|\\(|- -|--|—|–|-)( |$)`, "i");

/** Whether the place opening a sentence is a dateline, which says where the report was filed: the place is no actor
 * of what the sentence states ("LONDON (Reuters) - Britain urged ..." is Britain's appeal, not London's). A dash
 * after it marks one anywhere; an agency in brackets or a date ("MOSCOW, September 20.") only at a paragraph's start. */
export function dateline(s: Sentence, m: Mention, opensParagraph: boolean): boolean {
  const toks = s.tokens;
  // (most places opening a sentence are followed by a word: no need to read on)
  if (!OPENER.test(toks[m.end]?.text ?? "")) return false;
  const after = toks.slice(m.end, m.end + 14).map((t) => t.text).join(" ");
  // (datelines are mostly in capitals: "SARAJEVO, Bosnia and Herzegovina --" is one, whatever its "and")
  if (DASHED.test(after) && (!LISTED.test(after) || m.text === m.text.toUpperCase())) return true;
  if (!opensParagraph) return false;
  if (AGENCY.test(after)) return true;
  // "MOSCOW, September 20.", "BAKU, Azerbaijan, 3 May (AP) -": a comma, perhaps the country, then the date and the end
  // of the line's first part (a full stop, a slash, a bracket or a dash)
  return DATED.test(after);
}

/** Kinds of mention a dateline opens with. */
export const DATELINE_KINDS = new Set<Mention["kind"]>(["capital", "place", "state"]);
