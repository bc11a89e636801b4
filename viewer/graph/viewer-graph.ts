// The graphology graph the page draws: API nodes and edges turned into sigma's attributes, merged as parts arrive.
import Graph from "graphology";
import { LABEL_META, REL_META, type NodeLabel, type RelType } from "../../graph-schema/index.ts";
import type { ApiEdge, ApiNode, GraphPart } from "../../server/api-types.ts";

/** sigma reads `label` as the text to draw and `type` as the program, so the ontology's label and type go elsewhere. */
export interface NodeAttrs {
  label: string;
  category: NodeLabel;
  aliases: string[];
  role?: string;
  degree: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttrs {
  relType: RelType;
  date: string | null;
  color: string;
  size: number;
  type: "arrow" | "line";
}

export type ViewerGraph = Graph<NodeAttrs, EdgeAttrs>;

export const createViewerGraph = (): ViewerGraph => new Graph<NodeAttrs, EdgeAttrs>({ type: "directed", multi: true, allowSelfLoops: true });

/** Square root keeps hubs large without letting one of them cover the picture. */
export const sizeFor = (degree: number): number => Math.min(22, 3 + 1.6 * Math.sqrt(degree));

/** A stable pseudo-random point per id, so a first visit without saved positions looks the same every time. */
function hashPoint(id: string): [number, number] {
  let h1 = 2166136261;
  let h2 = 5381;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2, 33) ^ c;
  }
  return [((h1 >>> 0) / 4294967296) * 2 - 1, ((h2 >>> 0) / 4294967296) * 2 - 1];
}

export type PositionLookup = (id: string) => [number, number] | undefined;

function nodeAttrs(n: ApiNode, at: [number, number]): NodeAttrs {
  const a: NodeAttrs = { label: n.name, category: n.label, aliases: n.aliases, degree: n.degree, x: at[0], y: at[1], size: sizeFor(n.degree), color: LABEL_META[n.label].color };
  if (n.role) a.role = n.role;
  return a;
}

const edgeAttrs = (e: ApiEdge, arrows: boolean): EdgeAttrs => ({
  relType: e.type,
  date: e.date,
  color: REL_META[e.type].color,
  size: e.type === "MENTIONS" ? 0.5 : 1.5,
  type: arrows && !REL_META[e.type].symmetric && e.type !== "MENTIONS" ? "arrow" : "line",
});

/**
 * Adds what is new in `part`. New nodes go where they were saved, else next to `near` (an expanded node), else at
 * their hashed point spread by the graph's size. Returns the ids of the nodes added.
 */
export function addPart(graph: ViewerGraph, part: GraphPart, saved: PositionLookup = () => undefined, near?: { x: number; y: number }, arrows = true): string[] {
  const added: string[] = [];
  const spread = Math.max(10, Math.sqrt(graph.order + part.nodes.length) * 10);
  for (const n of part.nodes) {
    if (graph.hasNode(n.id)) continue;
    const [hx, hy] = hashPoint(n.id);
    const at = saved(n.id) ?? (near ? [near.x + hx * 5, near.y + hy * 5] : [hx * spread, hy * spread]);
    graph.addNode(n.id, nodeAttrs(n, at as [number, number]));
    added.push(n.id);
  }
  for (const e of part.edges) {
    if (graph.hasEdge(e.id) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, edgeAttrs(e, arrows));
  }
  return added;
}
