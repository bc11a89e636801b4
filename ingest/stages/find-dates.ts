// Stage: dates in sentences ("on 13 July", "on Tuesday", "November 1 and November 2", "in 2022"), resolved against the article's date.
import type { Doc, Sentence, Token } from "../document.ts";
import type { Resources } from "../resources.ts";
import { wordTable } from "../word-table.ts";

export const MONTHS: Record<string, number> = wordTable({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
});
const WEEKDAYS: Record<string, number> = wordTable({ sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 });
/** The words a date may start with besides a digit: months (abbreviations with their dot too) and weekdays. */
const CALENDAR_WORDS = new Set([...Object.keys(MONTHS), ...Object.keys(MONTHS).map((m) => `${m}.`), ...Object.keys(WEEKDAYS)]);

export interface DateSpan {
  start: number;
  end: number;
  /** YYYY-MM-DD, YYYY-MM or YYYY */
  value: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d?: number) => (d ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`);
const monthOf = (norm: string) => MONTHS[norm.endsWith(".") ? norm.slice(0, -1) : norm];
/** The first character is a digit: days, years and ISO dates all start with one. */
const digitFirst = (norm: string) => {
  const c = norm.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
};
const dayOf = (norm: string) => {
  const m = digitFirst(norm) ? /^(\d{1,2})(st|nd|rd|th)?$/.exec(norm) : null;
  const d = m ? Number(m[1]) : NaN;
  return d >= 1 && d <= 31 ? d : undefined;
};
const yearOf = (norm: string) => (norm.length === 4 && /^(1[89]|20)\d\d$/.test(norm) ? Number(norm) : undefined);
/** A capital A-Z first. */
const capitalFirst = (text: string) => {
  const c = text.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a;
};

/** The year a day-and-month without a year falls in: the article's, unless that would be after the article. */
function inferYear(m: number, d: number, ref: string | null): number | undefined {
  if (!ref) return undefined;
  const [ry, rm, rd] = ref.split("-").map(Number);
  return m > rm || (m === rm && d > rd + 1) ? ry - 1 : ry;
}

/** The weekday on or before the article's date ("on Tuesday" in a report of Tuesday's news). */
function lastWeekday(wd: number, ref: string | null): string | undefined {
  if (!ref) return undefined;
  const t = new Date(`${ref}T12:00:00Z`);
  // a reference that is not a calendar day (found by the fuzz test: "9999-99-99" from a JSON Lines record) dates nothing
  if (Number.isNaN(t.getTime())) return undefined;
  const back = (t.getUTCDay() - wd + 7) % 7;
  t.setUTCDate(t.getUTCDate() - back);
  return t.toISOString().slice(0, 10);
}

/** Absolute date phrases: "July 25, 2023", "25 July 2023", "2023-07-25". */
export function parseDatePhrase(s: string): string | undefined {
  const t = s.trim().toLowerCase().replace(/,/g, " ").split(/\s+/);
  if (/^\d{4}-\d{2}-\d{2}$/.test(t[0])) return t[0];
  // every other form ends with the year: without one, nothing else need be read
  const y = yearOf(t[2] ?? "");
  if (!y) return undefined;
  const [a, b] = t;
  const month = monthOf(a), day = dayOf(b ?? "");
  if (month && day) return iso(y, month, day);
  const day2 = dayOf(a), month2 = monthOf(b ?? "");
  if (day2 && month2) return iso(y, month2, day2);
  return undefined;
}

/** The words after which a weekday is a date ("on Tuesday", "since Monday"). */
const WEEKDAY_CUES = new Set(["on", "last", "this", "since", "until", "by", "from", "late", "early"]);

/** Every date expression in a sentence's tokens (`n`: their norms, which a sentence keeps as one array). */
export function datesIn(tokens: Token[], ref: string | null, n: string[] = tokens.map((t) => t.norm)): DateSpan[] {
  const out: DateSpan[] = [];
  for (let i = 0; i < n.length; i++) {
    const capital = capitalFirst(tokens[i].text);
    // every date starts with a digit or a capitalised month or weekday: most words are passed over here
    if (capital ? !CALENDAR_WORDS.has(n[i]) : !digitFirst(n[i])) continue;
    if (n[i].length === 10 && /^\d{4}-\d{2}-\d{2}$/.test(n[i])) {
      out.push({ start: i, end: i + 1, value: n[i] });
      continue;
    }
    const m = monthOf(n[i]);
    // "July 16, 2020", "July 16"
    if (m && capital && dayOf(n[i + 1] ?? "")) {
      const d = dayOf(n[i + 1])!;
      let end = i + 2;
      if (n[end] === ",") end++;
      const y = yearOf(n[end] ?? "");
      const year = y ?? inferYear(m, d, ref);
      if (year) out.push({ start: i, end: y ? end + 1 : i + 2, value: iso(year, m, d) });
      i = (y ? end : i + 1);
      continue;
    }
    // "16 July 2020", "16 July"
    if (dayOf(n[i]) && monthOf(n[i + 1] ?? "") && capitalFirst(tokens[i + 1].text)) {
      const d = dayOf(n[i])!;
      const mm = monthOf(n[i + 1]);
      let end = i + 2;
      if (n[end] === ",") end++;
      const y = yearOf(n[end] ?? "");
      const year = y ?? inferYear(mm, d, ref);
      if (year) out.push({ start: i, end: y ? end + 1 : i + 2, value: iso(year, mm, d) });
      i = y ? end : i + 1;
      continue;
    }
    // "in July 2020", "September 2022"
    if (m && capital && yearOf(n[i + 1] ?? "")) {
      out.push({ start: i, end: i + 2, value: iso(yearOf(n[i + 1])!, m) });
      i++;
      continue;
    }
    if (WEEKDAYS[n[i]] !== undefined && capital && WEEKDAY_CUES.has(n[i - 1])) {
      const v = lastWeekday(WEEKDAYS[n[i]], ref);
      if (v) out.push({ start: i, end: i + 1, value: v });
      continue;
    }
    if (yearOf(n[i]) && tokens[i].pos === "NUM") out.push({ start: i, end: i + 1, value: n[i] });
  }
  return out;
}

export function findDates(doc: Doc, _res: Resources): Doc {
  const ref = doc.date ?? latestDay(doc.sentences);
  const sentences: Sentence[] = [];
  for (const s of doc.sentences) {
    const dates = datesIn(s.tokens, ref, s.norms);
    sentences.push(datedSentence(s, dates, firstDay(dates)));
  }
  return { ...doc, sentences };
}

/** A sentence with its dates. (Field by field: V8 builds a spread with more properties thirty times slower, and
 * Object.assign three times; `Required` makes a field added to Sentence an error here until it is copied too.) */
const datedSentence = (s: Sentence, dates: DateSpan[], date: string | null): Sentence =>
  ({ index: s.index, text: s.text, tokens: s.tokens, norms: s.norms, quoted: s.quoted, paragraph: s.paragraph, titleCase: s.titleCase, dates, date }) satisfies Required<Sentence>;

/** The fact's date: the first day-level date the sentence gives. */
function firstDay(dates: DateSpan[]): string | null {
  for (const d of dates) if (d.value.length === 10) return d.value;
  return null;
}

/** Without a publication date, the latest full date the text gives stands in for it: reports date what happened up to
 * the day they were written, so "on 10 October" then falls in the right year. */
function latestDay(sentences: Sentence[]): string | null {
  let latest: string | null = null;
  for (const s of sentences) for (const d of datesIn(s.tokens, null, s.norms)) if (d.value.length === 10 && (latest === null || d.value > latest)) latest = d.value;
  return latest;
}
