// GraphML of the visible subgraph: a small writer of our own, since graphology-graphml only parses.
import type Graph from "graphology";
import { flattenLists } from "./visible-subgraph.ts";
import type { Exporter } from "./exporter.ts";

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&${({ "<": "lt", ">": "gt", "&": "amp", '"': "quot", "'": "apos" })[c]};`);

type Kind = "string" | "double" | "boolean";
const kindOf = (v: unknown): Kind => (typeof v === "number" ? "double" : typeof v === "boolean" ? "boolean" : "string");

/** Declares one <key> per attribute name seen, typed by its first value. */
function keys(items: Record<string, unknown>[], domain: "node" | "edge", prefix: string): { decl: string[]; ids: Map<string, string> } {
  const kinds = new Map<string, Kind>();
  for (const a of items) for (const [k, v] of Object.entries(a)) if (v !== undefined && v !== null && !kinds.has(k)) kinds.set(k, kindOf(v));
  const ids = new Map<string, string>();
  const decl: string[] = [];
  [...kinds].forEach(([name, kind], i) => {
    const id = `${prefix}${i}`;
    ids.set(name, id);
    decl.push(`  <key id="${id}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${kind}"/>`);
  });
  return { decl, ids };
}

const data = (a: Record<string, unknown>, ids: Map<string, string>) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => `<data key="${ids.get(k)}">${escapeXml(String(v))}</data>`)
    .join("");

/** As `kg export --format graphml` names them: `label` is the display name (what Gephi and yEd show), `labels` the ontology's label. */
function fileAttributes(a: Record<string, unknown>): Record<string, unknown> {
  const { label, name, ...rest } = a;
  return { labels: label, label: name, name, ...rest };
}

export function writeGraphml(input: Graph): string {
  const g = flattenLists(input);
  g.updateEachNodeAttributes((_, a) => fileAttributes(a));
  const nodeKeys = keys(g.mapNodes((_, a) => a), "node", "n");
  const edgeKeys = keys(g.mapEdges((_, a) => a), "edge", "e");
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.decl,
    ...edgeKeys.decl,
    `  <graph id="G" edgedefault="${g.type === "undirected" ? "undirected" : "directed"}">`,
  ];
  g.forEachNode((id, a) => lines.push(`    <node id="${escapeXml(id)}">${data(a, nodeKeys.ids)}</node>`));
  g.forEachEdge((id, a, s, t) => lines.push(`    <edge id="${escapeXml(id)}" source="${escapeXml(s)}" target="${escapeXml(t)}">${data(a, edgeKeys.ids)}</edge>`));
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

export const graphmlExporter: Exporter = {
  id: "graphml",
  name: "GraphML",
  extension: "graphml",
  export: ({ visible }) => new Blob([writeGraphml(visible)], { type: "application/graphml+xml" }),
};
