// The nodes a named query returns, for `--query NAME`: every value in its rows that is a node id of the graph.
import type { GraphData } from "../graph-schema/index.ts";
import { ExportError } from "./export-error.ts";

export type RunNamedQuery = (name: string, params: Record<string, unknown>, opts?: { dataDir?: string }) => Promise<Record<string, unknown>[]>;

/**
 * The query catalogue is written alongside this exporter; importing it through a computed specifier keeps this file
 * compiling (and every other export working) before queries/index.ts exists, and lets tests pass their own runner.
 */
async function loadRunner(): Promise<RunNamedQuery> {
  const specifier = "../queries/index.ts";
  let mod: { runNamedQuery?: RunNamedQuery };
  try {
    mod = (await import(specifier)) as { runNamedQuery?: RunNamedQuery };
  } catch (e) {
    throw new ExportError(`export: --query needs the query catalogue (queries/index.ts), which did not load: ${(e as Error).message.split("\n")[0]}`);
  }
  if (typeof mod.runNamedQuery !== "function") throw new ExportError("export: --query needs queries/index.ts to export runNamedQuery(name, params, opts)");
  return mod.runNamedQuery;
}

/** Strings anywhere in a row (columns, lists, maps such as a returned node) that are ids of the graph's nodes. */
function collectIds(value: unknown, ids: Set<string>, out: Set<string>, depth = 0): void {
  if (depth > 4 || value === null || value === undefined) return;
  if (typeof value === "string") {
    if (ids.has(value)) out.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collectIds(v, ids, out, depth + 1);
  } else if (typeof value === "object") {
    for (const v of Object.values(value)) collectIds(v, ids, out, depth + 1);
  }
}

export async function queryNodeIds(
  data: GraphData,
  name: string,
  params: Record<string, unknown>,
  opts: { dataDir?: string; run?: RunNamedQuery } = {},
): Promise<Set<string>> {
  const run = opts.run ?? (await loadRunner());
  const rows = await run(name, params, { dataDir: opts.dataDir });
  const ids = new Set(data.nodes.map((n) => n.id));
  const out = new Set<string>();
  for (const row of rows) collectIds(row, ids, out);
  if (rows.length > 0 && out.size === 0) throw new ExportError(`export: query "${name}" returned ${rows.length} row(s) but no node ids to export`);
  return out;
}
