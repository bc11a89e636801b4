// A whole graph (or one article's share of it) as plain data, and graphology's serialisation of it.
import { z } from "zod";
import { GraphNode } from "./labels.ts";
import { GraphEdge } from "./relationships.ts";

export const GraphData = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
});
export type GraphData = z.infer<typeof GraphData>;

/** graphology's JSON serialisation, the contract of ../shared/gold/README.md */
export const SerializedGraph = z.object({
  attributes: z.record(z.string(), z.unknown()).optional(),
  options: z.object({ type: z.string(), multi: z.boolean(), allowSelfLoops: z.boolean() }).optional(),
  nodes: z.array(z.object({ key: z.string(), attributes: z.record(z.string(), z.unknown()) })),
  edges: z.array(z.object({ key: z.string().optional(), source: z.string(), target: z.string(), attributes: z.record(z.string(), z.unknown()) })),
});
export type SerializedGraph = z.infer<typeof SerializedGraph>;
