// `kg export`: writes the stored graph, or a selection of it, as JSON, GEXF, GraphML, neo4j-admin CSV or Cypher.
import type { Command } from "../command.ts";
import { parseFlags, parseParams, UsageError } from "../command.ts";
import { dataDir, readGraphData } from "../../store/index.ts";
import { NODE_LABELS, REL_TYPES, type NodeLabel, type RelType } from "../../graph-schema/index.ts";
import { ExportError, FORMATS, findFormat, queryNodeIds, readPositions, selectSubgraph, writeOutput, type Selection } from "../../export/index.ts";

const FLAGS = {
  format: { type: "string", default: "json" },
  out: { type: "string", short: "o" },
  force: { type: "boolean" },
  around: { type: "string" },
  depth: { type: "string" },
  labels: { type: "string" },
  types: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  "keep-undated": { type: "boolean" },
  query: { type: "string" },
  param: { type: "string", multiple: true },
  articles: { type: "boolean" },
  positions: { type: "string" },
} as const;

/** A comma-separated list of names from a fixed vocabulary, matched case-insensitively. */
function listOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(",").map((s) => s.trim()).filter(Boolean);
  if (!items.length) throw new UsageError(`kg export: --${flag} needs a comma-separated list of ${allowed.join(", ")}`);
  return items.map((s) => {
    const hit = allowed.find((a) => a.toLowerCase() === s.toLowerCase());
    if (!hit) throw new UsageError(`kg export: --${flag}: unknown "${s}" (one of ${allowed.join(", ")})`);
    return hit;
  });
}

function isoDate(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`kg export: --${flag} takes a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

export const exportCommand: Command = {
  name: "export",
  summary: "write the graph or a subgraph as JSON, GEXF, GraphML, neo4j-admin CSV or Cypher",
  help: `
kg export [selection] [--format F] [--out FILE|DIR] [--force]

Writes the graph in $KG_DATA, or the part of it the selection picks, with the evidence (article, sentence,
date) of every relationship. With no selection: the whole graph, Article nodes and MENTIONS included.

Selection (combinable):
  --around NAME      a node's id, name or any alias (case-insensitive); an ambiguous name lists the candidates
  --depth N          with --around: how many relationships away to go, either direction (default 1)
  --labels L,L       keep nodes of these labels (${NODE_LABELS.join(", ")})
  --types T,T        keep relationships of these types (${REL_TYPES.join(", ")}), and the nodes they join
  --from YYYY-MM-DD  keep relationships with a date on or after this day (any of its evidence counts)
  --to YYYY-MM-DD    ... on or before this day
  --keep-undated     with --from/--to: also keep relationships nothing dates (left out by default)
  --query NAME       the nodes a named query returns, and the relationships between them
  --param k=v        a parameter of --query (repeatable)
  --articles         add the Article nodes the selected relationships cite, with their MENTIONS
A selection leaves Article nodes and MENTIONS out unless --labels names Article or --types names MENTIONS.

Output:
${FORMATS.map((f) => `  --format ${f.name.padEnd(8)} ${f.description}`).join("\n")}
  --out FILE         write here (a folder for csv); default: standard output (not for csv)
  --force            overwrite what --out would replace
  --positions FILE   node positions {"id": [x, y]} for gexf, graphml and json (the viewer's saved layout)

examples:
  kg export --around "Sergey Lavrov" --depth 2 --format gexf --out lavrov.gexf
  kg export --types MEDIATED,PARTY_TO --from 2020-09-27 --to 2020-11-10 --format graphml --out war-mediation.graphml
  kg export --query who-mediated-what --format cypher --out mediation.cypher
  kg export --format csv --out dump/
`,
  async run(argv) {
    const { values, positionals } = parseFlags(argv, FLAGS, "export");
    if (positionals.length) throw new UsageError(`kg export: unexpected argument "${positionals[0]}" (see kg export --help)`);
    const format = findFormat(values.format);
    if (!format) throw new UsageError(`kg export: unknown format "${values.format}" (one of ${FORMATS.map((f) => f.name).join(", ")})`);
    if (!values.out && !format.toStdout) throw new UsageError(`kg export: --format ${format.name} writes a folder; give it with --out DIR`);
    if (values.depth !== undefined && !/^\d+$/.test(values.depth)) throw new UsageError(`kg export: --depth takes a whole number from 0, got "${values.depth}"`);
    if (values.depth !== undefined && values.around === undefined) throw new UsageError("kg export: --depth needs --around NAME");
    if (values.param && !values.query) throw new UsageError("kg export: --param needs --query NAME");
    const from = isoDate("from", values.from);
    const to = isoDate("to", values.to);
    if (from && to && from > to) throw new UsageError(`kg export: --from ${from} is after --to ${to}`);
    if (values["keep-undated"] && !from && !to) throw new UsageError("kg export: --keep-undated needs --from or --to");

    try {
      const dir = dataDir();
      const graph = readGraphData(dir);
      const selection: Selection = {
        around: values.around,
        depth: values.depth === undefined ? undefined : Number(values.depth),
        labels: listOf<NodeLabel>("labels", values.labels, NODE_LABELS),
        types: listOf<RelType>("types", values.types, REL_TYPES),
        from,
        to,
        keepUndated: values["keep-undated"],
        articles: values.articles,
        nodeIds: values.query ? await queryNodeIds(graph, values.query, parseParams(values.param, "export"), { dataDir: dir }) : undefined,
      };
      const t0 = performance.now();
      const { data, notes } = selectSubgraph(graph, selection);
      for (const n of notes) console.error(`kg export: ${n}`);
      const positions = values.positions ? readPositions(values.positions) : undefined;
      const written = writeOutput(format.write(data, { positions }), { out: values.out, force: values.force });
      if (written.length) {
        const ms = Math.round(performance.now() - t0);
        console.error(`kg export: ${data.nodes.length} nodes, ${data.edges.length} relationships as ${format.name} to ${values.out} (${ms} ms)`);
      }
      return 0;
    } catch (e) {
      if (e instanceof ExportError) throw new UsageError(`kg ${e.message}`);
      throw e;
    }
  },
};
