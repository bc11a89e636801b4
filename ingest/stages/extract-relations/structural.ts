// Structural relations: what phrases state by their form alone: titles (REPRESENTS), bodies (PART_OF), the sides and
// brokers of an agreement or event (PARTY_TO, PARTICIPATED_IN, MEDIATED).
import type { Mention, Relation } from "../../document.ts";
import type { Resources } from "../../resources.ts";
import { actorGroup } from "./actor-groups.ts";
import { labelOf, mentionsAt, type Ctx } from "./context.ts";
import { entityId } from "../../entity-ids.ts";

/** What phrases state by their form alone. */
export function structuralRelations(ctx: Ctx, res: Resources): Relation[] {
  const out: Relation[] = [];
  const g = res.gazetteer;
  const si = ctx.s.index;
  for (const m of ctx.ms) {
    if (!m.entity) continue;
    const id = m.entity[0];
    if (m.kind === "person" && !m.former && m.title && m.title !== "counterpart" && m.state && !m.orgTitle) out.push({ type: "REPRESENTS", source: id, target: entityId("State", m.state), sentence: si, role: m.title });
    // "U.N. Secretary-General Antonio Guterres", "the TPLF spokesman", "the UN's X": the title is the organisation's
    if (m.kind === "person" && !m.former && m.titleStart !== undefined) {
      const org = ctx.ms.find((x) => x.end === m.titleStart && x.entity && labelOf(ctx, x.entity[0]) === "Organisation");
      if (org) out.push({ type: "REPRESENTS", source: id, target: org.entity![0], sentence: si, ...(m.title ? { role: m.title } : {}) });
    }
    if (m.kind === "body" && m.state) out.push({ type: "PART_OF", source: id, target: entityId("State", m.state), sentence: si });
    if (m.kind === "organisation" && m.ref) {
      const o = g.organisations.get(m.ref);
      if (o?.partOf) out.push({ type: "PART_OF", source: id, target: g.states.has(o.partOf) ? entityId("State", o.partOf) : entityId("Organisation", o.partOf), sentence: si });
    }
    if (m.kind === "happening" && m.happening) {
      const label = labelOf(ctx, id);
      for (const p of m.happening.parties) out.push({ type: label === "Agreement" ? "PARTY_TO" : "PARTICIPATED_IN", source: entityId("State", p), target: id, sentence: si });
      // a known agreement's sides, where the article names them too ("a Russian-brokered ceasefire" in a report on
      // Armenia and Azerbaijan binds them both)
      // (named outright, or by the day the phrase itself gives: "the August 12, 2008 ceasefire agreement")
      const dayInPhrase = m.happening.date?.length === 10 && !!ctx.s.dates?.some((d) => d.start >= m.start && d.end <= m.end && d.value.length === 10);
      const known = label === "Agreement" && (m.ref || dayInPhrase) ? g.happenings.get(id.replace(/^agreement:/, "")) : undefined;
      // (not the phrase's own broker: "a Russia-brokered ceasefire" does not say Russia is bound by it)
      if (known) {
        for (const p of known.parties) {
          const state = entityId("State", p);
          if (labelOf(ctx, state) === "State" && !m.happening.brokers.includes(state)) out.push({ type: "PARTY_TO", source: state, target: id, sentence: si });
        }
      }
      for (const b of m.happening.brokers) out.push({ type: "MEDIATED", source: b, target: id, sentence: si });
      if (label === "Agreement") for (const p of sidesBetween(ctx, m)) out.push({ type: "PARTY_TO", source: p, target: id, sentence: si });
    }
  }
  return out;
}

const CLAUSE_BREAKS = new Set([",", ";", "(", "and"]);
const isHappening = (x: Mention) => x.kind === "happening";
/** The sides an agreement's phrase names after "between", in its name or just after it ("the truce between Israel and
 * Hamas", "the Agreement on the Path to Peace between A and B"): organisations too, which the phrase's own parties
 * (states) leave out. Two sides at least; nothing past a comma or a verb, which would start another clause. */
function sidesBetween(ctx: Ctx, m: Mention): string[] {
  const toks = ctx.s.tokens;
  for (let j = m.start + 1; j < toks.length && j < m.end + 8; j++) {
    const t = toks[j];
    if (t.norm === "between") {
      const g = actorGroup(ctx, j + 1);
      return g && g.ids.length >= 2 && !g.ids.includes(m.entity![0]) ? g.ids : [];
    }
    if (j >= m.end && (CLAUSE_BREAKS.has(t.norm) || t.pos === "VERB" || t.pos === "AUX" || mentionsAt(ctx, j).some(isHappening))) return [];
  }
  return [];
}
