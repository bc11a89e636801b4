// `kg query`: runs a named query of the catalogue, or Cypher text, read-only, and prints the rows.
import type { Command } from "../command.ts";
import { parseFlags, parseParams, UsageError } from "../command.ts";
import { FORMATS, formatRows, runCypher, runNamedQuery, type Format } from "../../queries/index.ts";
import { ReadOnlyError, type StoreKind } from "../../store/index.ts";

export const query: Command = {
  name: "query",
  summary: "answer a named query (kg queries lists them) or read-only Cypher",
  help: `
kg query <name> [--param k=v]... [--format table|json|csv] [--store embedded|neo4j]
kg query --cypher 'MATCH ... RETURN ...' [--param k=v]... [--format ...]

Runs on Neo4j when NEO4J_URI is set, else on the embedded store in $KG_DATA (rebuilt first if the
ledger changed). Read-only: a query that would write (CREATE, MERGE, SET, DELETE, ...) is refused.
A name given as a parameter resolves through aliases: --param actor=Lavrov finds Sergey Lavrov.

  --param k=v     a parameter ($k in the Cypher); repeat for several
  --format F      table (default on a terminal), json (an array of row objects; default otherwise), csv
  --store S       ask this store instead of the default one
  --cypher TEXT   run TEXT instead of a named query

examples:
  kg query who-mediated-what
  kg query actor --param actor="Sergey Lavrov" --format json
  kg query --cypher 'MATCH (p:Person)-[r:CALLED]-(q) RETURN p.name, q.name, r.date'
`,
  async run(argv) {
    const { values, positionals } = parseFlags(
      argv,
      { param: { type: "string", multiple: true }, format: { type: "string" }, store: { type: "string" }, cypher: { type: "string" } },
      "query",
    );
    const format = (values.format ?? (process.stdout.isTTY ? "table" : "json")) as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`kg query: unknown format "${values.format}" (${FORMATS.join(", ")})`);
    if (values.store !== undefined && values.store !== "embedded" && values.store !== "neo4j") throw new UsageError(`kg query: --store takes embedded or neo4j, got "${values.store}"`);
    if (values.cypher === undefined && positionals.length !== 1) throw new UsageError("kg query: give one query name or --cypher TEXT (kg queries lists the names)");
    if (values.cypher !== undefined && positionals.length) throw new UsageError("kg query: give a query name or --cypher, not both");
    const params = parseParams(values.param, "query");
    const opts = { store: values.store as StoreKind | undefined };
    try {
      const rows = values.cypher !== undefined ? await runCypher(values.cypher, params, opts) : await runNamedQuery(positionals[0], params, opts);
      console.log(formatRows(rows, format));
      return 0;
    } catch (e) {
      if (e instanceof ReadOnlyError) throw new UsageError(`kg query: ${e.message}`);
      // Our own checks (unknown query, bad parameter, an unknown name) are the user's to fix: one line, usage exit.
      if (e instanceof Error && /^queries: /.test(e.message)) throw new UsageError(`kg query: ${e.message.slice("queries: ".length)}`);
      throw e;
    }
  },
};
