// The subgraph the filters show, with the ontology's attribute names back in place of sigma's (label, type).
import Graph from "graphology";
import type { Filters } from "../state.ts";
import { visibleParts } from "../graph/visibility.ts";
import type { ViewerGraph } from "../graph/viewer-graph.ts";

export function visibleSubgraph(graph: ViewerGraph, filters: Filters): Graph {
  const { nodes, edges } = visibleParts(graph, filters);
  const out = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  for (const id of nodes) {
    const a = graph.getNodeAttributes(id);
    out.addNode(id, { label: a.category, name: a.label, aliases: a.aliases, ...(a.role ? { role: a.role } : {}), degree: a.degree, x: a.x, y: a.y, size: a.size, color: a.color });
  }
  for (const id of edges) {
    const a = graph.getEdgeAttributes(id);
    out.addDirectedEdgeWithKey(id, graph.source(id), graph.target(id), { type: a.relType, ...(a.date ? { date: a.date } : {}), color: a.color });
  }
  return out;
}

/** GEXF and GraphML hold scalars: aliases become one string, joined with " | ". */
export function flattenLists(graph: Graph): Graph {
  const copy = graph.copy();
  copy.updateEachNodeAttributes((_, a) => ({ ...a, aliases: Array.isArray(a.aliases) ? a.aliases.join(" | ") : a.aliases }));
  return copy;
}
