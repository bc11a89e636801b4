// Folds article records into one graph: one node per id (aliases united), one edge per (type, source, target)
// with the evidence of every article that states it, and MENTIONS edges from each Article node.
import { edgeId, type GraphData, type GraphEdge, type GraphNode, type EntityNode } from "../graph-schema/index.ts";
import type { ArticleRecord } from "./article-record.ts";

/** The name a merged node shows: deterministic whatever the order articles arrive in. */
function preferName(a: EntityNode, b: EntityNode): string {
  return a.name.length !== b.name.length ? (a.name.length > b.name.length ? a.name : b.name) : a.name < b.name ? a.name : b.name;
}

/** The node two articles' views of one entity make: aliases united, the first article's role, country and date kept. */
export function mergeNode(prev: EntityNode | undefined, e: EntityNode): EntityNode {
  if (!prev) return { ...e, aliases: [...new Set(e.aliases)].sort() } as EntityNode;
  return {
    ...prev,
    name: preferName(prev, e),
    aliases: [...new Set([...prev.aliases, ...e.aliases])].sort(),
    role: prev.role ?? e.role,
    country: prev.country ?? e.country,
    date: prev.date ?? e.date,
  } as EntityNode;
}

/** One relationship stated by several articles: their evidence together, the earliest date, the first role, of and demand. */
export function mergeEdge(prev: GraphEdge | undefined, edge: GraphEdge): GraphEdge {
  if (!prev) return { ...edge, evidence: [...edge.evidence] };
  const dates = [prev.date, edge.date].filter((d): d is string => !!d).sort();
  return { ...prev, evidence: [...prev.evidence, ...edge.evidence], date: dates[0] ?? null, role: prev.role ?? edge.role, of: prev.of ?? edge.of, demand: prev.demand ?? edge.demand };
}

/** Evidence in a fixed order (by article, then sentence), so two folds of the same ledger are byte-identical. */
export const sortEvidence = (e: GraphEdge): GraphEdge => ({
  ...e,
  evidence: [...e.evidence].sort((x, y) => (x.article + x.sentence < y.article + y.sentence ? -1 : 1)),
});

export const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class GraphAccumulator {
  private nodes = new Map<string, GraphNode>();
  private edges = new Map<string, GraphEdge>();

  add(record: ArticleRecord): void {
    const art = record.article;
    this.nodes.set(art.id, art);
    for (const e of record.entities) this.nodes.set(e.id, mergeNode(this.nodes.get(e.id) as EntityNode | undefined, e));
    for (const e of record.entities) {
      const id = edgeId("MENTIONS", art.id, e.id);
      if (!this.edges.has(id)) this.edges.set(id, { id, type: "MENTIONS", source: art.id, target: e.id, evidence: [] });
    }
    for (const edge of record.edges) this.edges.set(edge.id, mergeEdge(this.edges.get(edge.id), edge));
  }

  /** Nodes and edges sorted by id, so two folds of the same ledger are byte-identical. */
  result(): GraphData {
    return { nodes: [...this.nodes.values()].sort(byId), edges: [...this.edges.values()].sort(byId).map(sortEvidence) };
  }
}

export function mergeRecords(records: Iterable<ArticleRecord>): GraphData {
  const acc = new GraphAccumulator();
  for (const r of records) acc.add(r);
  return acc.result();
}
