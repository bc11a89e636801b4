// Cypher for cypher-shell: constraints first, then parameter-free, idempotent MERGE statements that rebuild the subgraph.
import { isActorLabel, NODE_LABELS, REL_TYPES, type GraphData, type GraphEdge, type GraphNode, type NodeLabel } from "../graph-schema/index.ts";
import { cypherLiteral, type CypherValue } from "./cypher-literal.ts";
import type { ExportFormat } from "./export-format.ts";

/** Rows per UNWIND: large enough that cypher-shell sends few statements, small enough to keep each transaction modest. */
const BATCH = 500;

const chunks = <T>(xs: T[], n: number): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

const constraintName = (label: NodeLabel) => `kg_${label.toLowerCase()}_id`;

/**
 * Properties as our Neo4j store writes them (store/store-rows.ts): `label` and `type` as properties, dates as text,
 * evidence as parallel lists (Neo4j stores no maps), so `kg query` and `kg load --from neo4j` read an export too.
 */
function nodeRow(n: GraphNode): CypherValue {
  const { id, ...rest } = n as GraphNode & Record<string, CypherValue>;
  const props: Record<string, CypherValue> = {};
  for (const [k, v] of Object.entries(rest)) if (v !== undefined && v !== null) props[k] = v as CypherValue;
  return { id, props };
}

function edgeRow(e: GraphEdge): CypherValue {
  return {
    s: e.source,
    t: e.target,
    props: {
      id: e.id,
      type: e.type,
      date: e.date ?? undefined,
      role: e.role,
      of: e.of,
      demand: e.demand,
      evidenceArticle: e.evidence.map((v) => v.article),
      evidenceSentence: e.evidence.map((v) => v.sentence),
      evidenceDate: e.evidence.map((v) => v.date ?? ""),
    },
  };
}

export function writeCypher(data: GraphData): string {
  const labelOf = new Map(data.nodes.map((n) => [n.id, n.label]));
  const out: string[] = [
    `// Knowledge-graph export: ${data.nodes.length} nodes, ${data.edges.length} relationships. Idempotent: running it again changes nothing.`,
    "// Run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p <password> -f this-file.cypher",
    "",
  ];
  const labels = NODE_LABELS.filter((l) => data.nodes.some((n) => n.label === l));
  for (const l of labels) out.push(`CREATE CONSTRAINT ${constraintName(l)} IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE;`);
  // MERGE should find nodes through the constraints' indexes, which are built in the background.
  if (labels.length) out.push("CALL db.awaitIndexes(300);");
  out.push("");

  // Labels and types are the ontology's fixed identifiers, never user text, so they need no backticks.
  for (const l of labels) {
    const rows = data.nodes.filter((n) => n.label === l).map(nodeRow);
    for (const batch of chunks(rows, BATCH)) {
      out.push(
        `UNWIND ${cypherLiteral(batch)} AS row\nMERGE (n:${l} {id: row.id})\nSET n += row.props${isActorLabel(l) ? ", n:Actor" : ""};`,
        "",
      );
    }
  }
  // One statement per (type, start label, end label), so both MATCHes use a label's id index.
  for (const type of REL_TYPES) {
    const groups = new Map<string, GraphEdge[]>();
    for (const e of data.edges) {
      if (e.type !== type || !labelOf.has(e.source) || !labelOf.has(e.target)) continue;
      const k = `${labelOf.get(e.source)}|${labelOf.get(e.target)}`;
      const g = groups.get(k);
      if (g) g.push(e);
      else groups.set(k, [e]);
    }
    for (const [k, edges] of groups) {
      const [from, to] = k.split("|");
      for (const batch of chunks(edges.map(edgeRow), BATCH)) {
        out.push(
          `UNWIND ${cypherLiteral(batch)} AS row\nMATCH (a:${from} {id: row.s})\nMATCH (b:${to} {id: row.t})\nMERGE (a)-[r:${type} {id: row.props.id}]->(b)\nSET r += row.props;`,
          "",
        );
      }
    }
  }
  return out.join("\n");
}

export const cypherFormat: ExportFormat = {
  name: "cypher",
  extension: "cypher",
  toStdout: true,
  description: "a cypher-shell script: constraints, then idempotent MERGEs, properties as `kg load` writes them",
  write: (data) => ({ kind: "file", text: writeCypher(data) }),
};
