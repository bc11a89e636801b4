// Boots the viewer: loads the graph (or its best-connected part), draws it with sigma, and wires state, controllers and views.
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import { api } from "./api.ts";
import { actions, createStore } from "./state.ts";
import { addPart, createViewerGraph, type EdgeAttrs, type NodeAttrs } from "./graph/viewer-graph.ts";
import { graphMeta } from "./graph/graph-meta.ts";
import type { GraphPart } from "../server/api-types.ts";
import { createHighlight } from "./controllers/highlight.ts";
import { focusNode, mountCameraSync } from "./controllers/camera.ts";
import { applyUrlState, mountUrlSync } from "./controllers/url-sync.ts";
import { createLayoutRunner } from "./controllers/layout-runner.ts";
import { installInspectHook } from "./controllers/inspect-hook.ts";
import { layouts, loadPositions, savePositions, type ContinuousLayout } from "./layouts/index.ts";
import { exporters, visibleSubgraph } from "./exporters/index.ts";
import { mountSearchBox } from "./views/search-box.ts";
import { mountDetailsPanel } from "./views/details-panel.ts";
import { mountLegendFilters } from "./views/legend-filters.ts";
import { mountRangeFilters } from "./views/range-filters.ts";
import { mountToolbar } from "./views/toolbar.ts";
import { mountStatusLine } from "./views/status-line.ts";

const byId = (id: string) => document.getElementById(id)!;

async function boot(): Promise<void> {
  const timings: Record<string, number> = { start: performance.now() };
  const params = new URLSearchParams(location.search);
  const store = createStore();
  const fromUrl = applyUrlState(store, location.search);

  const part = await api.graph(Number(params.get("limit")) || undefined);
  timings.fetched = performance.now();
  const graph = createViewerGraph();
  const saved = loadPositions();
  // Arrow heads are a second program per edge and unreadable in a dense picture: dense graphs get plain lines.
  const dense = part.edges.length > 20_000;
  addPart(graph, part, saved, undefined, !dense);
  let positioned = 0;
  graph.forEachNode((id) => void (saved(id) && positioned++));
  const total = part.total;
  const refreshMeta = () => store.dispatch(actions.setMeta, graphMeta(graph, total, part.truncated));
  refreshMeta();
  timings.built = performance.now();

  const highlight = createHighlight(graph, store);
  const renderer = new Sigma<NodeAttrs, EdgeAttrs>(graph, byId("graph"), {
    ...highlight.reducers,
    // Dense graphs draw 1-pixel GL lines: sigma's default "line" is a quad per edge, and rasterising 50k of them in
    // software WebGL took ~3 s of the first frame at 10k nodes; lines take ~0.4 s.
    ...(dense ? { edgeProgramClasses: { line: EdgeLineProgram } } : {}),
    renderEdgeLabels: false,
    defaultEdgeType: "arrow",
    zIndex: true,
    // Fewer, larger label cells keep labels apart at every zoom; small nodes get labels once zoomed in.
    labelDensity: 0.6,
    labelGridCellSize: 120,
    labelRenderedSizeThreshold: 7,
    labelFont: "system-ui, sans-serif",
    labelSize: 13,
    labelWeight: "500",
    // Drawing tens of thousands of edges on every pan frame is what makes software WebGL stutter.
    hideEdgesOnMove: dense,
    minCameraRatio: 0.01,
    maxCameraRatio: 50,
  });
  // new Sigma() renders synchronously, but software WebGL rasterises it only when the frame is committed: the
  // second frame callback after it is when the picture is on screen.
  timings.firstDraw = performance.now();
  requestAnimationFrame(() => requestAnimationFrame(() => (timings.painted = performance.now())));

  highlight.mount(renderer);
  if (fromUrl.camera) renderer.getCamera().setState(fromUrl.camera);
  mountCameraSync(renderer, store);
  mountUrlSync(store);

  const merge = (p: GraphPart, near?: { x: number; y: number }) => {
    const added = addPart(graph, p, saved, near, !dense);
    if (added.length) refreshMeta();
    return added;
  };
  const pick = async (id: string) => {
    if (!graph.hasNode(id)) merge(await api.neighbours(id));
    // Selecting refreshes sigma (highlight controller), so the node's display data exists for the camera.
    store.dispatch(actions.select, id);
    focusNode(renderer, id);
  };
  const fa2 = layouts.find((l): l is ContinuousLayout => l.kind === "continuous")!;
  const runner = createLayoutRunner(fa2, graph, store);
  const expand = async (id: string) => {
    const at = graph.getNodeAttributes(id);
    const added = merge(await api.neighbours(id), { x: at.x, y: at.y });
    // Let the layout fold the newcomers in, briefly, unless the user paused it on purpose.
    if (added.length && !store.get().layoutRunning) runner.start(3000);
  };
  const findPath = async (from: string, to: string) => {
    const p = await api.path(from, to);
    merge(p.part);
    store.dispatch(actions.showPath, { nodes: p.nodes, edges: p.edges });
  };
  const nameOf = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);

  renderer.on("enterNode", ({ node }) => store.dispatch(actions.hover, node));
  renderer.on("leaveNode", () => store.dispatch(actions.hover, null));
  renderer.on("clickNode", ({ node }) => void pick(node));
  renderer.on("doubleClickNode", (e) => {
    e.preventSigmaDefault();
    void expand(e.node);
  });
  renderer.on("clickStage", () => store.dispatch(actions.select, null));

  mountSearchBox(byId("search"), { store, graph, api, pick: (id) => void pick(id) });
  mountDetailsPanel(byId("details"), { store, api, pick: (id) => void pick(id), expand, findPath, nameOf });
  mountLegendFilters(byId("filters"), store);
  mountRangeFilters(byId("filters"), store);
  mountToolbar(byId("toolbar"), {
    store,
    runner,
    layouts,
    exporters,
    exportContext: () => ({ visible: visibleSubgraph(graph, store.get().filters), renderer }),
    relayout: (run) => {
      run();
      savePositions(graph);
    },
  });
  mountStatusLine(byId("status"), graph, store);

  const selected = store.get().selected;
  if (selected && !graph.hasNode(selected)) await pick(selected).catch(() => store.dispatch(actions.select, null));
  // Lay out only what has no saved place yet, and stop on its own: a settled picture should not keep moving.
  if (params.get("layout") !== "off" && positioned < graph.order / 2) {
    runner.start(Math.min(20_000, 4000 + graph.order));
    timings.layoutStarted = performance.now();
  }
  timings.ready = performance.now();
  installInspectHook(renderer, graph, store, timings, runner.stats);
}

boot().catch((e: unknown) => {
  const status = byId("status");
  status.textContent = `The graph could not be loaded: ${(e as Error).message}`;
  status.classList.add("notice");
  console.error(e);
});
