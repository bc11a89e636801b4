// Actor lists: the name a phrase leads to past titles and possessives, and the actors coordinated from there ("Russia,
// the United States and the European Union").
import type { Mention } from "../../document.ts";
import { actorStartingAt, isActor, mentionsAt, normsOf, startingAt, type ActorGroup, type Ctx } from "./context.ts";

export const GROUP_GLUE = new Set([",", "and", "together", "the", "both", "as", "well", "its", "his", "her", "their"]);
const REPEATED = new Set(["with", "on"]);

/** Words before a name that are not actors themselves: "his Russian counterpart Vladimir Putin", "colleagues from
 * Armenia", "Turkish President Recep Tayyip Erdogan" (the title belongs to the name that follows). */
/** Common nouns that stand in apposition before a name: "neighbour Turkey", "its ally Armenia". */
const APPOSITIVE = new Set(["neighbor", "neighbour", "neighbors", "neighbours", "ally", "allies", "partner", "partners"]);
const LEAD = new Set([...APPOSITIVE, "former", "the", "his", "her", "its", "their", "both", "our", "colleague", "colleagues", "counterpart", "counterparts", "representatives", "leaders", "officials", "from", "of", "in"]);
const POSSESSIVES = new Set(["his", "her", "its", "their", "our", "my"]);
const TITLE_ORG_KINDS = new Set(["organisation", "body", "state", "capital", "seat"]);
const isBareOffice = (x: Mention) => x.kind === "office" && !x.entity;
// (tests made once, not a closure per call)
const isResolvedPerson = (x: Mention) => x.kind === "person" && !!x.entity;
const isPerson = (x: Mention) => x.kind === "person";
const isStateOrCapital = (x: Mention) => x.kind === "state" || x.kind === "capital";
const isOffice = (x: Mention) => x.kind === "office";
export function skipToName(ctx: Ctx, k: number): number {
  const toks = ctx.s.tokens;
  for (let guard = 0; guard < 8 && k < toks.length; guard++) {
    const m = mentionsAt(ctx, k)[0];
    const possessive = m?.kind === "pronoun" && POSSESSIVES.has(toks[k].norm);
    // "Mossad chief David Barnea": an organisation that opens a title belongs to the name after it
    const titleOrg = m && TITLE_ORG_KINDS.has(m.kind) && mentionsAt(ctx, m.end).some(isBareOffice);
    if (m && (m.kind === "adjective" || (m.kind === "office" && !m.entity) || possessive || titleOrg)) {
      k = m.end;
      // "President of Kazakhstan Kassym-Jomart Tokayev": the state after the office is part of the title
      // "the EU Special Representative for the Horn of Africa, Ana Ruiz": the title's complement runs to the comma
      // before the name it introduces
      if (m.kind === "office" && (toks[k]?.norm === "for" || toks[k]?.text === ",")) {
        let c = k;
        while (c < toks.length && c < k + 10 && toks[c].text !== "," && toks[c].pos !== "VERB") c++;
        if (toks[c]?.text === "," && c + 1 < toks.length) {
          const named = skipToName(ctx, c + 1);
          if (mentionsAt(ctx, named).some(isResolvedPerson)) return named;
        }
      }
      if (m.kind === "office" && toks[k]?.norm === "of") {
        const j = toks[k + 1]?.norm === "the" ? k + 2 : k + 1;
        const st = mentionsAt(ctx, j).find(isStateOrCapital);
        if (st && mentionsAt(ctx, st.end).some(isPerson)) k = st.end;
      }
      continue;
    }
    if (!m && LEAD.has(toks[k].norm)) {
      k++;
      continue;
    }
    // "maritime neighbour Turkey", "key ally X": a descriptive noun in apposition before the name
    if (!m && toks[k].pos === "ADJ" && APPOSITIVE.has(toks[k + 1]?.norm ?? "") && !mentionsAt(ctx, k + 1).length) {
      k += 2;
      continue;
    }
    // "the international community, including X": a collective that the names after it stand for
    if (!m) {
      const inc = including(ctx, k);
      if (inc) {
        k = inc;
        continue;
      }
    }
    // "Tajikistan's President Emomali Rahmon", "Qatar's Emir, Sheikh Tamim": the state is the title's
    if (m && (m.kind === "state" || m.kind === "capital") && toks[m.end]?.norm === "'s") {
      const office = mentionsAt(ctx, m.end + 1).find(isOffice);
      const after = office && (toks[office.end]?.text === "," ? office.end + 1 : office.end);
      if (after !== undefined && mentionsAt(ctx, after).some(isResolvedPerson)) {
        k = after;
        continue;
      }
    }
    if (toks[k].norm === "'s" || toks[k].text === "’s") {
      k++;
      continue;
    }
    break;
  }
  return k;
}

const PHRASE_POS = new Set(["DET", "ADJ", "NOUN"]);
/** After a short common-noun phrase ending in "including" or "such as" ("the international community including",
 * "countries such as"), the token where the names it lists start. */
