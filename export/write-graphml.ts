// GraphML with declared <key>s (our own writer: graphology-graphml only parses), for yEd, Cytoscape, networkx and Gephi.
import type { GraphData } from "../graph-schema/index.ts";
import type { ExportFormat, ExportOptions } from "./export-format.ts";
import { EDGE_PROPERTIES, edgeProperty, evidenceJson, NODE_PROPERTIES, nodeProperty } from "./flat-properties.ts";
import { xmlAttr, xmlText } from "./xml-text.ts";

type KeyType = "string" | "double" | "int";
interface Key {
  id: string;
  for: "node" | "edge";
  name: string;
  type: KeyType;
  /** what the key holds, written as the key's <desc> */
  desc: string;
}

/**
 * Every key is declared whether or not a value uses it, so readers see the same columns for any selection.
 * `label` is the display name (Gephi and yEd show it); the ontology's label is `labels`, as Neo4j's APOC names it.
 */
const KEYS: Key[] = [
  { id: "id", for: "node", name: "id", type: "string", desc: "the node's id in the knowledge graph" },
  { id: "labels", for: "node", name: "labels", type: "string", desc: "the ontology label: Person, State, Organisation, Agreement, Event, Place or Article" },
  { id: "label", for: "node", name: "label", type: "string", desc: "the display name (the same as name)" },
  ...NODE_PROPERTIES.map((p): Key => ({ id: p, for: "node", name: p, type: "string", desc: p === "aliases" ? "every surface form seen, as a JSON array" : `the node's ${p}` })),
  { id: "x", for: "node", name: "x", type: "double", desc: "layout position" },
  { id: "y", for: "node", name: "y", type: "double", desc: "layout position" },
  { id: "e_id", for: "edge", name: "id", type: "string", desc: "the relationship's id in the knowledge graph" },
  { id: "type", for: "edge", name: "type", type: "string", desc: "the relationship type (MEDIATED, MET, ...)" },
  { id: "e_label", for: "edge", name: "label", type: "string", desc: "the display label (the same as type)" },
  ...EDGE_PROPERTIES.map((p): Key => ({ id: `e_${p}`, for: "edge", name: p, type: "string", desc: p === "date" ? "the earliest date its evidence gives" : `the relationship's ${p}` })),
  { id: "evidence", for: "edge", name: "evidence", type: "string", desc: "the sentences that state it, as a JSON array of {article, sentence, date}" },
  { id: "weight", for: "edge", name: "weight", type: "int", desc: "how many sentences state it" },
];

const data = (key: string, value: string | number | undefined) => (value === undefined ? "" : `<data key="${key}">${xmlText(String(value))}</data>`);

export function writeGraphml(g: GraphData, options: ExportOptions = {}): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"><desc>${xmlText(k.desc)}</desc></key>`),
    '  <graph id="G" edgedefault="directed">',
  ];
  // GraphML ids are NMTOKENs (no spaces, no '>', no '#'): ours may hold any of those, so elements get positional ids
  // and the real id travels as data.
  const xmlId = new Map<string, string>();
  g.nodes.forEach((n, i) => {
    xmlId.set(n.id, `n${i}`);
    let cells = data("id", n.id) + data("labels", n.label) + data("label", n.name);
    for (const p of NODE_PROPERTIES) {
      const v = nodeProperty(n, p);
      cells += data(p, Array.isArray(v) ? JSON.stringify(v) : v);
    }
    const pos = options.positions?.(n.id);
    if (pos) cells += data("x", pos.x) + data("y", pos.y);
    out.push(`    <node id="n${i}">${cells}</node>`);
  });
  let i = 0;
  for (const e of g.edges) {
    const s = xmlId.get(e.source);
    const t = xmlId.get(e.target);
    if (!s || !t) continue;
    let cells = data("e_id", e.id) + data("type", e.type) + data("e_label", e.type);
    for (const p of EDGE_PROPERTIES) cells += data(`e_${p}`, edgeProperty(e, p));
    cells += data("evidence", evidenceJson(e.evidence)) + data("weight", Math.max(1, e.evidence.length));
    out.push(`    <edge id="e${i++}" source="${xmlAttr(s)}" target="${xmlAttr(t)}">${cells}</edge>`);
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

export const graphmlFormat: ExportFormat = {
  name: "graphml",
  extension: "graphml",
  toStdout: true,
  description: "GraphML with declared keys, for yEd, Cytoscape, networkx and Gephi (evidence as a JSON string)",
  write: (data, options) => ({ kind: "file", text: writeGraphml(data, options) }),
};
