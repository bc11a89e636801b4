// A read-only window.__kgViewer for the browser tests and the benchmark: timings, counts, and whether pixels were drawn.
import type Sigma from "sigma";
import type { ViewerState, Store } from "../state.ts";
import { compositeCanvas } from "../exporters/index.ts";
import { visibleParts } from "../graph/visibility.ts";
import type { EdgeAttrs, NodeAttrs, ViewerGraph } from "../graph/viewer-graph.ts";

export interface Inspect {
  ready: boolean;
  timings: Record<string, number>;
  state(): ViewerState;
  order(): number;
  /** what the filters let through, with relationships counted by type and the dates of those shown */
  visible(): { nodes: number; edges: number; byType: Record<string, number>; dates: string[] };
  /** non-white pixels in a fresh composite of sigma's layers */
  drawnPixels(): number;
  /** what sigma actually renders after the reducers, for one edge */
  edgeHidden(id: string): boolean;
  renderer: Sigma<NodeAttrs, EdgeAttrs>;
  /** ForceAtlas2 iterations done (in its worker) and position sets drawn */
  layout(): { iterations: number; applied: number };
}

declare global {
  interface Window {
    __kgViewer?: Inspect;
  }
}

export function installInspectHook(renderer: Sigma<NodeAttrs, EdgeAttrs>, graph: ViewerGraph, store: Store, timings: Record<string, number>, layout: () => { iterations: number; applied: number }): Inspect {
  const hook: Inspect = {
    ready: true,
    timings,
    state: () => store.get(),
    order: () => graph.order,
    visible() {
      const v = visibleParts(graph, store.get().filters);
      const byType: Record<string, number> = {};
      const dates: string[] = [];
      for (const e of v.edges) {
        const a = graph.getEdgeAttributes(e);
        byType[a.relType] = (byType[a.relType] ?? 0) + 1;
        if (a.date) dates.push(a.date);
      }
      return { nodes: v.nodes.size, edges: v.edges.size, byType, dates: dates.sort() };
    },
    drawnPixels() {
      const c = compositeCanvas(renderer);
      const px = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i] < 245 || px[i + 1] < 245 || px[i + 2] < 245) n++;
      return n;
    },
    edgeHidden: (id) => renderer.getEdgeDisplayData(id)?.hidden ?? true,
    renderer,
    layout,
  };
  window.__kgViewer = hook;
  return hook;
}
