// Counts a graph's nodes by label and edges by type, and names its most connected actors, for people to read.
import { isActorLabel, NODE_LABELS, REL_TYPES, type GraphData } from "../graph-schema/index.ts";

export function summarizeGraph(g: GraphData) {
  const labels = Object.fromEntries(NODE_LABELS.map((l) => [l, g.nodes.filter((n) => n.label === l).length]));
  const types = Object.fromEntries(REL_TYPES.map((t) => [t, g.edges.filter((e) => e.type === t).length]));
  const degree = new Map<string, number>();
  for (const e of g.edges) {
    if (e.type === "MENTIONS") continue;
    for (const k of [e.source, e.target]) degree.set(k, (degree.get(k) ?? 0) + 1);
  }
  const names = new Map(g.nodes.map((n) => [n.id, n]));
  const top = [...degree]
    .filter(([k]) => { const n = names.get(k); return n && isActorLabel(n.label); })
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 10)
    .map(([k, d]) => ({ name: names.get(k)!.name, label: names.get(k)!.label, degree: d }));
  const text = [
    `${g.nodes.length} nodes, ${g.edges.length} relationships`,
    "",
    "nodes by label:",
    ...Object.entries(labels).map(([l, c]) => `  ${l.padEnd(16)}${String(c).padStart(7)}`),
    "relationships by type:",
    ...Object.entries(types).map(([t, c]) => `  ${t.padEnd(16)}${String(c).padStart(7)}`),
    "most connected actors:",
    ...top.map((t) => `  ${t.name} (${t.label}): ${t.degree}`),
  ].join("\n");
  return { nodes: g.nodes.length, relationships: g.edges.length, labels, types, top, text };
}
