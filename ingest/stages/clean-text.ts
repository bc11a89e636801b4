// Stage: drops page furniture (cookie notices, comment forms, share bars, "See also" lists, ...) line by line.
import type { Doc } from "../document.ts";
import type { Resources } from "../resources.ts";

/** A line that looks like a link or headline in a list: short, no closing full stop. */
const linkLike = (l: string) => l.split(/\s+/).length <= 16 && !/[.!?]["”’]?$/.test(l);

/** Plain ASCII text: most lines. */
const isAscii = (line: string) => /^[\x20-\x7e]*$/.test(line);

/** Lines mostly in another script than the article's (a site's menu in its home language). */
function foreignScript(line: string, ascii: boolean): boolean {
  // ASCII letters are Latin
  if (ascii) return false;
  const letters = line.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return false;
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  return latin / letters.length < 0.3 && line.split(/\s+/).length < 8;
}

type Rule = Resources["lexicon"]["boilerplate"][number];

/** Each boilerplate rule with a twin for ASCII lines, read once per lexicon.
 *
 * Why a twin: V8 runs a case-insensitive pattern about six times slower in Unicode mode ("iu") than without it, and
 * two rules scan every line. On ASCII text an ASCII pattern matches the same either way (the case pairs of ASCII
 * letters are the same; only "ſ" and the Kelvin sign fold onto ASCII letters in Unicode mode), so ASCII lines are
 * tested without it. A pattern with Unicode-only syntax (\p{..}, \u{..}), non-ASCII characters or a stateful flag
 * keeps one form. */
const twins = new WeakMap<Rule[], { rule: Rule; ascii: RegExp }[]>();
function rulesFor(rules: Rule[]): { rule: Rule; ascii: RegExp }[] {
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

export function cleanText(doc: Doc, res: Resources): Doc {
  const rules = rulesFor(res.lexicon.boilerplate);
  const out: string[] = [];
  const seen = new Set<string>();
  let dropLinks = false;
  for (const rawLine of doc.raw.text.split(/\n/)) {
    // Only whitespace is normalised: control characters and direction marks stay, so evidence is the article's own
    // text; matching folds them away (nlp.ts fold).
    // (most lines have single spaces only, which the replacement would give back as they are)
    const line = (/[\t\r\f\v]| {2}/.test(rawLine) ? rawLine.replace(/[ \t\r\f\v]+/g, " ") : rawLine).trim();
    if (!line) continue;
    if (dropLinks && linkLike(line)) continue;
    dropLinks = false;
    const ascii = isAscii(line);
    const rule = rules.find((r) => (ascii ? r.ascii : r.rule.re).test(line))?.rule;
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
