// `kg ingest`: reads articles into the graph in $KG_DATA (and Neo4j, when NEO4J_URI is set), with a progress bar and a summary.
import type { Command } from "../command.ts";
import { parseFlags, UsageError } from "../command.ts";
import { dataDir, embeddedCounts, embeddedIsStale, hasRecords, Neo4jStoreError } from "../../store/index.ts";
import { printable } from "../../queries/index.ts";
import { ingestPathsParallel } from "../../ingest/ingest-articles.ts";
import { loadResources } from "../../ingest/resources.ts";
import { syncStores } from "../../store/sync-stores.ts";

/** Exit codes: documented in the README. */
export const EXIT = { ok: 0, failure: 1, usage: 2, skipped: 3, neo4j: 4, interrupted: 130 } as const;

function progressBar(enabled: boolean) {
  let last = 0;
  return (done: number, name: string) => {
    if (!enabled) return;
    const now = Date.now();
    if (now - last < 100) return;
    last = now;
    process.stderr.write(`\r\x1b[K  ${String(done).padStart(6)} articles  ${name.slice(0, 60)}`);
  };
}

export const ingest: Command = {
  name: "ingest",
  summary: "read articles (text, Markdown, HTML, JSON Lines) into the graph",
  help: `
kg ingest PATH... [--quiet] [--workers N]

Reads news articles and adds the people, states, organisations, agreements, events and places they name,
and the relationships between them, to the graph in $KG_DATA (default ./data); with NEO4J_URI set, to Neo4j too.
PATH is a file, a folder (read recursively) or - for standard input. Formats by extension: .txt, .md, .html/.htm,
.jsonl (one {id, title, date, url, text} record per line). Re-ingesting the same articles changes nothing; an
article whose text changed replaces its own evidence.

  --quiet      no progress bar and no summary
  --workers N  extraction threads (default: one per core; none for fewer than 40 articles). The records are
               the same whatever N is.

Exit codes: 0 all read, 3 some inputs skipped (each named on stderr), 4 Neo4j failed (the articles are stored
locally; kg load copies them later), 130 interrupted, 1 failure, 2 bad arguments.

example: kg ingest examples/articles/
         cat article.txt | kg ingest -
`,
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { quiet: { type: "boolean" }, workers: { type: "string" } }, "ingest");
    if (!positionals.length) throw new UsageError("kg ingest: give at least one file, folder, or - for standard input (see kg ingest --help)");
    const workers = values.workers === undefined ? undefined : Number(values.workers);
    if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 64)) throw new UsageError(`kg ingest: --workers takes a whole number from 1 to 64, got "${values.workers}"`);
    const dir = dataDir();
    const tty = !!process.stderr.isTTY && !values.quiet;
    let stop = false;
    const onSignal = () => {
      if (stop) process.exit(EXIT.interrupted);
      stop = true;
      process.stderr.write("\nkg ingest: stopping after the current article (Ctrl-C again to quit now)\n");
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    // Counts come from the embedded store's stamp, not from folding the ledger: that kept the whole graph in memory twice.
    const before = embeddedCounts(dir);
    const report = await ingestPathsParallel(positionals, { dataDir: dir, resources: loadResources, workers, onProgress: progressBar(tty), shouldStop: () => stop });
    if (tty) process.stderr.write("\r\x1b[K");
    // File names are data: a newline or an escape in one must not break the one line per problem.
    for (const s of report.skipped) console.error(`kg ingest: skipped ${printable(s.file)}${s.line ? `:${s.line}` : ""}: ${printable(s.reason)}`);
    for (const w of report.warnings) console.error(`kg ingest: warning ${printable(w.file)}: ${printable(w.reason)}`);
    // Also when nothing was written but the store lags the ledger: a run killed after its last record, before the rebuild.
    let neo4jFailed = false;
    if (report.written > 0 || (hasRecords(dir) && embeddedIsStale(dir))) {
      try {
        await syncStores(dir, { changed: report.changed });
      } catch (e) {
        if (!(e instanceof Neo4jStoreError)) throw e;
        // The ledger and the embedded store were written first and stand; Neo4j catches up with kg load.
        neo4jFailed = true;
        console.error(`kg ingest: ${printable(e.message)}; the articles are stored in ${dir} (ledger and embedded store): run kg load once Neo4j is fixed`);
      }
    }
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    if (!values.quiet) {
      const after = embeddedCounts(dir) ?? { nodes: 0, relationships: 0 };
      const nodes = after.nodes - (before?.nodes ?? 0);
      const rels = after.relationships - (before?.relationships ?? 0);
      console.log(
        `${report.read} articles read: ${report.written} stored, ${report.unchanged} unchanged; ${report.skipped.length} skipped` +
          `\n${nodes >= 0 ? "+" : ""}${nodes} nodes, ${rels >= 0 ? "+" : ""}${rels} relationships (graph: ${after.nodes} nodes, ${after.relationships} relationships in ${dir})`,
      );
    }
    if (report.interrupted) console.error(`kg ingest: interrupted after ${report.read} articles (${report.written} stored, ${report.unchanged} unchanged); run the same command again to finish`);
    return report.interrupted ? EXIT.interrupted : neo4jFailed ? EXIT.neo4j : report.skipped.length ? EXIT.skipped : EXIT.ok;
  },
};
