// The named queries: one .cypher file each in this folder, its header read for name, what it answers and parameters.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { StoreKind } from "../store/index.ts";

export const QUERIES_DIR = dirname(fileURLToPath(import.meta.url));

/** actor/entity: a name resolved through aliases to a node id; int and date are checked before the query runs. */
export const ParamKind = z.enum(["actor", "entity", "int", "date", "text"]);
export type ParamKind = z.infer<typeof ParamKind>;

export const QueryParam = z.object({
  name: z.string().regex(/^[a-zA-Z]\w*$/),
  kind: ParamKind,
  default: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  description: z.string(),
});
export type QueryParam = z.infer<typeof QueryParam>;

export interface NamedQuery {
  name: string;
  answers: string;
  params: QueryParam[];
  /** the Cypher each store runs: the same text unless a `<name>.<store>.cypher` file gives that store its own */
  text: Record<StoreKind, string>;
  files: string[];
}

// "// param: hops int=2 (1..3)  how many relationships away"
const PARAM_LINE = /^(\w+)\s+(\w+)(?:=(\S+))?(?:\s+\((-?\d+)\.\.(-?\d+)\))?\s+(.*)$/;

function parseHeader(file: string, text: string): Omit<NamedQuery, "text" | "files"> {
  const header = text.split("\n").filter((l) => l.startsWith("//")).map((l) => l.slice(2).trim());
  const field = (k: string) => header.filter((l) => l.startsWith(`${k}:`)).map((l) => l.slice(k.length + 1).trim());
  const name = field("name")[0];
  const answers = field("answers")[0];
  if (!name || !answers) throw new Error(`queries: ${file} needs "// name:" and "// answers:" header lines`);
  const params = field("param")
    .filter((p) => p !== "none")
    .map((p) => {
      const m = PARAM_LINE.exec(p);
      if (!m) throw new Error(`queries: ${file}: cannot read "// param: ${p}" (want: name kind[=default] [(min..max)] description)`);
      return QueryParam.parse({ name: m[1], kind: m[2], default: m[3], min: m[4] ? Number(m[4]) : undefined, max: m[5] ? Number(m[5]) : undefined, description: m[6] });
    });
  return { name, answers, params };
}

/** Every named query, sorted by name. Read from disk each call: the files are small and people edit them. */
export function loadCatalogue(dir: string = QUERIES_DIR): NamedQuery[] {
  const files = readdirSync(dir).filter((f) => f.endsWith(".cypher")).sort();
  const out: NamedQuery[] = [];
  for (const f of files.filter((f) => f.split(".").length === 2)) {
    const base = f.slice(0, -".cypher".length);
    const text = readFileSync(join(dir, f), "utf8");
    const head = parseHeader(f, text);
    if (head.name !== base) throw new Error(`queries: ${f} is named "${head.name}" in its header; the file name and the name must agree`);
    const embeddedFile = `${base}.embedded.cypher`;
    const embedded = files.includes(embeddedFile) ? readFileSync(join(dir, embeddedFile), "utf8") : text;
    out.push({ ...head, text: { neo4j: text, embedded }, files: files.includes(embeddedFile) ? [f, embeddedFile] : [f] });
  }
  return out;
}

export function findQuery(name: string, catalogue: NamedQuery[] = loadCatalogue()): NamedQuery {
  const q = catalogue.find((c) => c.name === name);
  if (!q) throw new Error(`queries: no named query "${name}"; one of: ${catalogue.map((c) => c.name).join(", ")} (kg queries lists them)`);
  return q;
}
