// What a CLI verb is: a name, a one-line summary, its help text, and a function from arguments to an exit code.
import { parseArgs, type ParseArgsConfig } from "node:util";

export interface Command {
  name: string;
  summary: string;
  /** full help, printed by `kg <verb> --help` */
  help: string;
  run(argv: string[]): Promise<number>;
}

/** Raised for bad arguments or input: printed as one line, without a stack trace. */
export class UsageError extends Error {}

export type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseFlags<O extends Options>(argv: string[], options: O, command: string) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`kg ${command}: ${(e as Error).message.split("\n")[0]} (see kg ${command} --help)`);
  }
}

/** `--param k=v` pairs as an object; numbers stay strings unless they look like integers. */
export function parseParams(pairs: string[] | undefined, command: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of pairs ?? []) {
    const i = p.indexOf("=");
    if (i <= 0) throw new UsageError(`kg ${command}: --param takes k=v, got "${p}"`);
    const v = p.slice(i + 1);
    out[p.slice(0, i)] = /^-?\d+$/.test(v) ? Number(v) : v;
  }
  return out;
}
