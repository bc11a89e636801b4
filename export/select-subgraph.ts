// Selects the part of the graph to export: around a node, by label, by type, by date, by a query's nodes; combinable.
import type { GraphData, GraphEdge, GraphNode, NodeLabel, RelType } from "../graph-schema/index.ts";
import { ExportError } from "./export-error.ts";
import { articleDates, inRange, relationshipDates } from "./relationship-dates.ts";
import { resolveNode } from "./resolve-node.ts";

export interface Selection {
  /** a node's id, name or alias: keep what lies within `depth` relationships of it (either direction) */
  around?: string;
  depth?: number;
  labels?: NodeLabel[];
  types?: RelType[];
  /** inclusive bounds on relationship dates (YYYY-MM-DD) */
  from?: string;
  to?: string;
  /** with from/to: keep relationships that no date places (default: drop them) */
  keepUndated?: boolean;
  /** node ids a named query returned (see query-nodes.ts) */
  nodeIds?: Set<string>;
  /** add the Article nodes the kept relationships cite, with their MENTIONS of kept nodes */
  articles?: boolean;
}

export interface SelectionResult {
  data: GraphData;
  /** what the selection did that a user may not expect, for the CLI to print */
  notes: string[];
}

const isWhole = (s: Selection) =>
  s.around === undefined && !s.labels && !s.types && !s.from && !s.to && !s.nodeIds && !s.articles;

export function selectSubgraph(data: GraphData, sel: Selection): SelectionResult {
  if (isWhole(sel)) return { data, notes: [] };
  const notes: string[] = [];
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const depth = sel.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 0) throw new ExportError(`export: --depth takes a whole number from 0, got ${depth}`);

  // Articles and MENTIONS are provenance, not diplomacy: a selection leaves them out unless asked for by name,
  // otherwise --around would walk from a person to every article naming them and on to everything those name.
  const wantsArticles = !!sel.labels?.includes("Article") || !!sel.types?.includes("MENTIONS");
  const nodeOk = (n: GraphNode | undefined): n is GraphNode =>
    !!n && (sel.labels ? sel.labels.includes(n.label) : wantsArticles || n.label !== "Article") && (!sel.nodeIds || sel.nodeIds.has(n.id));

  const dates = articleDates(data);
  const dated = !!(sel.from || sel.to);
  let undated = 0;
  const edgeOk = (e: GraphEdge): boolean => {
    if (sel.types ? !sel.types.includes(e.type) : e.type === "MENTIONS" && !wantsArticles) return false;
    if (!nodeOk(byId.get(e.source)) || !nodeOk(byId.get(e.target))) return false;
    if (!dated) return true;
    const ds = relationshipDates(e, dates);
    if (ds.length === 0) {
      undated++;
      return !!sel.keepUndated;
    }
    return ds.some((d) => inRange(d, sel.from, sel.to));
  };
  let edges = data.edges.filter(edgeOk);
  if (undated) notes.push(`${undated} relationship(s) have no date; ${sel.keepUndated ? "kept (--keep-undated)" : "left out (--keep-undated keeps them)"}`);

  let keep: Set<string>;
  if (sel.around !== undefined) {
    const centre = resolveNode(data, sel.around);
    keep = reachable(centre.id, edges, depth);
  } else if (sel.nodeIds || (!sel.types && !dated)) {
    keep = new Set(data.nodes.filter(nodeOk).map((n) => n.id));
  } else {
    // Filtering by type or date asks for relationships: their endpoints, not every node of the graph.
    keep = new Set(edges.flatMap((e) => [e.source, e.target]));
  }
  edges = edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  if (sel.articles) addArticles(data, byId, keep, edges);
  const nodes = data.nodes.filter((n) => keep.has(n.id));
  return { data: { nodes, edges: edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) }, notes };
}

/** Breadth-first over relationships in both directions; the centre is kept whatever the other filters say. */
function reachable(centre: string, edges: GraphEdge[], depth: number): Set<string> {
  const adj = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const l = adj.get(a);
    if (l) l.push(b);
    else adj.set(a, [b]);
  };
  for (const e of edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const seen = new Set([centre]);
  let frontier = [centre];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const m of adj.get(id) ?? []) {
        if (seen.has(m)) continue;
        seen.add(m);
        next.push(m);
      }
    }
    frontier = next;
  }
  return seen;
}

/** The Article nodes cited by kept relationships' evidence, and their MENTIONS of kept nodes. */
function addArticles(data: GraphData, byId: Map<string, GraphNode>, keep: Set<string>, edges: GraphEdge[]): void {
  const bySource = new Map<string, string>();
  for (const n of data.nodes) if (n.label === "Article") bySource.set(n.source, n.id).set(n.id, n.id);
  const cited = new Set<string>();
  for (const e of edges) for (const ev of e.evidence) {
    const id = bySource.get(ev.article);
    if (id) cited.add(id);
  }
  const have = new Set(edges.map((e) => e.id));
  for (const id of cited) keep.add(id);
  for (const e of data.edges) {
    if (e.type === "MENTIONS" && cited.has(e.source) && keep.has(e.target) && !have.has(e.id) && byId.has(e.target)) edges.push(e);
  }
}
