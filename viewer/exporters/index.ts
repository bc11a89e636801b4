// Every export the toolbar offers, in order. To add one: add a file and a line below.
import { gexfExporter } from "./gexf.ts";
import { graphmlExporter } from "./graphml.ts";
import { graphologyJsonExporter } from "./graphology-json.ts";
import { pngExporter } from "./png.ts";
import type { Exporter } from "./exporter.ts";

export const exporters: Exporter[] = [gexfExporter, graphmlExporter, graphologyJsonExporter, pngExporter];
export type * from "./exporter.ts";
export { visibleSubgraph } from "./visible-subgraph.ts";
export { compositeCanvas } from "./png.ts";
export { writeGraphml } from "./graphml.ts";
