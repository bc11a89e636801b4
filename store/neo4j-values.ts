// Converts between JavaScript values and neo4j-driver's: integer parameters to Integer, results to plain JSON-able values.
import neo4j from "neo4j-driver";

/** Whole numbers go as Neo4j integers (LIMIT and ranges refuse floats); lists and maps are converted inside. */
export function toNeo4jParam(v: unknown): unknown {
  if (typeof v === "number" && Number.isInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(toNeo4jParam);
  if (v && typeof v === "object" && v.constructor === Object) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toNeo4jParam(x)]));
  return v;
}

export function plainNeo4jValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) return (v as InstanceType<typeof neo4j.Integer>).inSafeRange() ? (v as InstanceType<typeof neo4j.Integer>).toNumber() : v.toString();
  if (neo4j.isNode(v) || neo4j.isRelationship(v)) return plainNeo4jValue((v as { properties: unknown }).properties);
  if (neo4j.isPath(v)) {
    const p = v as InstanceType<typeof neo4j.Path>;
    return { nodes: [p.start, ...p.segments.map((s) => s.end)].map(plainNeo4jValue), relationships: p.segments.map((s) => plainNeo4jValue(s.relationship)) };
  }
  if (neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v) || neo4j.isTime(v) || neo4j.isLocalTime(v) || neo4j.isDuration(v)) return String(v);
  if (Array.isArray(v)) return v.map(plainNeo4jValue);
  if (typeof v === "object") return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, plainNeo4jValue(x)]));
  return v;
}
