// Stage: the document's findings as one article record: its Article node, its entities, and its relationships with
// their evidence (one edge per fact, however many sentences state it).
import { hash } from "node:crypto";
import { edgeId, type EntityNode, type Evidence, type GraphEdge } from "../../graph-schema/index.ts";
import type { ArticleRecord } from "../../store/article-record.ts";
import type { Doc, Relation } from "../document.ts";

// (the one-shot `hash`: a Hash object per call costs more than hashing a short text)
export const articleNodeId = (rawId: string) => `article:${hash("sha1", rawId).slice(0, 16)}`;

/** An entity as the record has it: each alias once, sorted; only the fields that are set. */
function recordEntity(e: EntityNode): EntityNode {
  const out: EntityNode = { id: e.id, label: e.label, name: e.name, aliases: uniqueSorted(e.aliases) };
  if (e.role !== undefined) out.role = e.role;
  if (e.country !== undefined) out.country = e.country;
  if (e.date !== undefined) out.date = e.date;
  return out;
}

/** `[...new Set(xs)].sort()`: an entity has one alias or two mostly, put in order by hand; a Set per entity costs more
 * than a look back over the few. */
function uniqueSorted(xs: string[]): string[] {
  if (xs.length === 1) return [xs[0]];
  if (xs.length === 2) return xs[0] === xs[1] ? [xs[0]] : xs[0] < xs[1] ? [xs[0], xs[1]] : [xs[1], xs[0]];
  const out: string[] = [];
  for (const x of xs) if (!out.includes(x)) out.push(x);
  return out.sort();
}

/** The record's edge for a relation first stated with evidence `ev`; its role, object or demand only where it has one. */
function newEdge(id: string, r: Relation, ev: Evidence): GraphEdge {
  const edge: GraphEdge = { id, type: r.type, source: r.source, target: r.target, evidence: [ev], date: ev.date };
  if (r.role) edge.role = r.role;
  if (r.of) edge.of = r.of;
  if (r.demand) edge.demand = r.demand;
  return edge;
}

/** The edge of a relation's type and target among its source's edges. */
function edgeTo(edges: GraphEdge[] | undefined, r: Relation): GraphEdge | undefined {
  if (edges) for (const e of edges) if (e.type === r.type && e.target === r.target) return e;
  return undefined;
}

/** Whether an edge's evidence quotes the sentence already. */
function quotes(evidence: Evidence[], sentence: string): boolean {
  for (const e of evidence) if (e.sentence === sentence) return true;
  return false;
}

export function buildRecord(doc: Doc): ArticleRecord {
  // the edges in order, and each source's (a few): an edge is one type, source and target, which are compared rather
  // than its id built and hashed for every relation (its id is built once, with it)
  const edges: GraphEdge[] = [];
  const bySource = new Map<string, GraphEdge[]>();
  for (const r of doc.relations) {
    const s = doc.sentences[r.sentence];
    const ev: Evidence = { article: doc.raw.source, sentence: s.text, date: s.date ?? null };
    const theirs = bySource.get(r.source);
    const prev = edgeTo(theirs, r);
    if (prev) {
      if (!quotes(prev.evidence, ev.sentence)) prev.evidence.push(ev);
      prev.date = prev.date ?? ev.date;
      continue;
    }
    const edge = newEdge(edgeId(r.type, r.source, r.target), r, ev);
    if (theirs) theirs.push(edge);
    else bySource.set(r.source, [edge]);
    edges.push(edge);
  }
  const entities: EntityNode[] = [];
  for (const e of doc.entities.values()) entities.push(recordEntity(e));
  entities.sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    version: 1,
    article: {
      id: articleNodeId(doc.raw.id), label: "Article", name: doc.title || doc.raw.source, aliases: [],
      source: doc.raw.source, title: doc.title, date: doc.date, url: doc.raw.url ?? null,
    },
    contentHash: hash("sha1", doc.raw.text),
    entities,
    edges,
  };
}
