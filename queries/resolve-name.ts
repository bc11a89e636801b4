// Finds the one node a name given as a parameter means, through its aliases: "Lavrov" finds Sergey Lavrov.
export interface NameCandidate {
  id: string;
  name: string;
  label: string;
  aliases: string[];
}

const norm = (s: string): string =>
  s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
/** The words of a name with accents, case and punctuation folded away: "Sergéy  LAVROV." is ["sergey", "lavrov"]. */
export const foldedWords = (s: string): string[] => norm(s).split(" ").filter(Boolean);
const words = foldedWords;

/**
 * Tries, in order: the exact id; a name or alias equal to the text (ignoring case, accents, punctuation); a name
 * or alias containing every word of the text. The first tier with exactly one node wins; several is an error
 * naming them, so a user never gets an answer about the wrong Aliyev.
 */
export function resolveName(text: string, candidates: NameCandidate[], what = "node"): NameCandidate {
  const q = norm(text);
  const qw = words(text);
  if (!q) throw new Error(`queries: an empty ${what} name`);
  const forms = (c: NameCandidate) => [c.name, ...c.aliases];
  const tiers: ((c: NameCandidate) => boolean)[] = [
    (c) => c.id === text,
    (c) => forms(c).some((f) => norm(f) === q),
    (c) => forms(c).some((f) => { const fw = words(f); return qw.every((w) => fw.includes(w)); }),
  ];
  for (const tier of tiers) {
    const hits = candidates.filter(tier);
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) {
      const list = hits.slice(0, 6).map((h) => `${h.name} (${h.label})`).join(", ");
      throw new Error(`queries: "${text}" could be ${hits.length} ${what}s: ${list}${hits.length > 6 ? ", ..." : ""}; give more of the name`);
    }
  }
  throw new Error(`queries: no ${what} named "${text}" in the graph`);
}
