// The ingest pipeline: the stages in order, each a pure function of the document built so far. To add a stage, add a file and a line.
import type { ArticleRecord } from "../store/article-record.ts";
import type { Doc, RawArticle } from "./document.ts";
import type { Resources } from "./resources.ts";
import { buildRecord } from "./stages/build-record.ts";
import { cleanText } from "./stages/clean-text.ts";
import { extractRelations } from "./stages/extract-relations.ts";
import { findDates } from "./stages/find-dates.ts";
import { findMentions } from "./stages/find-mentions.ts";
import { findMetadata } from "./stages/find-metadata.ts";
import { findSides } from "./stages/find-sides.ts";
import { resolveEntities } from "./stages/resolve-entities.ts";
import { splitSentences } from "./stages/split-sentences.ts";

export type Stage = (doc: Doc, res: Resources) => Doc;

export const STAGES: [string, Stage][] = [
  ["clean-text", cleanText],
  ["find-metadata", findMetadata],
  ["split-sentences", splitSentences],
  ["find-dates", findDates],
  ["find-mentions", findMentions],
  ["find-sides", findSides],
  ["resolve-entities", resolveEntities],
  ["extract-relations", extractRelations],
];

export const emptyDoc = (raw: RawArticle): Doc => ({
  raw, text: raw.text, title: raw.title ?? "", date: raw.date ?? null, sentences: [], mentions: [], entities: new Map(), relations: [], sides: [],
});

/** Runs the stages up to and including `until` (all by default): for tests of one stage on real input. */
export function runStages(raw: RawArticle, res: Resources, until?: string): Doc {
  let doc = emptyDoc(raw);
  for (const [name, stage] of STAGES) {
    doc = stage(doc, res);
    if (name === until) break;
  }
  return doc;
}

/** Articles in, each one's record (or the error that stopped it) out, in order. The stages run one at a time over the
 * whole batch rather than article by article: a stage's code and tables then stay in the processor's caches from one
 * article to the next, which takes about a tenth off on real text (nothing on generated text, where few rules fire). The
 * records are the same either way: no stage reads another article's document. */
export function extractArticles(raws: RawArticle[], res: Resources): (ArticleRecord | Error)[] {
  const docs: (Doc | Error)[] = raws.map(emptyDoc);
  for (const [, stage] of STAGES) {
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i];
      if (!(d instanceof Error)) docs[i] = attempt(() => stage(d, res));
    }
  }
  return docs.map((d) => (d instanceof Error ? d : attempt(() => buildRecord(d))));
}

/** f's value, or what it threw as an Error: one article's failure is its own. */
function attempt<T>(f: () => T): T | Error {
  try {
    return f();
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/** One article in, its record out. The record is checked against the schema where it is stored (article-ledger.ts), not
 * here: extraction builds it by its type, and a check per article in each worker would cost a twentieth of extraction. */
export function extractArticle(raw: RawArticle, res: Resources): ArticleRecord {
  return buildRecord(runStages(raw, res));
}
