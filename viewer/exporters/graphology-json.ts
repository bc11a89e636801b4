// graphology's JSON serialisation of the visible subgraph (what `kg export --format json` writes, for what is shown).
import type { Exporter } from "./exporter.ts";

export const graphologyJsonExporter: Exporter = {
  id: "json",
  name: "JSON",
  extension: "json",
  export: ({ visible }) => new Blob([JSON.stringify(visible.export(), null, 1)], { type: "application/json" }),
};
