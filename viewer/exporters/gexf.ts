// GEXF (Gephi's format) of the visible subgraph, written by graphology-gexf; colours and positions go in viz attributes.
import { write } from "graphology-gexf/browser";
import type { Attributes } from "graphology-types";
import { flattenLists } from "./visible-subgraph.ts";
import type { Exporter } from "./exporter.ts";

/** The node's name is GEXF's label; the ontology's label is the attribute `labels`, as `kg export` and APOC name it. */
function formatNode(_key: string, a: Attributes) {
  const { name, label, color, size, x, y, ...attributes } = a;
  return { label: String(name), attributes: { labels: label, ...attributes }, viz: { color, size, x, y } };
}

function formatEdge(_key: string, a: Attributes) {
  const { color, ...attributes } = a;
  return { label: String(a.type), attributes, viz: { color } };
}

export const gexfExporter: Exporter = {
  id: "gexf",
  name: "GEXF",
  extension: "gexf",
  export: ({ visible }) => new Blob([write(flattenLists(visible), { formatNode, formatEdge })], { type: "application/gexf+xml" }),
};
