// Runs the continuous layout (start, pause, resume, auto-stop) and saves positions while and after it runs.
import type { Store } from "../state.ts";
import { actions } from "../state.ts";
import type { ViewerGraph } from "../graph/viewer-graph.ts";
import { savePositions, type ContinuousLayout, type LayoutRun } from "../layouts/index.ts";

export interface LayoutRunner {
  start(autoStopMs?: number): void;
  stop(): void;
  toggle(): void;
  stats(): { iterations: number; applied: number };
}

const SAVE_EVERY_MS = 3000;

export function createLayoutRunner(layout: ContinuousLayout, graph: ViewerGraph, store: Store): LayoutRunner {
  let run: LayoutRun | undefined;
  let saver: ReturnType<typeof setInterval> | undefined;
  let autoStop: ReturnType<typeof setTimeout> | undefined;

  const stop = () => {
    clearInterval(saver);
    clearTimeout(autoStop);
    if (run?.isRunning()) run.stop();
    savePositions(graph);
    store.dispatch(actions.setLayoutRunning, false);
  };
  const start = (autoStopMs?: number) => {
    run ??= layout.create(graph);
    run.start();
    store.dispatch(actions.setLayoutRunning, true);
    clearInterval(saver);
    saver = setInterval(() => savePositions(graph), SAVE_EVERY_MS);
    clearTimeout(autoStop);
    if (autoStopMs) autoStop = setTimeout(stop, autoStopMs);
  };
  addEventListener("pagehide", () => savePositions(graph));
  return { start, stop, toggle: () => (store.get().layoutRunning ? stop() : start()), stats: () => run?.stats?.() ?? { iterations: 0, applied: 0 } };
}
