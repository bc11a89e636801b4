// `kg load`: copies the graph from the embedded store into Neo4j, or from Neo4j back into the ledger, idempotently.
import type { Command } from "../command.ts";
import { parseFlags, UsageError } from "../command.ts";
import { dataDir, embeddedPath, ensureEmbedded, LadybugStore, neo4jConfig, Neo4jStore, recordsFromGraph, syncEmbedded, writeRecord } from "../../store/index.ts";

export const load: Command = {
  name: "load",
  summary: "copy the embedded store into Neo4j (or back with --from neo4j)",
  help: `
kg load [--from embedded|neo4j]

Needs NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD; NEO4J_DATABASE picks the database).

  --from embedded   (default) make Neo4j hold the graph of $KG_DATA: constraints first, then
                    batched MERGE on each node's id; nodes and relationships of the graph's labels
                    that the embedded store no longer has are removed. Running it twice changes nothing.
  --from neo4j      write Neo4j's graph into $KG_DATA as article records (one per Article node, with
                    the evidence that cites it), then rebuild the embedded store from them

example: NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=secret kg load
`,
  async run(argv) {
    const { values } = parseFlags(argv, { from: { type: "string", default: "embedded" } }, "load");
    if (values.from !== "embedded" && values.from !== "neo4j") throw new UsageError(`kg load: --from takes embedded or neo4j, got "${values.from}"`);
    const cfg = neo4jConfig();
    if (!cfg) throw new UsageError("kg load: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to the Neo4j to load into or from");
    const dir = dataDir();
    const neo = new Neo4jStore(cfg);
    try {
      if (values.from === "embedded") {
        await ensureEmbedded(dir);
        const embedded = new LadybugStore(embeddedPath(dir));
        const data = await embedded.readGraph();
        await embedded.close();
        const r = await neo.writeGraph(data);
        console.error(`kg load: ${r.nodes} nodes and ${r.relationships} relationships from ${embeddedPath(dir)} into ${cfg.uri} in ${r.ms} ms${r.skipped.length ? `; ${r.skipped.length} left out (not allowed by the schema)` : ""}`);
      } else {
        const records = recordsFromGraph(await neo.readGraph());
        for (const rec of records) writeRecord(dir, rec);
        const r = await syncEmbedded(dir);
        console.error(`kg load: ${records.length} article records from ${cfg.uri} into ${dir}; embedded store: ${r.nodes} nodes, ${r.relationships} relationships`);
      }
      return 0;
    } finally {
      await neo.close();
    }
  },
};
