// The status line: how much is shown, of how much is loaded, of how much the store holds.
import type { ViewerGraph } from "../graph/viewer-graph.ts";
import { visibleParts } from "../graph/visibility.ts";
import type { Store, ViewerState } from "../state.ts";

export function mountStatusLine(line: HTMLElement, graph: ViewerGraph, store: Store): void {
  const render = (s: ViewerState) => {
    const v = visibleParts(graph, s.filters);
    const part = s.meta.truncated
      ? ` Loaded ${graph.order} of ${s.meta.total.nodes} nodes (the best connected); "Expand neighbours" or search loads more.`
      : "";
    line.textContent = `Showing ${v.nodes.size} nodes and ${v.edges.size} relationships.${part}`;
  };
  store.subscribe((s, prev) => {
    if (s.filters !== prev.filters || s.meta !== prev.meta) render(s);
  });
  render(store.get());
}
