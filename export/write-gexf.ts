// GEXF 1.3 for Gephi, written by graphology-gexf: typed attributes, colours by label, positions, and dates as spells.
import { write } from "graphology-gexf";
import type { Attributes } from "graphology-types";
import { LABEL_META, REL_META, type GraphData, type GraphEdge, type NodeLabel, type RelType } from "../graph-schema/index.ts";
import { toGraphology } from "../store/index.ts";
import type { ExportFormat, ExportOptions } from "./export-format.ts";
import { EDGE_PROPERTIES, evidenceJson, NODE_PROPERTIES, nodeProperty } from "./flat-properties.ts";
import { articleDates, relationshipDates } from "./relationship-dates.ts";
import { xmlAttr, xmlSafe } from "./xml-text.ts";

/**
 * GEXF 1.3 list syntax, quoted: graphology-gexf's writer leaves plain items unquoted, so an alias holding a comma
 * or a backslash would not read back. We write the list as a string and declare it liststring afterwards.
 */
const gexfList = (items: string[]) =>
  `[${items.map((s) => `"${xmlSafe(s).replace(/[\\"\n\r\t]/g, (c) => ({ "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" })[c]!)}"`).join(", ")}]`;

/** The node's name is GEXF's label (what Gephi shows); the ontology's label is the attribute `labels`, as APOC names it. */
function formatNode(positions: ExportOptions["positions"]) {
  return (key: string, a: Attributes) => {
    const attributes: Record<string, unknown> = { labels: a.label };
    for (const k of NODE_PROPERTIES) {
      const v = nodeProperty(a as never, k);
      if (k === "aliases") attributes.aliases = gexfList((v as string[] | undefined) ?? []);
      else if (k !== "name" && v !== undefined) attributes[k] = xmlSafe(v as string);
    }
    const p = positions?.(key);
    return { label: xmlSafe(String(a.name)), attributes, viz: { color: LABEL_META[a.label as NodeLabel]?.color, ...(p ? { x: p.x, y: p.y } : {}) } };
  };
}

/** `kind` keeps Gephi from merging parallel relationships of different types; the weight is how many sentences state it. */
function formatEdge(_key: string, a: Attributes) {
  const e = a as GraphEdge;
  const attributes: Record<string, unknown> = { type: e.type, evidence: xmlSafe(evidenceJson(e.evidence)) };
  for (const k of EDGE_PROPERTIES) if (e[k] !== undefined && e[k] !== null) attributes[k] = xmlSafe(String(e[k]));
  return { label: e.type, kind: e.type, weight: Math.max(1, e.evidence.length), attributes, viz: { color: REL_META[e.type as RelType]?.color } };
}

/** Where the start tag of each `<edge` ends: values may hold `>` (the writer escapes only `<`, `&`, `"`), never `"`. */
function edgeTagEnds(xml: string): number[] {
  const ends: number[] = [];
  for (let i = xml.indexOf("<edge "); i !== -1; i = xml.indexOf("<edge ", i + 1)) {
    let quoted = false;
    let j = i;
    for (; j < xml.length; j++) {
      if (xml[j] === '"') quoted = !quoted;
      else if (xml[j] === ">" && !quoted) break;
    }
    ends.push(j);
  }
  return ends;
}

export function writeGexf(data: GraphData, options: ExportOptions = {}): string {
  const g = toGraphology(data);
  let xml = write(g, { version: "1.3", formatNode: formatNode(options.positions), formatEdge });
  xml = xml.replace(/(<attribute id="aliases" title="aliases" type=")string(")/, "$1liststring$2");

  // graphology-gexf writes no time; Gephi's timeline reads spells on a dynamic graph, one per dated evidence
  // (start = end: a relationship happens on a day). Undated relationships get none and show at every time.
  const dates = articleDates(data);
  const spells: string[] = [];
  g.forEachEdge((_k, a, source) => {
    const ds = relationshipDates({ ...(a as GraphEdge), source }, dates);
    spells.push(ds.length ? `<spells>${ds.map((d) => `<spell start="${xmlAttr(d)}" end="${xmlAttr(d)}"/>`).join("")}</spells>` : "");
  });
  const ends = edgeTagEnds(xml);
  if (ends.length !== spells.length) throw new Error(`export/gexf: found ${ends.length} edge tags for ${spells.length} relationships`);
  let out = "";
  let last = 0;
  ends.forEach((end, i) => {
    // A self-closing tag has no room for children; the formatter always gives edges attvalues, so this is a bug.
    if (spells[i] && xml[end - 1] === "/") throw new Error("export/gexf: an edge was written without children");
    out += xml.slice(last, end + 1) + spells[i];
    last = end + 1;
  });
  out += xml.slice(last);
  return out.replace(/<graph defaultedgetype="directed">/, '<graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">');
}

export const gexfFormat: ExportFormat = {
  name: "gexf",
  extension: "gexf",
  toStdout: true,
  description: "GEXF 1.3 for Gephi: colours by label, positions, relationship dates as spells for the timeline",
  write: (data, options) => ({ kind: "file", text: writeGexf(data, options) }),
};
