// `kg export`: writes the stored graph (or a selection of it) in a format other tools read.
import { existsSync, writeFileSync } from "node:fs";
import type { Command } from "../command.ts";
import { parseFlags, UsageError } from "../command.ts";
import { dataDir, readGraphData, serializeGraph } from "../../store/index.ts";

export const exportCommand: Command = {
  name: "export",
  summary: "write the graph, or a subgraph, as JSON (graphology)",
  help: `
kg export [--format json] [--out FILE] [--force]

  --format json   graphology's serialisation: nodes {key, attributes: {label, name, aliases, ...}},
                  edges {source, target, attributes: {type, evidence: [{article, sentence}], date}}
  --out FILE      write to FILE (default: standard output)
  --force         overwrite FILE if it exists

example: kg export --format json --out graph.json
`,
  async run(argv) {
    const { values } = parseFlags(argv, { format: { type: "string", default: "json" }, out: { type: "string" }, force: { type: "boolean" } }, "export");
    if (values.format !== "json") throw new UsageError(`kg export: unknown format "${values.format}" (json)`);
    const text = JSON.stringify(serializeGraph(readGraphData(dataDir())), null, 1);
    if (!values.out) {
      process.stdout.write(text + "\n");
      return 0;
    }
    if (existsSync(values.out) && !values.force) throw new UsageError(`kg export: ${values.out} exists; use --force to overwrite it`);
    writeFileSync(values.out, text + "\n");
    console.error(`kg export: wrote ${values.out}`);
    return 0;
  },
};
