// The cue matcher: a lexicon pattern read into words and slots, matched at a token over gap words, filling its slots
// with actor groups, organisations and happenings.
import type { Mention } from "../../document.ts";
import type { RelationCue } from "../../lexicon/load-lexicon.ts";
import { formsOf } from "../../lexicon/word-forms.ts";
import { actorGroup, skipToName } from "./actor-groups.ts";
import { actorAt, actorStartingAt, labelOf, mentionsAt, startingAt, type Ctx } from "./context.ts";

/** Words a pattern may skip between its own words: "once again calls on", "held separate telephone conversations". */
const GAP_POS = new Set(["ADV", "ADJ", "DET", "NUM", "AUX", "PART"]);
const GAP_WORDS = new Set(["once", "again", "also", "separate", "his", "her", "its", "their", "our", "been", "be", "being", "was", "were", "is", "are", "has", "have", "had"]);
const DAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow"]);
/** Gap words and days: one look-up for a word that is neither. */
const GAP_WORDS_AND_DAYS = new Set([...GAP_WORDS, ...DAYS]);

type Slot = "obj" | "agent" | "org" | "happening";
/** A pattern's word (with every form that matches it, as isForm would) or slot; both have all three fields (one
 * shape for the matcher to read). */
export type Element = { word: string; forms: Set<string>; slot: undefined } | { word: undefined; forms: undefined; slot: Slot };
/** A cue with its pattern read once. */
export interface CompiledCue {
  cue: RelationCue;
  els: Element[];
  /** a cue opening on a slot: its first two elements, shared by the cues that open alike ("{agent} -") */
  prefix: number | undefined;
  /** the words it needs a sentence to have, as the cue index numbers them (each once) */
  needs: number[];
}
const SLOT = /^\{(obj|agent|org|happening)\}$/;
export const elements = (cue: RelationCue): Element[] =>
  cue.pattern.split(/\s+/).map((w): Element => (SLOT.test(w) ? { word: undefined, forms: undefined, slot: w.slice(1, -1) as Slot } : { word: w, forms: formsOf(w), slot: undefined }));

/** An agreement or event the text names (resolved, or read as a phrase). */
const isNamedHappening = (m: Mention) => m.kind === "happening" && (!!m.entity || !!m.happening);

/** Whether a group is part of an agreement's or event's name: "hosts the Armenia-Azerbaijan peace deal". */
function inHappeningName(ctx: Ctx, g: { start: number; end: number }): boolean {
  const here = mentionsAt(ctx, g.start);
  for (let n = 0; n < here.length; n++) if (isNamedHappening(here[n]) && here[n].end > g.end) return true;
  return ctx.s.tokens[g.end]?.norm === "-" && mentionsAt(ctx, g.end + 1).some(isNamedHappening);
}

export interface Match {
  start: number;
  end: number;
  obj?: string[];
  agent?: string[];
  org?: string[];
  happening?: string[];
}

export function matchAt({ cue, els }: CompiledCue, ctx: Ctx, i: number): Match | undefined {
  // "A and B held talks", "they met": only a verb makes the subjects meet ("in talks facilitated by X" does not)
  if (cue.subjectsAmong && ctx.s.tokens[i].pos !== "VERB" && ctx.s.tokens[i].pos !== "AUX") return undefined;
  // a bare verb followed by "by" is a passive: its subject is not the one acting ("talks facilitated by X")
  if (els.length === 1 && ctx.s.tokens[i + 1]?.norm === "by") return undefined;
  return matchElements(els, ctx, i);
}

const ORG_LEAD = new Set(["the", "its", "their", "his", "her"]);
const isResolvedHappening = (x: Mention) => x.kind === "happening" && !!x.entity;

// (tried hundreds of times an article and mostly failing: nothing is allocated until it matches)
export function matchElements(els: Element[], ctx: Ctx, i: number): Match | undefined {
  const toks = ctx.s.tokens;
  let obj: string[] | undefined, agent: string[] | undefined, org: string[] | undefined, happening: string[] | undefined;
  let k = i;
  for (let e = 0; e < els.length; e++) {
    const el = els[e];
    if (el.slot === undefined) {
      // between words, a few gap words may intervene (not an actor)
      for (let gaps = 0; k < toks.length && !el.forms.has(toks[k].norm); gaps++) {
        // (no gap before the pattern's first word: it opens the match)
        if (e === 0) return undefined;
        // "spoke by phone on Tuesday with": a day is no part of the pattern
        if (toks[k].norm === "on" && DAYS.has(toks[k + 1]?.norm ?? "")) { k += 2; continue; }
        if (gaps >= 3 || !(GAP_POS.has(toks[k].pos) || GAP_WORDS_AND_DAYS.has(toks[k].norm)) || actorAt(ctx, k)) return undefined;
        k++;
      }
      if (k >= toks.length) return undefined;
      k++;
    } else if (el.slot === "happening") {
      let found: Mention | undefined;
      for (let j = k; j < Math.min(toks.length, k + 7) && !found; j++) found = startingAt(ctx, j, isResolvedHappening);
      if (!found) return undefined;
      happening = found.entity;
      k = found.end;
    } else if (el.slot === "org") {
      const o = orgSlot(ctx, k);
      if (!o) return undefined;
      org = o.entity;
      k = o.end;
    } else {
      let g = actorGroup(ctx, k);
      if (!g) return undefined;
      // "A, B and C's chairmanship": a possessive belongs to the last name only, not to the list it closes
      const next = els[e + 1];
      if (next && next.word === "'s" && g.ids.length > 1) {
        const one = actorStartingAt(ctx, skipToName(ctx, k));
        if (!one) return undefined;
        g = { ids: one.entity!, start: one.start, end: one.end };
      }
      // a cue's last slot names its object: not a name inside the name of a deal ("hosts the A-B peace deal")
      if (e === els.length - 1 && inHappeningName(ctx, g)) return undefined;
      if (el.slot === "agent") agent = g.ids;
      else obj = g.ids;
      k = g.end;
    }
  }
  return { start: i, end: k, obj, agent, org, happening };
}

/** The organisation an {org} slot at token k names (remembered per token: the cues opening on one all ask there). */
function orgSlot(ctx: Ctx, k: number): Mention | undefined {
  const memo = (ctx.orgSlots ??= []);
  let o = memo[k];
  if (o === undefined) memo[k] = o = findOrgSlot(ctx, k) ?? null;
  return o ?? undefined;
}

const notOrganisation = (x: Mention, ctx: Ctx) => !x.entity || labelOf(ctx, x.entity[0]) !== "Organisation";
function findOrgSlot(ctx: Ctx, k: number): Mention | undefined {
  const toks = ctx.s.tokens;
  let j = k;
  while (j < toks.length && ORG_LEAD.has(toks[j].norm)) j++;
  // "the Russian-led CSTO", "the Moscow-backed bloc": the compound describes the organisation
  const lead = startingAt(ctx, j, notOrganisation);
  if (lead && toks[lead.end]?.text === "-" && (toks[lead.end + 1]?.norm ?? "").endsWith("ed")) j = lead.end + 2;
  return orgAt(ctx, j);
}

/** The first organisation named at token j. */
function orgAt(ctx: Ctx, j: number): Mention | undefined {
  const here = ctx.at[j];
  if (here) for (let n = 0; n < here.length; n++) if (here[n].entity && labelOf(ctx, here[n].entity![0]) === "Organisation") return here[n];
  return undefined;
}
