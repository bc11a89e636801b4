// What the filters offer: the loaded labels, types, relationship dates and the largest degree.
import type { GraphMeta } from "../state.ts";
import type { ViewerGraph } from "./viewer-graph.ts";

export function graphMeta(graph: ViewerGraph, total: GraphMeta["total"], truncated: boolean): GraphMeta {
  const labelCounts: GraphMeta["labelCounts"] = {};
  const typeCounts: GraphMeta["typeCounts"] = {};
  const dates = new Set<string>();
  let maxDegree = 0;
  graph.forEachNode((_, a) => {
    labelCounts[a.category] = (labelCounts[a.category] ?? 0) + 1;
    maxDegree = Math.max(maxDegree, a.degree);
  });
  graph.forEachEdge((_, a) => {
    typeCounts[a.relType] = (typeCounts[a.relType] ?? 0) + 1;
    if (a.date) dates.add(a.date);
  });
  return { dates: [...dates].sort(), labelCounts, typeCounts, maxDegree, truncated, total };
}
