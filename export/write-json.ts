// JSON: graphology's serialisation, the contract of ../shared/gold/README.md (what the scorer and the viewer read).
import type { GraphData } from "../graph-schema/index.ts";
import { serializeGraph } from "../store/index.ts";
import type { ExportFormat } from "./export-format.ts";

export const jsonFormat: ExportFormat = {
  name: "json",
  extension: "json",
  toStdout: true,
  description: "graphology's serialisation {nodes: [{key, attributes}], edges: [{source, target, attributes}]}",
  write(data: GraphData, options = {}) {
    const out = serializeGraph(data);
    const pos = options.positions;
    if (pos) {
      for (const n of out.nodes) {
        const p = pos(n.key);
        if (p) Object.assign(n.attributes, { x: p.x, y: p.y });
      }
    }
    return { kind: "file", text: JSON.stringify(out, null, 1) + "\n" };
  },
};
