// The stored graph as plain data or as a graphology graph, and graphology's JSON serialisation of it.
import Graph from "graphology";
import type { GraphData, SerializedGraph } from "../graph-schema/index.ts";
import { readRecords } from "./article-ledger.ts";
import { mergeRecords } from "./merge-records.ts";

export const readGraphData = (dir: string): GraphData => mergeRecords(readRecords(dir));

/** A graphology graph whose node and edge attributes are the schema's properties (minus `id`, which is the key). */
export function toGraphology(data: GraphData): Graph {
  const g = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  for (const { id, ...attrs } of data.nodes) g.addNode(id, attrs);
  for (const { id, source, target, ...attrs } of data.edges) {
    if (g.hasNode(source) && g.hasNode(target)) g.addDirectedEdgeWithKey(id, source, target, attrs);
  }
  return g;
}

export const serializeGraph = (data: GraphData): SerializedGraph => toGraphology(data).export() as SerializedGraph;
