// A one-shot circle layout, grouped by label: a quick, readable reset when ForceAtlas2 has tangled things.
import type { OneShotLayout } from "./layout.ts";

export const circularLayout: OneShotLayout = {
  id: "circular",
  name: "Circle by label",
  kind: "once",
  run(graph) {
    const ids = graph.nodes().sort((a, b) => {
      const la = graph.getNodeAttribute(a, "category");
      const lb = graph.getNodeAttribute(b, "category");
      return la < lb ? -1 : la > lb ? 1 : graph.getNodeAttribute(b, "degree") - graph.getNodeAttribute(a, "degree");
    });
    const r = Math.max(10, Math.sqrt(ids.length) * 10);
    ids.forEach((id, i) => {
      const t = (2 * Math.PI * i) / ids.length;
      graph.mergeNodeAttributes(id, { x: r * Math.cos(t), y: r * Math.sin(t) });
    });
  },
};
