// The JSON the viewer's API answers with: shared by the server and the page (types only, no runtime code).
import type { NodeLabel, RelType } from "../graph-schema/index.ts";

/** A node as the page draws it; `degree` counts its relationships in the whole store, MENTIONS excluded. */
export interface ApiNode {
  id: string;
  label: NodeLabel;
  name: string;
  aliases: string[];
  role?: string;
  degree: number;
}

export interface ApiEdge {
  id: string;
  type: RelType;
  source: string;
  target: string;
  date: string | null;
}

/** The graph or a part of it. `total` is the size of the whole store, so the page knows what it has not loaded. */
export interface GraphPart {
  nodes: ApiNode[];
  edges: ApiEdge[];
  total: { nodes: number; edges: number };
  truncated: boolean;
}

export interface ApiArticle {
  id: string;
  title: string;
  date: string | null;
  /** only http(s) addresses; anything else is dropped so the page never links to javascript: */
  url: string | null;
  source: string;
}

export interface ApiEvidence {
  sentence: string;
  date: string | null;
  article: ApiArticle;
}

export interface ApiRelationship {
  id: string;
  type: RelType;
  /** "out" when the selected node is the source */
  direction: "out" | "in";
  other: { id: string; name: string; label: NodeLabel };
  date: string | null;
  role?: string;
  of?: string;
  demand?: string;
  evidence: ApiEvidence[];
}

export interface NodeDetails {
  node: ApiNode;
  relationships: ApiRelationship[];
}

export interface SearchHit {
  id: string;
  name: string;
  label: NodeLabel;
  /** the name or alias that matched */
  matched: string;
}

export interface PathResult {
  /** node ids in order, empty when no path exists */
  nodes: string[];
  edges: string[];
  part: GraphPart;
}

export interface ApiError {
  error: string;
}
