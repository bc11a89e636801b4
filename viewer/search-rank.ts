// Ranks nodes against a typed query by name and aliases; pure, shared by the page (as you type) and the server.

/** Lower case without diacritics, so "Pashinyan" matches "pashinyan" and "Aliyev" matches "Əliyev"-style spellings. */
export const normalise = (s: string): string =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();

export interface Searchable {
  id: string;
  name: string;
  aliases: readonly string[];
  degree: number;
}

export interface Ranked {
  id: string;
  matched: string;
  score: number;
}

/** 0 when `text` does not contain `q`; higher for exact, then prefix, then word-start, then anywhere. */
function scoreText(text: string, q: string): number {
  const t = normalise(text);
  if (t === q) return 4;
  if (t.startsWith(q)) return 3;
  const i = t.indexOf(q);
  if (i < 0) return 0;
  return /[\s\-'’(.]/.test(t[i - 1] ?? "") ? 2 : 1;
}

export function rankMatches(items: Iterable<Searchable>, query: string, limit = 20): Ranked[] {
  const q = normalise(query);
  if (!q) return [];
  const out: (Ranked & { degree: number; name: string })[] = [];
  for (const it of items) {
    let best = scoreText(it.name, q);
    let matched = it.name;
    for (const a of it.aliases) {
      const s = scoreText(a, q);
      if (s > best) [best, matched] = [s, a];
    }
    if (best > 0) out.push({ id: it.id, matched, score: best, degree: it.degree, name: it.name });
  }
  out.sort((a, b) => b.score - a.score || b.degree - a.degree || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return out.slice(0, limit).map(({ id, matched, score }) => ({ id, matched, score }));
}
