// The graph as the rows both stores hold: flat node properties, and relationship evidence as parallel arrays.
//
// Evidence model (see README, "Storage"): Neo4j properties cannot hold maps, so each relationship carries
// evidenceArticle[i], evidenceSentence[i], evidenceDate[i] ("" where the sentence gives no date) for its i-th
// piece of evidence. Nodes also carry `label` and relationships `type` as properties: the two dialects name
// them differently (labels(n)/type(r) in Neo4j, label(n) in the embedded store), a property reads the same in both.
import { REL_META, type GraphData, type GraphEdge, type GraphNode, type NodeLabel, type RelType } from "../graph-schema/index.ts";

export const ENTITY_PROPS = ["id", "label", "name", "aliases", "role", "country", "date"] as const;
export const ARTICLE_PROPS = ["id", "label", "name", "aliases", "source", "title", "date", "url"] as const;
export const REL_PROPS = ["id", "type", "date", "role", "of", "demand", "evidenceArticle", "evidenceSentence", "evidenceDate"] as const;
export const LIST_PROPS = new Set(["aliases", "evidenceArticle", "evidenceSentence", "evidenceDate"]);

export type NodeRow = Record<string, string | string[] | null>;
export interface RelRow {
  type: RelType;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  source: string;
  target: string;
  props: Record<string, string | string[] | null>;
}

export const propsOf = (label: NodeLabel): readonly string[] => (label === "Article" ? ARTICLE_PROPS : ENTITY_PROPS);

export function nodeRow(n: GraphNode): NodeRow {
  const src = n as unknown as Record<string, unknown>;
  const row: NodeRow = {};
  for (const p of propsOf(n.label)) row[p] = p === "aliases" ? [...n.aliases] : ((src[p] as string | null | undefined) ?? null);
  return row;
}

/** The row one relationship is stored as, or why it cannot be: an endpoint missing, or a pair ONTOLOGY.md does not allow. */
export function relRowOf(e: GraphEdge, labelOf: (id: string) => NodeLabel | undefined): RelRow | { id: string; reason: string } {
  const fromLabel = labelOf(e.source);
  const toLabel = labelOf(e.target);
  if (!fromLabel || !toLabel) return { id: e.id, reason: `endpoint ${!fromLabel ? e.source : e.target} is not a node of the graph` };
  const meta = REL_META[e.type];
  if (!meta.from.includes(fromLabel) || !meta.to.includes(toLabel)) return { id: e.id, reason: `${e.type} does not go from ${fromLabel} to ${toLabel} (ONTOLOGY.md)` };
  return { type: e.type, fromLabel, toLabel, source: e.source, target: e.target, props: relProps(e) };
}

/** Relationship rows, the unit both stores write in; and what had to be left out. */
export function relRows(data: GraphData): { rows: RelRow[]; skipped: { id: string; reason: string }[] } {
  const labelOf = new Map(data.nodes.map((n) => [n.id, n.label] as const));
  const rows: RelRow[] = [];
  const skipped: { id: string; reason: string }[] = [];
  for (const e of data.edges) {
    const r = relRowOf(e, (id) => labelOf.get(id));
    if ("reason" in r) skipped.push(r);
    else rows.push(r);
  }
  return { rows, skipped };
}

function relProps(e: GraphEdge): RelRow["props"] {
  return {
    id: e.id,
    type: e.type,
    date: e.date ?? null,
    role: e.role ?? null,
    of: e.of ?? null,
    demand: e.demand ?? null,
    evidenceArticle: e.evidence.map((v) => v.article),
    evidenceSentence: e.evidence.map((v) => v.sentence),
    evidenceDate: e.evidence.map((v) => v.date ?? ""),
  };
}

/** Stored properties back to a schema node (nulls dropped where the schema has optional fields). */
export function nodeFromProps(p: Record<string, unknown>): GraphNode {
  const label = p.label as NodeLabel;
  const base = { id: String(p.id), label, name: String(p.name), aliases: (p.aliases as string[] | null) ?? [] };
  if (label === "Article") {
    return { ...base, label, source: String(p.source ?? p.id), title: String(p.title ?? ""), date: (p.date as string | null) ?? null, url: (p.url as string | null) ?? null };
  }
  const out: Record<string, unknown> = { ...base };
  for (const k of ["role", "country", "date"]) if (p[k] != null) out[k] = p[k];
  return out as GraphNode;
}

export function edgeFromProps(p: Record<string, unknown>, source: string, target: string): GraphEdge {
  const arts = (p.evidenceArticle as string[] | null) ?? [];
  const sents = (p.evidenceSentence as string[] | null) ?? [];
  const dates = (p.evidenceDate as string[] | null) ?? [];
  const out: Record<string, unknown> = {
    id: String(p.id),
    type: p.type as RelType,
    source,
    target,
    evidence: arts.map((article, i) => ({ article, sentence: sents[i] ?? "", ...(dates[i] ? { date: dates[i] } : {}) })),
    date: (p.date as string | null) ?? null,
  };
  for (const k of ["role", "of", "demand"]) if (p[k] != null) out[k] = p[k];
  return out as GraphEdge;
}
