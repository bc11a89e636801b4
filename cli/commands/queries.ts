// `kg queries`: the catalogue of named queries, with what each answers and its parameters.
import type { Command } from "../command.ts";
import { parseFlags } from "../command.ts";
import { loadCatalogue } from "../../queries/index.ts";

export const queries: Command = {
  name: "queries",
  summary: "list the named queries, what each answers and its parameters",
  help: `
kg queries [--json]

Lists the named queries kg query runs (one .cypher file each in queries/).

  --json   print the catalogue as JSON, with each query's Cypher

example: kg queries
`,
  async run(argv) {
    const { values } = parseFlags(argv, { json: { type: "boolean" } }, "queries");
    const cat = loadCatalogue();
    if (values.json) {
      console.log(JSON.stringify(cat.map(({ name, answers, params, files, text }) => ({ name, answers, params, files, cypher: text })), null, 2));
      return 0;
    }
    const lines: string[] = [];
    for (const q of cat) {
      lines.push(`${q.name}`, `  ${q.answers}`);
      for (const p of q.params) {
        const range = p.min !== undefined ? `, ${p.min}..${p.max}` : "";
        lines.push(`  --param ${p.name}=<${p.kind}${p.default ? `, default ${p.default}` : ""}${range}>  ${p.description}`);
      }
      lines.push("");
    }
    lines.push("run one: kg query <name> [--param k=v] [--format table|json|csv]");
    console.log(lines.join("\n"));
    return 0;
  },
};
