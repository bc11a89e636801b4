// Turns the state (filters, hover, selection, path) into sigma's node and edge reducers; graph attributes never change.
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { Store, ViewerState } from "../state.ts";
import { edgePasses, nodePasses } from "../graph/visibility.ts";
import type { EdgeAttrs, NodeAttrs, ViewerGraph } from "../graph/viewer-graph.ts";

const DIM_NODE = "#e2e2e2";
const DIM_EDGE = "#f0f0f0";
const PATH_EDGE = "#111111";

type Reducers = Pick<Settings<NodeAttrs, EdgeAttrs>, "nodeReducer" | "edgeReducer">;

export interface Highlight {
  /** handed to sigma's constructor, so the first frame is already the filtered one (setting them later redraws all) */
  reducers: Reducers;
  /** redraws when the state changes what the reducers answer */
  mount(renderer: Sigma<NodeAttrs, EdgeAttrs>): void;
}

export function createHighlight(graph: ViewerGraph, store: Store): Highlight {
  let hoverSet: Set<string> | null = null;
  let pathNodes = new Set<string>();
  let pathEdges = new Set<string>();

  const derive = (s: ViewerState) => {
    hoverSet = null;
    if (s.hovered && graph.hasNode(s.hovered)) {
      hoverSet = new Set([s.hovered]);
      graph.forEachEdge(s.hovered, (e, a, src, tgt) => {
        if (edgePasses(a, s.filters)) hoverSet!.add(src === s.hovered ? tgt : src);
      });
    }
    pathNodes = new Set(s.path.nodes);
    pathEdges = new Set(s.path.edges);
  };

  const reducers: Reducers = {
    nodeReducer: (node, data) => {
      const s = store.get();
      if (!nodePasses(data, s.filters) && !pathNodes.has(node) && node !== s.selected) return { ...data, hidden: true };
      const focus = hoverSet ?? (pathNodes.size ? pathNodes : null);
      if (focus && !focus.has(node) && node !== s.selected) return { ...data, color: DIM_NODE, label: null, zIndex: 0 };
      const strong = node === s.selected || node === s.hovered || pathNodes.has(node);
      return strong || focus ? { ...data, zIndex: strong ? 2 : 1, forceLabel: true, highlighted: strong } : data;
    },
    edgeReducer: (edge, data) => {
      const s = store.get();
      if (pathEdges.has(edge)) return { ...data, color: PATH_EDGE, size: 4, zIndex: 2 };
      const src = graph.source(edge);
      const tgt = graph.target(edge);
      if (!edgePasses(data, s.filters) || !nodePasses(graph.getNodeAttributes(src), s.filters) || !nodePasses(graph.getNodeAttributes(tgt), s.filters))
        return { ...data, hidden: true };
      // Hovering hides the edges that do not touch the hovered node: dimming 50k lines would still be 50k lines.
      if (hoverSet && src !== s.hovered && tgt !== s.hovered) return { ...data, hidden: true };
      if (pathNodes.size && !hoverSet) return { ...data, color: DIM_EDGE, zIndex: 0 };
      return data;
    },
  };
  derive(store.get());

  return {
    reducers,
    mount(renderer) {
      store.subscribe((s, prev) => {
        if (s.filters === prev.filters && s.hovered === prev.hovered && s.selected === prev.selected && s.path === prev.path) return;
        derive(s);
        // Only display data changes; positions do not, so sigma need not rebuild its spatial index.
        renderer.refresh({ skipIndexation: true });
      });
    },
  };
}
