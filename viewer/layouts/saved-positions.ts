// Node positions kept in localStorage between visits, keyed by node id so a grown graph keeps the old nodes in place.
import type { PositionLookup, ViewerGraph } from "../graph/viewer-graph.ts";

const KEY = "kg-viewer:positions";
/** localStorage holds about 5 MB; at ~40 bytes a node this stays well inside it. */
const MAX_SAVED = 60_000;

export function loadPositions(): PositionLookup {
  let saved: Record<string, [number, number]> = {};
  try {
    saved = JSON.parse(localStorage.getItem(KEY) ?? "{}");
  } catch {
    saved = {};
  }
  return (id) => {
    const p = saved[id];
    return Array.isArray(p) && p.length === 2 && p.every(Number.isFinite) ? p : undefined;
  };
}

export function savePositions(graph: ViewerGraph): void {
  const out: Record<string, [number, number]> = {};
  let n = 0;
  graph.forEachNode((id, a) => {
    if (n++ < MAX_SAVED) out[id] = [Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100];
  });
  try {
    localStorage.setItem(KEY, JSON.stringify(out));
  } catch {
    // Quota exceeded or storage disabled: positions are a convenience, the page works without them.
  }
}
