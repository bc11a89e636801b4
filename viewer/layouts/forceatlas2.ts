// ForceAtlas2 as a continuous layout running in a web worker of our own (fa2-worker.ts). graphology's supervisor
// iterates in lock-step with the page, one iteration per message, so a page that needs a second per frame would get
// one iteration a second; here the worker iterates freely and the page takes the newest positions when it can draw.
import forceAtlas2 from "graphology-layout-forceatlas2";
import { graphToByteArrays } from "graphology-layout-forceatlas2/helpers.js";
import FA2_DEFAULTS from "graphology-layout-forceatlas2/defaults.js";
import type { ViewerGraph } from "../graph/viewer-graph.ts";
import type { Fa2Command, Fa2Positions } from "./fa2-protocol.ts";
import type { ContinuousLayout, LayoutRun } from "./layout.ts";
import { createPacer } from "./paced-apply.ts";

const unitWeight = () => 1;

export function createFa2Run(graph: ViewerGraph): LayoutRun {
  // iterate() reads every setting: a missing barnesHutTheta makes Barnes-Hut visit every leaf (seconds per iteration).
  const settings = { ...FA2_DEFAULTS, ...forceAtlas2.inferSettings(graph), adjustSizes: false, linLogMode: false };
  let worker: Worker | null = null;
  let running = false;
  let killed = false;
  let iterations = 0;
  let run = 0;
  let restart: ReturnType<typeof setTimeout> | undefined;
  /** the node order the worker's matrices were built in; positions come back in it */
  let order: string[] = [];

  const pacer = createPacer<Float32Array>((xy) => {
    let i = 0;
    const at = new Map<string, number>();
    for (const id of order) at.set(id, 2 * i++);
    // One batch update with hints: sigma then reprocesses once and knows only x and y changed.
    graph.updateEachNodeAttributes(
      (id, a) => {
        const j = at.get(id);
        if (j !== undefined) {
          a.x = xy[j];
          a.y = xy[j + 1];
        }
        return a;
      },
      { attributes: ["x", "y"] },
    );
  });

  const send = (c: Fa2Command, transfer: Transferable[] = []) => worker?.postMessage(c, transfer);
  const spawn = () => {
    worker?.terminate();
    worker = new Worker(new URL("./fa2-worker.ts", import.meta.url), { type: "module", name: "forceatlas2" });
    worker.addEventListener("message", (e: MessageEvent<Fa2Positions>) => {
      if (!running || e.data.run !== run) return;
      iterations = e.data.iterations;
      pacer.push(e.data.xy);
    });
  };
  const start = () => {
    if (killed) throw new Error("forceatlas2: the layout was killed");
    if (running) return;
    if (!worker) spawn();
    // Matrices are built from the graph as it is now, so nodes added since the last run are included.
    order = graph.nodes();
    const m = graphToByteArrays(graph, unitWeight);
    running = true;
    send({ type: "start", run: ++run, nodes: m.nodes, edges: m.edges, settings }, [m.nodes.buffer, m.edges.buffer]);
  };
  const stop = () => {
    if (!running) return;
    running = false;
    send({ type: "stop" });
    pacer.flush();
    pacer.cancel();
  };
  // Nodes or edges added while running (Expand neighbours): restart on the new graph, from the current positions,
  // once per batch of changes (addPart adds hundreds in one go).
  const onGraphChange = () => {
    if (!running || restart) return;
    restart = setTimeout(() => {
      restart = undefined;
      if (!running) return;
      stop();
      start();
    }, 0);
  };
  for (const ev of ["nodeAdded", "edgeAdded", "nodeDropped", "edgeDropped"] as const) graph.on(ev, onGraphChange);

  return {
    start,
    stop,
    isRunning: () => running,
    kill() {
      clearTimeout(restart);
      stop();
      killed = true;
      worker?.terminate();
      worker = null;
      for (const ev of ["nodeAdded", "edgeAdded", "nodeDropped", "edgeDropped"] as const) graph.removeListener(ev, onGraphChange);
    },
    stats: () => ({ iterations, applied: pacer.applied }),
  };
}

export const forceAtlas2Layout: ContinuousLayout = {
  id: "forceatlas2",
  name: "ForceAtlas2",
  kind: "continuous",
  create: createFa2Run,
};
