// Test helpers: the pipeline's resources loaded once per test file, and a raw article from a few lines of text.
import type { RawArticle } from "../../ingest/document.ts";
import { runStages } from "../../ingest/pipeline.ts";
import { loadResources, type Resources } from "../../ingest/resources.ts";

let cached: Resources | undefined;
export const resources = (): Resources => (cached ??= loadResources());

export const article = (text: string, extra: Partial<RawArticle> = {}): RawArticle => ({
  id: extra.id ?? "test-article", source: extra.source ?? "test.txt", format: "text", text, ...extra,
});

/** The document after the stages up to `until`. */
export const docOf = (text: string, until?: string, extra: Partial<RawArticle> = {}) => runStages(article(text, extra), resources(), until);

/** The entities a text names, as "Label:Name". */
export function entityNames(text: string, extra: Partial<RawArticle> = {}): string[] {
  return [...docOf(text, undefined, extra).entities.values()].map((e) => `${e.label}:${e.name}`).sort();
}

/** The relationships a text states, as "SOURCE -TYPE-> TARGET" with entity names. */
export function relationsOf(text: string, extra: Partial<RawArticle> = {}): string[] {
  const doc = docOf(text, undefined, extra);
  const name = (id: string) => doc.entities.get(id)?.name ?? id;
  return [...new Set(doc.relations.map((r) => `${name(r.source)} -${r.type}-> ${name(r.target)}`))].sort();
}
