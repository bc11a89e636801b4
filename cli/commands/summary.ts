// `kg summary`: what the stored graph holds, counted by label and relationship type.
import type { Command } from "../command.ts";
import { parseFlags } from "../command.ts";
import { dataDir, readGraphData } from "../../store/index.ts";
import { summarizeGraph } from "../summarize-graph.ts";

export const summary: Command = {
  name: "summary",
  summary: "count the stored graph's nodes by label and relationships by type",
  help: `
kg summary [--json]

Prints how many nodes of each label and relationships of each type the graph in $KG_DATA holds,
and its most connected actors.

  --json   print the counts as JSON

example: kg summary
`,
  async run(argv) {
    const { values } = parseFlags(argv, { json: { type: "boolean" } }, "summary");
    const s = summarizeGraph(readGraphData(dataDir()));
    console.log(values.json ? JSON.stringify(s, null, 2) : s.text);
    return 0;
  },
};
