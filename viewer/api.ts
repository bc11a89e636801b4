// The page's client for the server's read-only JSON API.
import type { GraphPart, NodeDetails, PathResult, SearchHit } from "../server/api-types.ts";

async function getJson<T>(path: string, params: Record<string, string | number> = {}): Promise<T> {
  const q = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  const res = await fetch(`./api/${path}${q.size ? `?${q}` : ""}`, { headers: { accept: "application/json" } });
  const body = await res.json();
  if (!res.ok) throw new Error(`viewer: /api/${path} answered ${res.status}: ${body?.error ?? "no reason given"}`);
  return body as T;
}

export const api = {
  graph: (limit?: number) => getJson<GraphPart>("graph", limit ? { limit } : {}),
  neighbours: (id: string) => getJson<GraphPart>("neighbours", { id }),
  node: (id: string) => getJson<NodeDetails>("node", { id }),
  search: (q: string) => getJson<SearchHit[]>("search", { q, limit: 20 }),
  path: (from: string, to: string) => getJson<PathResult>("path", { from, to }),
};
export type Api = typeof api;
