// The ForceAtlas2 web worker: iterates on its own copy of the graph as fast as it can and posts positions after each
// time slice, so the layout's speed never depends on how long the page takes to draw a frame.
import iterate from "graphology-layout-forceatlas2/iterate.js";
import type { Fa2Command, Fa2Positions } from "./fa2-protocol.ts";

/** Long enough to amortise a post, short enough that "stop" is heard within a frame or two. */
const SLICE_MS = 30;
/** graphology's node matrix layout: x, y, then eight working values per node */
const PPN = 10;

let nodes: Float32Array | null = null;
let edges: Float32Array | null = null;
let settings: Record<string, unknown> = {};
let running = false;
let iterations = 0;
let run = 0;

function loop(mine: number): void {
  if (!running || mine !== run || !nodes || !edges) return;
  const t0 = performance.now();
  do {
    iterate(settings, nodes, edges);
    iterations++;
  } while (performance.now() - t0 < SLICE_MS);
  const xy = new Float32Array((nodes.length / PPN) * 2);
  for (let i = 0, j = 0; i < nodes.length; i += PPN, j += 2) {
    xy[j] = nodes[i];
    xy[j + 1] = nodes[i + 1];
  }
  const msg: Fa2Positions = { run, xy, iterations };
  postMessage(msg, { transfer: [xy.buffer] });
  // A macrotask between slices lets a "stop" message in.
  setTimeout(() => loop(mine), 0);
}

addEventListener("message", (e: MessageEvent<Fa2Command>) => {
  const c = e.data;
  if (c.type === "start") {
    nodes = c.nodes;
    edges = c.edges;
    settings = c.settings;
    running = true;
    // A new run replaces the old one's loop rather than running beside it.
    const mine = (run = c.run);
    setTimeout(() => loop(mine), 0);
  } else running = false;
});
