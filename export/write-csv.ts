// CSV for `neo4j-admin database import full`: one node file per label, one relationship file per type, and a README.
import { stringify } from "csv-stringify/sync";
import { isActorLabel, NODE_LABELS, REL_TYPES, type GraphData, type GraphEdge, type GraphNode } from "../graph-schema/index.ts";
import { ExportError } from "./export-error.ts";
import type { ExportFormat, ExportOutput } from "./export-format.ts";
import { EDGE_PROPERTIES, edgeProperty, NODE_PROPERTIES, nodeProperty } from "./flat-properties.ts";

/**
 * neo4j-admin splits arrays on one character and has no escape for it. Sentences hold semicolons, so the first
 * candidate no array item contains is used, and the README's command names it. U+001F is a control character
 * cleaned text never holds.
 */
const DELIMITERS = [";", "|", "\u001f"];
const delimiterName = (d: string) => (d === "\u001f" ? "U+001F" : d);

// Dates stay text, and `label`/`type`/evidence are named as our Neo4j store names them (store/store-rows.ts), so an
// imported database answers `kg query` like one `kg load` filled.
const NODE_TYPES: Partial<Record<(typeof NODE_PROPERTIES)[number], string>> = { aliases: "string[]" };
const EDGE_TYPES: Partial<Record<(typeof EDGE_PROPERTIES)[number], string>> = {};

const arrays = (data: GraphData): string[][] => [
  ...data.nodes.map((n) => n.aliases),
  ...data.edges.flatMap((e) => [e.evidence.map((v) => v.article), e.evidence.map((v) => v.sentence)]),
];

export function chooseArrayDelimiter(data: GraphData): string {
  const items = arrays(data).flat();
  const d = DELIMITERS.find((c) => !items.some((s) => s.includes(c)));
  if (!d) throw new ExportError("export/csv: every array delimiter neo4j-admin could use (; | U+001F) occurs in names or sentences");
  return d;
}

/** An empty array is written as an empty cell: neo4j-admin then leaves the property unset, as Neo4j stores no empty lists. */
const joinArray = (items: string[], d: string) => items.join(d);

function nodeFile(label: GraphNode["label"], nodes: GraphNode[], d: string): string {
  const header = ["id:ID", "label", ...NODE_PROPERTIES.map((p) => (NODE_TYPES[p] ? `${p}:${NODE_TYPES[p]}` : p)), ":LABEL"];
  // Person, State and Organisation also carry :Actor in Neo4j (ONTOLOGY.md).
  const labels = isActorLabel(label) ? `${label}${d}Actor` : label;
  const rows = nodes.map((n) => [
    n.id,
    n.label,
    ...NODE_PROPERTIES.map((p) => {
      const v = nodeProperty(n, p);
      return Array.isArray(v) ? joinArray(v, d) : (v ?? "");
    }),
    labels,
  ]);
  return stringify([header, ...rows]);
}

function relationshipFile(edges: GraphEdge[], d: string): string {
  const header = [
    ":START_ID", ":END_ID", ":TYPE", "id", "type",
    ...EDGE_PROPERTIES.map((p) => (EDGE_TYPES[p] ? `${p}:${EDGE_TYPES[p]}` : p)),
    "evidenceArticle:string[]", "evidenceSentence:string[]", "evidenceDate:string[]",
  ];
  const rows = edges.map((e) => [
    e.source, e.target, e.type, e.id, e.type,
    ...EDGE_PROPERTIES.map((p) => edgeProperty(e, p) ?? ""),
    joinArray(e.evidence.map((v) => v.article), d),
    joinArray(e.evidence.map((v) => v.sentence), d),
    // parallel to the two above, so an undated sentence keeps its place as an empty item
    e.evidence.length ? joinArray(e.evidence.map((v) => v.date ?? ""), d) : "",
  ]);
  return stringify([header, ...rows]);
}

export function importCommand(nodeFiles: string[], relFiles: string[], d: string): string {
  return [
    "neo4j-admin database import full",
    ...nodeFiles.map((f) => `  --nodes=${f}`),
    ...relFiles.map((f) => `  --relationships=${f}`),
    `  --array-delimiter=${d === ";" ? "';'" : d === "|" ? "'|'" : delimiterName(d)}`,
    "  --multiline-fields=true",
    "  --overwrite-destination=true",
    "  neo4j",
  ].join(" \\\n");
}

function readme(nodeFiles: string[], relFiles: string[], d: string, data: GraphData): string {
  return `# Knowledge-graph export for neo4j-admin

${data.nodes.length} nodes in ${nodeFiles.length} file(s), one per label; ${data.edges.length} relationships in ${relFiles.length} file(s), one per type.
Written by \`kg export --format csv\` in the header format of \`neo4j-admin database import\`.

## Import

Stop the database first (a full import creates it afresh and replaces whatever it held). From inside this folder:

\`\`\`
${importCommand(nodeFiles, relFiles, d)}
\`\`\`

Then start Neo4j and create the constraints the Cypher export also creates, e.g.
\`CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE\` (one per label).
On Neo4j Community, \`neo4j\` is the only database; on Enterprise, name another one.

## Columns

- \`id:ID\`: the node's id, stored as the property \`id\`; one id space for all labels.
- \`:LABEL\`: the ontology's label; Person, State and Organisation also carry \`Actor\`. The \`label\` column repeats
  it as a property, and \`type\` the relationship's type, as \`kg load\` writes them (the named queries read them).
- \`aliases:string[]\`: every surface form seen, split on \`${delimiterName(d)}\` (the \`--array-delimiter\` above).
- \`:START_ID\`, \`:END_ID\`, \`:TYPE\`: the relationship's endpoints and type; \`id\` its id in the knowledge graph.
- \`evidenceArticle:string[]\`, \`evidenceSentence:string[]\`, \`evidenceDate:string[]\`: parallel lists, one item per
  sentence stating the relationship (the article it is in, the sentence, the date the sentence gives or empty).
- \`date\`: YYYY-MM-DD as text (as \`kg load\` stores it); on a relationship the earliest date its evidence gives, on an
  Agreement, Event or Article its own date.
`;
}

export function writeCsv(data: GraphData): ExportOutput {
  const d = chooseArrayDelimiter(data);
  const files: { path: string; text: string }[] = [];
  const nodeFiles: string[] = [];
  const relFiles: string[] = [];
  for (const label of NODE_LABELS) {
    const nodes = data.nodes.filter((n) => n.label === label);
    if (!nodes.length) continue;
    nodeFiles.push(`${label}.csv`);
    files.push({ path: `${label}.csv`, text: nodeFile(label, nodes, d) });
  }
  const present = new Set(data.nodes.map((n) => n.id));
  for (const type of REL_TYPES) {
    // neo4j-admin stops on a relationship whose endpoint is not in the node files
    const edges = data.edges.filter((e) => e.type === type && present.has(e.source) && present.has(e.target));
    if (!edges.length) continue;
    relFiles.push(`${type}.csv`);
    files.push({ path: `${type}.csv`, text: relationshipFile(edges, d) });
  }
  files.push({ path: "README.md", text: readme(nodeFiles, relFiles, d, data) });
  const owns = [...NODE_LABELS, ...REL_TYPES].map((n) => `${n}.csv`).concat("README.md");
  return { kind: "folder", files, owns };
}

export const csvFormat: ExportFormat = {
  name: "csv",
  extension: "",
  toStdout: false,
  description: "a folder of neo4j-admin import CSVs (one per label and per type) with a README giving the import command",
  write: (data) => writeCsv(data),
};
