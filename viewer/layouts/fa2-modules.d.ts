// Types for the three files of graphology-layout-forceatlas2 the worker layout uses directly (the package types only its index and worker).
declare module "graphology-layout-forceatlas2/iterate.js" {
  export default function iterate(settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array): void;
}
declare module "graphology-layout-forceatlas2/helpers.js" {
  import type Graph from "graphology";
  export function graphToByteArrays(graph: Graph, getEdgeWeight: (...args: unknown[]) => number): { nodes: Float32Array; edges: Float32Array };
}
declare module "graphology-layout-forceatlas2/defaults.js" {
  const defaults: Record<string, unknown>;
  export default defaults;
}
