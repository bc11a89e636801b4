// Stage: relationships from each sentence: the lexicon's cue patterns (verbs, nouns, passives, compounds) with their
// subjects and objects, plus what a phrase states by its form: titles (REPRESENTS), bodies (PART_OF), the sides and
// brokers of an agreement or event (PARTY_TO, PARTICIPATED_IN, MEDIATED).
import type { EntityNode } from "../../graph-schema/index.ts";
import type { Doc, Mention, Relation } from "../document.ts";
import type { Resources } from "../resources.ts";
import { chairsIn } from "./extract-relations/chairs.ts";
import { conform } from "./extract-relations/conform.ts";
import { sentenceCtx, type Ctx } from "./extract-relations/context.ts";
import { cueRelations, type Roles } from "./extract-relations/cue-relations.ts";
import { structuralRelations } from "./extract-relations/structural.ts";
import { findSpeaker } from "./resolve-entities/speakers.ts";

export function extractRelations(doc: Doc, res: Resources): Doc {
  const relations: Relation[] = [];
  // the mentions by sentence index
  const grouped: Mention[][] = new Array(doc.sentences.length);
  for (const m of doc.mentions) (grouped[m.sentence] ??= []).push(m);
  for (const s of doc.sentences) {
    const ms = grouped[s.index];
    // every relation has an actor at one end at least: a sentence that names nobody the article resolved states none
    if (!ms || !anyResolved(ms)) continue;
    const ctx = sentenceCtx(s, ms, doc.entities);
    keepAllowed(cueRelations(ctx, res.lexicon.cues, res.lexicon.hedges, new SentenceRoles(doc, res, grouped, ctx)), doc.entities, relations);
    keepAllowed(structuralRelations(ctx, res), doc.entities, relations);
  }
  return { ...doc, relations };
}

/** Whether one of the mentions stands for an entity of the article. */
function anyResolved(ms: Mention[]): boolean {
  for (let n = 0; n < ms.length; n++) if (ms[n].entity) return true;
  return false;
}

/** Adds to `out` what the ontology allows of `found` (see conform), from a source the article knows. */
function keepAllowed(found: Relation[], entities: ReadonlyMap<string, EntityNode>, out: Relation[]): void {
  for (let n = 0; n < found.length; n++) {
    const ok = conform(found[n], entities);
    // (a source conform kept has a label, so the article knows it: only a state put in its place is looked up)
    if (ok && (ok.source === found[n].source || entities.has(ok.source))) out.push(ok);
  }
}

/** Who a sentence reports, and who chairs what it is about: asked only when a cue needs them (methods, not closures
 * made for every sentence). */
class SentenceRoles implements Roles {
  private readonly doc: Doc;
  private readonly res: Resources;
  private readonly grouped: Mention[][];
  private readonly ctx: Ctx;
  constructor(doc: Doc, res: Resources, grouped: Mention[][], ctx: Ctx) {
    this.doc = doc;
    this.res = res;
    this.grouped = grouped;
    this.ctx = ctx;
  }

  speaker(): string | undefined {
    return findSpeaker(this.ctx.s.index, this.ctx.ms, this.doc, this.res);
  }

  /** the chair or host of what the sentence is about: named in it, or in the sentence before */
  chair(): string[] | undefined {
    const { chairs, hedges } = this.res.lexicon;
    const here = chairsIn(this.ctx, chairs, hedges);
    if (here) return here;
    const before = this.doc.sentences[this.ctx.s.index - 1];
    const prevMs = before && this.grouped[before.index];
    const prev: Ctx | undefined = prevMs && anyResolved(prevMs) ? sentenceCtx(before, prevMs, this.doc.entities) : undefined;
    return prev && chairsIn(prev, chairs, hedges);
  }
}
