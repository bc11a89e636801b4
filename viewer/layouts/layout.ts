// What a layout is: a descriptor the toolbar lists, either continuous (start/stop) or run once.
import type { ViewerGraph } from "../graph/viewer-graph.ts";

export interface LayoutRun {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
  /** iterations computed and position sets drawn so far, where the layout counts them */
  stats?(): { iterations: number; applied: number };
}

export interface ContinuousLayout {
  id: string;
  name: string;
  kind: "continuous";
  create(graph: ViewerGraph): LayoutRun;
}

export interface OneShotLayout {
  id: string;
  name: string;
  kind: "once";
  run(graph: ViewerGraph): void;
}

export type LayoutDescriptor = ContinuousLayout | OneShotLayout;
