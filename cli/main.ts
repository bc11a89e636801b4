// The `kg` command line: finds the verb, runs it, and turns errors into one line and an exit code.
import { UsageError, type Command } from "./command.ts";
import { commands } from "./commands/index.ts";

const EXIT_USAGE = 2;
const EXIT_FAILURE = 1;

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "kg: turn news articles into a knowledge graph of who did what to whom in diplomacy",
    "",
    "usage: kg <verb> [options]      (kg <verb> --help for each verb)",
    "",
    ...commands.map((c: Command) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "The graph lives in $KG_DATA (default ./data); with NEO4J_URI set, in Neo4j.",
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === "--help" || verb === "-h" || verb === "help") {
    console.log(overview());
    return verb ? 0 : EXIT_USAGE;
  }
  const cmd = commands.find((c) => c.name === verb);
  if (!cmd) {
    console.error(`kg: unknown verb "${verb}"; one of: ${commands.map((c) => c.name).join(", ")}`);
    return EXIT_USAGE;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    console.log(cmd.help.trim());
    return 0;
  }
  return cmd.run(rest.filter((a) => a !== "--debug"));
}

const debug = process.argv.includes("--debug");
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      console.error(e.message);
      process.exitCode = EXIT_USAGE;
    } else {
      console.error(debug ? e : `kg: ${(e as Error)?.message ?? String(e)} (run with --debug for details)`);
      process.exitCode = EXIT_FAILURE;
    }
  },
);
