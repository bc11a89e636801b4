// Stage: the article's title and publication date, from the record or found in the text; metadata lines leave the text.
import type { Doc } from "../document.ts";
import type { Resources } from "../resources.ts";
import { parseDatePhrase } from "./find-dates.ts";

const ISO = /\b(?:date|published|updated|posted)?\s*:?\s*(\d{4}-\d{2}-\d{2})\b/i;
/** "Published July 25, 2023 | 09:15 PM", "Posted on 3 Dec 2020", "date 2023-07-25" */
const PUBLISHED = /\b(?:published|posted|updated|date)\b\s*(?:on|:)?\s*((?:\w+\s+)?\d{1,2}(?:st|nd|rd|th)?,?\s+\w+,?\s+\d{4}|\w+\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})/i;

/** A line that only carries page metadata (a byline with a date, a date stamp) rather than prose. */
// (the cheap tests first: most lines are prose, which ends with a full stop, and the date patterns scan the whole line)
const metadataLine = (l: string) => !/[.!?]$/.test(l) && l.split(/\s+/).length <= 14 && (PUBLISHED.test(l) || /^\s*date\s+\d{4}-\d{2}-\d{2}/i.test(l));

export function findMetadata(doc: Doc, _res: Resources): Doc {
  let date = doc.raw.date ?? null;
  const lines = doc.text.split("\n");
  const kept: string[] = [];
  for (const l of lines) {
    if (metadataLine(l)) {
      if (!date) {
        const m = PUBLISHED.exec(l) ?? ISO.exec(l);
        date = m ? (/^\d{4}-\d{2}-\d{2}$/.test(m[1]) ? m[1] : parseDatePhrase(m[1].replace(/^\w+day\s+/i, ""))) ?? null : null;
      }
      continue;
    }
    kept.push(l);
  }
  // The title: the record's, else the first line that reads like a headline.
  let title = doc.raw.title?.trim() ?? "";
  if (!title) title = kept.find((l) => l.split(/\s+/).length >= 3 && l.length <= 200) ?? kept[0] ?? doc.raw.source;
  // A title repeated as the first line of the body is the same sentence once.
  const body = kept[0] === title ? kept : [title, ...kept.filter((l) => l !== title)];
  return { ...doc, title, date, text: body.join("\n") };
}
