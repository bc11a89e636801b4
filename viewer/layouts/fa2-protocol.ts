// The messages between the page and the ForceAtlas2 worker.
export type Fa2Command =
  /** graphology's node and edge matrices (helpers.graphToByteArrays), transferred */
  | { type: "start"; run: number; nodes: Float32Array; edges: Float32Array; settings: Record<string, unknown> }
  | { type: "stop" };

/** x and y per node, in the graph's node order when the matrices were built */
export interface Fa2Positions {
  /** the start command these positions answer: a restarted layout ignores an older run's */
  run: number;
  xy: Float32Array;
  /** iterations done since the worker started, for the tests and the curious */
  iterations: number;
}
