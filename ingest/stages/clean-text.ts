// Stage: drops page furniture (cookie notices, comment forms, share bars, "See also" lists, ...) line by line.
import type { Doc } from "../document.ts";
import type { Resources } from "../resources.ts";

/** A line that looks like a link or headline in a list: short, no closing full stop. */
const linkLike = (l: string) => l.split(/\s+/).length <= 16 && !/[.!?]["”’]?$/.test(l);

/** Lines mostly in another script than the article's (a site's menu in its home language). */
function foreignScript(line: string): boolean {
  // most lines are plain ASCII, and ASCII letters are Latin
  if (/^[\x20-\x7e]*$/.test(line)) return false;
  const letters = line.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return false;
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  return latin / letters.length < 0.3 && line.split(/\s+/).length < 8;
}

export function cleanText(doc: Doc, res: Resources): Doc {
  const rules = res.lexicon.boilerplate;
  const out: string[] = [];
  const seen = new Set<string>();
  let dropLinks = false;
  for (const rawLine of doc.raw.text.split(/\n/)) {
    // Only whitespace is normalised: control characters and direction marks stay, so evidence is the article's own
    // text; matching folds them away (nlp.ts fold).
    const line = rawLine.replace(/[ \t\r\f\v]+/g, " ").trim();
    if (!line) continue;
    if (dropLinks && linkLike(line)) continue;
    dropLinks = false;
    const rule = rules.find((r) => r.re.test(line));
    if (rule) {
      dropLinks = rule.drop === "line-and-links";
      continue;
    }
    if (foreignScript(line)) continue;
    // Photo captions and teasers often repeat a paragraph word for word.
    if (seen.has(line)) continue;
    seen.add(line);
    out.push(line);
  }
  return { ...doc, text: out.join("\n") };
}