function including(ctx: Ctx, k: number): number | undefined {
  const toks = ctx.s.tokens;
  let c = k, noun = false;
  while (c < k + 4 && c < toks.length && PHRASE_POS.has(toks[c].pos) && toks[c].norm !== "such" && !mentionsAt(ctx, c).length) {
    if (toks[c].pos === "NOUN") noun = true;
    c++;
  }
  if (!noun) return undefined;
  if (toks[c]?.text === ",") c++;
  if (toks[c]?.norm === "including") return c + 1;
  if (toks[c]?.norm === "such" && toks[c + 1]?.norm === "as") return c + 2;
  return undefined;
}

/** Actors coordinated from token k: "Russia, the United States and the European Union". */
export function actorGroup(ctx: Ctx, k: number): ActorGroup | undefined {
  const memo = (ctx.groups ??= []);
  let g = memo[k];
  if (g === undefined) memo[k] = g = findActorGroup(ctx, k) ?? null;
  return g ?? undefined;
}

/** Whether a comma or "and" is among norms [from, to): what coordinates names. */
function coordinates(norms: string[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (norms[j] === "," || norms[j] === "and") return true;
  return false;
}

/** An actor that may join a group: not one describing what follows it ("the Moscow-led bloc"). */
const joins = (m: Mention, ctx: Ctx) => isActor(m, ctx) && !modifies(ctx, m);

function findActorGroup(ctx: Ctx, k: number): ActorGroup | undefined {
  const norms = normsOf(ctx);
  k = skipToName(ctx, k);
  // (a first name may open a compound: the "{agent} - broker" cues read "Moscow-brokered")
  const first = actorStartingAt(ctx, k);
  if (!first) return undefined;
  // (the first name's own ids until another joins: most groups are one name, and the matcher shares such ids already)
  let ids = first.entity!, own = false;
  let end = skipAcronym(ctx, first);
  for (;;) {
    let j = end;
    // "with A, and with B": a repeated preposition after "and" still coordinates
    // ("A, together with B": "together" coordinates too)
    while (j < norms.length && (GROUP_GLUE.has(norms[j]) || (REPEATED.has(norms[j]) && (norms[j - 1] === "and" || norms[j - 1] === "together")))) j++;
    if (j === end || !coordinates(norms, end, j)) break;
    // the next name may open on a glue word itself ("the U.N.")
    const glued = gluedName(ctx, norms, end, j);
    // (one that opens a title, "the EU Special Representative, X", gives way to the name the title introduces)
    const next = startingAt(ctx, skipToName(ctx, j), joins) ?? (glued && (startingAt(ctx, skipToName(ctx, glued.start), joins) ?? glued));
    if (!next) break;
    // "..., the White House said": after a bare comma, a name followed by its verb opens a new clause
    if (!hasAnd(norms, end, next.start) && ctx.s.tokens[next.end]?.pos === "VERB") break;
    if (!own) {
      ids = ids.slice();
      own = true;
    }
    for (let n = 0; n < next.entity!.length; n++) ids.push(next.entity![n]);
    end = skipAcronym(ctx, next);
  }
  // (a name given twice counts once)
  return { ids: ids.length > 1 ? [...new Set(ids)] : ids, start: first.start, end };
}

/** The first actor that may join, opening inside the glue [end, j) after a comma or "and" (a loop, not a closure made
 * per member). */
function gluedName(ctx: Ctx, norms: string[], end: number, j: number): Mention | undefined {
  const ms = ctx.ms;
  for (let n = 0; n < ms.length; n++) {
    const m = ms[n];
    if (m.start > end && m.start < j && joins(m, ctx) && coordinates(norms, end, m.start)) return m;
  }
  return undefined;
}

/** Whether "and" is among norms [from, to) (without the copy a slice makes). */
function hasAnd(norms: string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (norms[i] === "and") return true;
  return false;
}

/** A name in a compound that describes what follows: "the Moscow-led bloc" is no further member of a group. */
function modifies(ctx: Ctx, m: Mention): boolean {
  const toks = ctx.s.tokens;
  // (a hyphen joins without spaces: "Peru – issued" is a dash)
  return toks[m.end]?.norm === "-" && toks[m.end].start === toks[m.end - 1].end && /(ed|en)$/.test(toks[m.end + 1]?.norm ?? "") && toks[m.end + 1].pos !== "PROPN";
}

/** The end of a name with its acronym after it in brackets: "the Intergovernmental Authority on Development (IGAD)". */
function skipAcronym(ctx: Ctx, m: Mention): number {
  const toks = ctx.s.tokens;
  if (toks[m.end]?.text !== "(") return m.end;
  const a = mentionsAt(ctx, m.end + 1).find((x) => x.entity && x.entity[0] === m.entity![0]);
  return a && toks[a.end]?.text === ")" ? a.end + 1 : m.end;
}
