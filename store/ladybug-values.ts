// Turns the embedded store's result values (bigints, node, relationship and path objects) into plain JSON-able values.
export function plainValue(v: unknown): unknown {
  // strings first: they are most of what a listing returns
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v)) return v.map(plainValue);
  if (v instanceof Map) return Object.fromEntries([...v.entries()].map(([k, x]) => [String(k), plainValue(x)]));
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    // A path: its nodes and relationships, as Neo4j's driver would give them after our conversion.
    if ("_nodes" in o && "_rels" in o) return { nodes: plainValue(o._nodes), relationships: plainValue(o._rels) };
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) if (!k.startsWith("_")) out[k] = plainValue(x);
    return out;
  }
  return v;
}

/** One result row with every value made plain. */
export function plainRow(r: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in r) out[k] = plainValue(r[k]);
  return out;
}
