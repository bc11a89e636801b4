// The graph's one definition: labels, relationship types and their properties. Imports nothing of ours.
export * from "./labels.ts";
export * from "./relationships.ts";
export * from "./graph-data.ts";
