// The comparable content of a graph, whatever format it went through: nodes by id, relationships by (type, ends), evidence.
import type { GraphData } from "../../graph-schema/index.ts";

export interface CanonNode {
  label: string;
  name: string;
  aliases: string[];
}
export interface CanonEvidence {
  article: string;
  sentence: string;
  date: string | null;
}
export interface Canon {
  nodes: Record<string, CanonNode>;
  edges: Record<string, CanonEvidence[]>;
}

export const edgeKey = (type: string, source: string, target: string) => `${type}|${source}|${target}`;

const sortEvidence = (ev: CanonEvidence[]) => [...ev].sort((a, b) => (a.article + a.sentence < b.article + b.sentence ? -1 : 1));

export function canon(data: GraphData): Canon {
  const nodes: Canon["nodes"] = {};
  for (const n of data.nodes) nodes[n.id] = { label: n.label, name: n.name, aliases: [...n.aliases].sort() };
  const edges: Canon["edges"] = {};
  for (const e of data.edges) {
    edges[edgeKey(e.type, e.source, e.target)] = sortEvidence(e.evidence.map((v) => ({ article: v.article, sentence: v.sentence, date: v.date ?? null })));
  }
  return { nodes, edges };
}

export function canonOf(nodes: [string, CanonNode][], edges: [string, CanonEvidence[]][]): Canon {
  return {
    nodes: Object.fromEntries(nodes.map(([id, n]) => [id, { ...n, aliases: [...n.aliases].sort() }])),
    edges: Object.fromEntries(edges.map(([k, ev]) => [k, sortEvidence(ev)])),
  };
}
