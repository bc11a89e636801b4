// Which nodes and edges the filters let through; pure, shared by the reducers, the counts and the exporters.
import type { Filters } from "../state.ts";
import type { EdgeAttrs, NodeAttrs, ViewerGraph } from "./viewer-graph.ts";

export const nodePasses = (n: Pick<NodeAttrs, "category" | "degree">, f: Filters): boolean =>
  !f.hiddenLabels.includes(n.category) && n.degree >= f.minDegree;

/** Undated relationships pass the date range: the text gave no date, which is not a reason to hide the fact. */
export const edgePasses = (e: Pick<EdgeAttrs, "relType" | "date">, f: Filters): boolean =>
  !f.hiddenTypes.includes(e.relType) && (!e.date || ((!f.dateFrom || e.date >= f.dateFrom) && (!f.dateTo || e.date <= f.dateTo)));

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

export function visibleParts(graph: ViewerGraph, f: Filters): Visible {
  const nodes = new Set<string>();
  graph.forEachNode((id, a) => {
    if (nodePasses(a, f)) nodes.add(id);
  });
  const edges = new Set<string>();
  graph.forEachEdge((id, a, s, t) => {
    if (nodes.has(s) && nodes.has(t) && edgePasses(a, f)) edges.add(id);
  });
  return { nodes, edges };
}
