// Stage: the two sides of the conflict an article is about (as entity ids), so "the parties" and "both sides" can resolve to them.
//
// Why counting pairs: reports name the sides together again and again ("Armenia and Azerbaijan", "Armenian-Azerbaijani",
// "between Baku and Yerevan"); the pair named together most often is the conflict the article is about.
import type { Doc, Mention } from "../document.ts";
import type { Resources } from "../resources.ts";
import { entityId } from "../entity-ids.ts";

const STATEISH = new Set(["state", "capital", "seat", "adjective"]);
/** What joins the actors of a list. */
const LIST_GLUE = new Set([",", "and", ", and", "and the", ", the", ", and the"]);

/** The entity id a side will have: states by id, known organisations by theirs ("the army and the RSF" are sides too). */
function sideKey(m: Mention, res: Resources): string | undefined {
  if (m.venue) return undefined;
  if (STATEISH.has(m.kind) && m.state) return entityId("State", m.state);
  if (m.kind === "organisation" && m.ref) return entityId("Organisation", m.ref);
  if (m.kind === "body" && m.state && m.body) return entityId("Organisation", res.gazetteer.bodyOrganisations.get(`${m.state}|${m.body}`) ?? `${m.state}-${m.body}`);
  return undefined;
}

export function findSides(doc: Doc, res: Resources): Doc {
  const pairs = new Map<string, number>();
  const count = (a?: string, b?: string, w = 1) => {
    if (!a || !b || a === b) return;
    const k = [a, b].sort().join("|");
    pairs.set(k, (pairs.get(k) ?? 0) + w);
  };
  const bySentence = new Map<number, Mention[]>();
  for (const m of doc.mentions) {
    const ms = bySentence.get(m.sentence);
    if (ms) ms.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  for (const [si, ms] of bySentence) {
    const toks = doc.sentences[si].tokens;
    const actors = ms.filter((m) => sideKey(m, res));
    // mediators come after "by" ("facilitated by Saudi Arabia and the United States", "co-chaired by the EU, the UN and
    // the OSCE"): every actor of a list that opens after "by" is one, not a side
    let byList = false;
    for (let i = 0; i + 1 < actors.length; i++) {
      const a = actors[i], b = actors[i + 1];
      const afterBy = toks[a.start - 1]?.norm === "by" || toks[a.start - 2]?.norm === "by";
      const listed = i > 0 && actors[i - 1].end <= a.start && a.start - actors[i - 1].end <= 2 && LIST_GLUE.has(toks.slice(actors[i - 1].end, a.start).map((t) => t.norm).join(" "));
      byList = afterBy || (byList && listed);
      // "Armenia and Azerbaijan", "Armenian-Azerbaijani", "Baku and Yerevan", "Azerbaijan to Armenia": at most two
      // words between them (most pairs are further apart, and need no joining)
      if (b.start - a.end > 2) continue;
      const between = toks.slice(a.end, b.start).map((t) => t.norm).join(" ");
      if (byList) continue;
      const weight = toks[a.start - 1]?.norm === "between" || toks[a.start - 2]?.norm === "between" ? 3 : 2;
      if (["and", "-", "and the", "to", "with", "or"].includes(between)) count(sideKey(a, res), sideKey(b, res), weight);
    }
    for (const m of ms) if (m.happening && m.happening.parties.length === 2) count(entityId("State", m.happening.parties[0]), entityId("State", m.happening.parties[1]), 2);
  }
  const best = [...pairs].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return { ...doc, sides: best && best[1] >= 2 ? best[0].split("|") : [] };
}
