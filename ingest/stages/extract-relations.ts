// Stage: relationships from each sentence: the lexicon's cue patterns (verbs, nouns, passives, compounds) with their
// subjects and objects, plus what a phrase states by its form: titles (REPRESENTS), bodies (PART_OF), the sides and
// brokers of an agreement or event (PARTY_TO, PARTICIPATED_IN, MEDIATED).
import type { Doc, Mention, Relation } from "../document.ts";
import type { Resources } from "../resources.ts";
import { chairsIn } from "./extract-relations/chairs.ts";
import { conform } from "./extract-relations/conform.ts";
import { sentenceCtx, type Ctx } from "./extract-relations/context.ts";
import { cueRelations } from "./extract-relations/cue-relations.ts";
import { structuralRelations } from "./extract-relations/structural.ts";
import { findSpeaker } from "./resolve-entities/speakers.ts";

export function extractRelations(doc: Doc, res: Resources): Doc {
  const labelOf = (id: string) => doc.entities.get(id)?.label;
  const countryOf = (id: string) => doc.entities.get(id)?.country;
  const relations: Relation[] = [];
  const grouped = new Map<number, Mention[]>();
  for (const m of doc.mentions) {
    const list = grouped.get(m.sentence);
    if (list) list.push(m);
    else grouped.set(m.sentence, [m]);
  }
  const { hedges, chairs } = res.lexicon;
  for (const s of doc.sentences) {
    const ms = grouped.get(s.index);
    // every relation has an actor at one end at least: a sentence that names nobody the article resolved states none
    if (!ms?.some((m) => m.entity)) continue;
    const ctx = sentenceCtx(s, ms, labelOf);
    const speaker = () => findSpeaker(s.index, ms, doc, res);
    // the chair or host of what the sentence is about: named in it, or in the sentence before
    const chair = () => {
      const here = chairsIn(ctx, chairs, hedges);
      if (here) return here;
      const before = doc.sentences[s.index - 1];
      const prevMs = before && grouped.get(before.index);
      const prev: Ctx | undefined = prevMs?.some((m) => m.entity) ? sentenceCtx(before, prevMs, labelOf) : undefined;
      return prev && chairsIn(prev, chairs, hedges);
    };
    for (const found of [cueRelations(ctx, res.lexicon.cues, hedges, speaker, chair), structuralRelations(ctx, res)]) {
      for (const r of found) {
        const ok = conform(r, labelOf, countryOf);
        if (ok && doc.entities.has(ok.source)) relations.push(ok);
      }
    }
  }
  return { ...doc, relations };
}
