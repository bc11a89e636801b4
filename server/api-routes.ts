// The read-only JSON API: parses and bounds each query, asks the graph index, and answers JSON. Nothing here writes.
import type { GraphSource } from "./graph-source.ts";

export interface ApiAnswer {
  status: number;
  body: unknown;
}

export const DEFAULT_PART_LIMIT = 10_000;
const MAX_LIMIT = 100_000;
const MAX_QUERY = 200;

const bad = (error: string, status = 400): ApiAnswer => ({ status, body: { error } });

function intParam(params: URLSearchParams, name: string, fallback: number, max: number): number | ApiAnswer {
  const v = params.get(name);
  if (v === null) return fallback;
  if (!/^\d{1,7}$/.test(v) || Number(v) < 1 || Number(v) > max) return bad(`${name} must be an integer from 1 to ${max}`);
  return Number(v);
}

function idParam(params: URLSearchParams, name: string): string | ApiAnswer {
  const v = params.get(name);
  if (!v) return bad(`${name} is required`);
  if (v.length > 1000) return bad(`${name} is too long`);
  return v;
}

const isAnswer = (x: unknown): x is ApiAnswer => typeof x === "object" && x !== null && "status" in x;

/** `path` is the URL path after `/api/`. */
export function answerApi(source: GraphSource, path: string, params: URLSearchParams): ApiAnswer {
  const index = source.current();
  switch (path) {
    case "graph": {
      const limit = intParam(params, "limit", DEFAULT_PART_LIMIT, MAX_LIMIT);
      return isAnswer(limit) ? limit : { status: 200, body: index.part(limit) };
    }
    case "search": {
      const q = params.get("q") ?? "";
      if (q.length > MAX_QUERY) return bad(`q is longer than ${MAX_QUERY} characters`);
      const limit = intParam(params, "limit", 20, 200);
      return isAnswer(limit) ? limit : { status: 200, body: index.search(q, limit) };
    }
    case "node":
    case "neighbours": {
      const id = idParam(params, "id");
      if (isAnswer(id)) return id;
      if (!index.hasNode(id)) return bad(`no node with id "${id}"`, 404);
      if (path === "node") return { status: 200, body: index.details(id) };
      const limit = intParam(params, "limit", 500, MAX_LIMIT);
      return isAnswer(limit) ? limit : { status: 200, body: index.neighbourhood(id, limit) };
    }
    case "path": {
      const from = idParam(params, "from");
      if (isAnswer(from)) return from;
      const to = idParam(params, "to");
      if (isAnswer(to)) return to;
      for (const id of [from, to]) if (!index.hasNode(id)) return bad(`no node with id "${id}"`, 404);
      return { status: 200, body: index.path(from, to) };
    }
    default:
      return bad(`no API endpoint "/api/${path}"`, 404);
  }
}
