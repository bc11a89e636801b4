// Moves the camera to a node, and mirrors the camera into the state (debounced) so the URL can carry it.
import type Sigma from "sigma";
import type { Store } from "../state.ts";
import { actions } from "../state.ts";
import type { EdgeAttrs, NodeAttrs } from "../graph/viewer-graph.ts";

export function focusNode(renderer: Sigma<NodeAttrs, EdgeAttrs>, id: string): void {
  const d = renderer.getNodeDisplayData(id);
  if (!d) return;
  const camera = renderer.getCamera();
  void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.35) }, { duration: 400 });
}

export function mountCameraSync(renderer: Sigma<NodeAttrs, EdgeAttrs>, store: Store): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  renderer.getCamera().on("updated", (c) => {
    clearTimeout(timer);
    timer = setTimeout(() => store.dispatch(actions.setCamera, { x: c.x, y: c.y, ratio: c.ratio }), 250);
  });
}
