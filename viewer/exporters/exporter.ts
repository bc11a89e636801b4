// What an exporter is: a descriptor the toolbar lists, turning what is on screen into a downloadable file.
import type Sigma from "sigma";
import type Graph from "graphology";
import type { EdgeAttrs, NodeAttrs } from "../graph/viewer-graph.ts";

export interface ExportContext {
  /** the visible subgraph, with the ontology's attribute names (label, name, aliases, type, date) */
  visible: Graph;
  renderer: Sigma<NodeAttrs, EdgeAttrs>;
}

export interface Exporter {
  id: string;
  /** the button's text */
  name: string;
  extension: string;
  export(ctx: ExportContext): Blob | Promise<Blob>;
}
