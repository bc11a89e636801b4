// The `kg` command line: finds the verb, runs it, and turns errors into one line and an exit code.
import { UsageError, type Command } from "./command.ts";
import { commands } from "./commands/index.ts";
import { printable } from "../queries/index.ts";

const EXIT_USAGE = 2;
const EXIT_FAILURE = 1;

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "kg: turn news articles into a knowledge graph of who did what to whom in diplomacy",
    "",
    "usage: kg <verb> [options]      (kg <verb> --help for each verb; --debug anywhere shows stack traces)",
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
    console.error(`kg: unknown verb "${printable(verb)}"; one of: ${commands.map((c) => c.name).join(", ")}`);
    return EXIT_USAGE;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    console.log(cmd.help.trim());
    return 0;
  }
  return cmd.run(rest);
}

// --debug is global: taken out before the verb is looked up, so `kg --debug query ...` and `kg query ... --debug` both work.
const debug = process.argv.includes("--debug");
const args = process.argv.slice(2).filter((a) => a !== "--debug");

/** One line for the user; the whole error, stack and cause included, with --debug. */
function report(e: unknown): void {
  if (e instanceof UsageError) {
    console.error(printable(e.message.split("\n")[0]));
    process.exitCode = EXIT_USAGE;
    return;
  }
  if (debug) console.error(e);
  else console.error(`kg: ${printable(((e as Error)?.message ?? String(e)).split("\n")[0])} (run with --debug for details)`);
  process.exitCode = EXIT_FAILURE;
}

// A reader that goes away (`kg query ... | head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  report(e);
});
// Errors outside the verb's promise (a worker thread, a stray callback) also get one line, not Node's stack dump.
process.on("uncaughtException", (e) => {
  report(e);
  process.exit(EXIT_FAILURE);
});

main(args).then((code) => {
  process.exitCode = code;
}, report);
