// Nodes and relationships as flat property maps, for formats whose values are scalars or lists of strings.
import type { Evidence, GraphEdge, GraphNode } from "../graph-schema/index.ts";

/** Node properties beside `id` and `label`, in a fixed order so every format declares them alike. */
export const NODE_PROPERTIES = ["name", "aliases", "role", "country", "date", "source", "title", "url"] as const;
/** Relationship properties beside `id`, `type` and the endpoints; evidence is written by each format its own way. */
export const EDGE_PROPERTIES = ["date", "role", "of", "demand"] as const;

export type FlatValue = string | string[] | undefined;

export function nodeProperty(n: GraphNode, key: (typeof NODE_PROPERTIES)[number]): FlatValue {
  const v = (n as Record<string, unknown>)[key];
  if (Array.isArray(v)) return v.map(String);
  return v === null || v === undefined ? undefined : String(v);
}

export function edgeProperty(e: GraphEdge, key: (typeof EDGE_PROPERTIES)[number]): string | undefined {
  const v = e[key];
  return v === null || v === undefined ? undefined : String(v);
}

/** Evidence as one JSON string, for formats without nested values (GEXF, GraphML); `date` null where none is given. */
export const evidenceJson = (evidence: Evidence[]): string =>
  JSON.stringify(evidence.map((ev) => ({ article: ev.article, sentence: ev.sentence, date: ev.date ?? null })));
