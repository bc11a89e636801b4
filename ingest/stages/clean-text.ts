// Stage: drops page furniture (cookie notices, comment forms, share bars, "See also" lists, ...) line by line.
import type { Doc } from "../document.ts";
import type { Resources } from "../resources.ts";

/** A line that looks like a link or headline in a list: short, no closing full stop. */
const linkLike = (l: string) => l.split(/\s+/).length <= 16 && !/[.!?]["”’]?$/.test(l);

/** Plain ASCII text: most lines. */
const isAscii = (line: string) => /^[\x20-\x7e]*$/.test(line);

/** Characters on which a case-insensitive pattern of ASCII letters reads differently in Unicode mode: "ſ" and the
 * Kelvin sign fold onto "s" and "k" there, and a surrogate pair is one character there, two without. */
const UNICODE_ONLY = /[\u017f\u212a\ud800-\udfff]/;

/** Lines mostly in another script than the article's (a site's menu in its home language). */
function foreignScript(line: string, ascii: boolean): boolean {
  // ASCII letters are Latin; a line of eight words or more is prose, whatever its script (the cheap tests first)
  if (ascii || line.split(/\s+/).length >= 8) return false;
  let letters = 0;
  let latin = 0;
  for (const c of line) {
    const code = c.charCodeAt(0);
    // ASCII letters need no Unicode tables
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
      letters++;
      latin++;
    } else if (code >= 0x80 && LETTER.test(c)) {
      letters++;
      if (LATIN.test(c)) latin++;
    }
  }
  return letters > 0 && latin / letters < 0.3;
}
const LETTER = /^\p{L}$/u;
const LATIN = /^\p{Script=Latin}$/u;

type Rule = Resources["lexicon"]["boilerplate"][number];

/** Each boilerplate rule with a twin for plain lines (most lines), read once per lexicon.
 *
 * Why a twin: V8 runs a case-insensitive pattern about six times slower in Unicode mode ("iu") than without it, and
 * two rules scan every line. An ASCII pattern matches the same either way on a line without the few characters
 * UNICODE_ONLY lists (the case pairs of ASCII letters are the same; only "ſ" and the Kelvin sign fold onto ASCII
 * letters in Unicode mode, and only a surrogate pair is counted differently), so such lines are tested without it.
 * A pattern with Unicode-only syntax (\p{..}, \u{..}), non-ASCII characters or a stateful flag keeps one form. */
interface RuleForms {
  rule: Rule;
  /** for lines without the characters UNICODE_ONLY lists */
  ascii: RegExp;
}
const twins = new WeakMap<Rule[], RuleForms[]>();
function rulesFor(rules: Rule[]): RuleForms[] {
  let t = twins.get(rules);
  if (!t) {
    t = rules.map((rule) => {
      const { source, flags } = rule.re;
      const plain = isAscii(source) && !/\\[pPu]/.test(source) && !/[gyv]/.test(flags);
      return { rule, ascii: plain ? new RegExp(source, flags.replace("u", "")) : rule.re };
    });
    twins.set(rules, t);
  }
  return t;
}

/** The first rule a line matches, in the form its characters allow (see rulesFor). */
function ruleFor(rules: RuleForms[], line: string, plain: boolean): Rule | undefined {
  for (let n = 0; n < rules.length; n++) {
    const r = rules[n];
    if ((plain ? r.ascii : r.rule.re).test(line)) return r.rule;
  }
  return undefined;
}

export function cleanText(doc: Doc, res: Resources): Doc {
  const rules = rulesFor(res.lexicon.boilerplate);
  const out: string[] = [];
  const seen = new Set<string>();
  let dropLinks = false;
  for (const rawLine of doc.raw.text.split("\n")) {
    // Only whitespace is normalised: control characters and direction marks stay, so evidence is the article's own
    // text; matching folds them away (nlp.ts fold).
    // (most lines have single spaces only, which the replacement would give back as they are)
    const line = (/[\t\r\f\v]| {2}/.test(rawLine) ? rawLine.replace(/[ \t\r\f\v]+/g, " ") : rawLine).trim();
    if (!line) continue;
    if (dropLinks && linkLike(line)) continue;
    dropLinks = false;
    const ascii = isAscii(line);
    // (curly quotes and accented names leave a line plain)
    const plain = ascii || !UNICODE_ONLY.test(line);
    const rule = ruleFor(rules, line, plain);
    if (rule) {
      dropLinks = rule.drop === "line-and-links";
      continue;
    }
    if (foreignScript(line, ascii)) continue;
    // Photo captions and teasers often repeat a paragraph word for word.
    if (seen.has(line)) continue;
    seen.add(line);
    out.push(line);
  }
  return { ...doc, text: out.join("\n") };
}
