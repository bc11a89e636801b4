// ForceAtlas2 as a continuous layout running in a web worker, so the page stays responsive while it settles.
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { ContinuousLayout } from "./layout.ts";

export const forceAtlas2Layout: ContinuousLayout = {
  id: "forceatlas2",
  name: "ForceAtlas2",
  kind: "continuous",
  create(graph) {
    const settings = { ...forceAtlas2.inferSettings(graph), adjustSizes: false, linLogMode: false };
    const supervisor = new FA2Layout(graph, { settings });
    return {
      start: () => supervisor.start(),
      stop: () => supervisor.stop(),
      isRunning: () => supervisor.isRunning(),
      kill: () => supervisor.kill(),
    };
  },
};
