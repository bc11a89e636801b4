// `kg serve`: serves the viewer and its read-only JSON API over the stored graph, on 127.0.0.1 unless told otherwise.
import type { Command } from "../command.ts";
import { parseFlags, UsageError } from "../command.ts";
import { dataDir } from "../../store/index.ts";
import { ensureViewerBuilt, ledgerSource, startServer, VIEWER_DIST } from "../../server/index.ts";

export const serve: Command = {
  name: "serve",
  summary: "explore the graph in the browser (prints the address; opens nothing)",
  help: `
kg serve [--port 5173] [--host 127.0.0.1] [--build]

Serves the viewer (sigma.js) and a read-only JSON API over the graph in $KG_DATA, and prints the
address to open. Builds the viewer first when viewer/dist is missing or older than its sources.

  --port N      port to listen on (default 5173; 0 picks a free one)
  --host H      address to bind (default 127.0.0.1; 0.0.0.0 exposes the graph to your network)
  --build       rebuild the viewer even if viewer/dist is up to date

example: kg serve --port 8080
`,
  async run(argv) {
    const { values } = parseFlags(argv, { port: { type: "string", default: "5173" }, host: { type: "string", default: "127.0.0.1" }, build: { type: "boolean" } }, "serve");
    if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) throw new UsageError(`kg serve: --port takes a number from 0 to 65535, got "${values.port}"`);
    await ensureViewerBuilt({ force: values.build, log: (l) => console.error(l) });
    const source = ledgerSource(dataDir());
    const { total } = source.current().part(1);
    const server = await startServer({ host: values.host, port: Number(values.port), distDir: VIEWER_DIST, source });
    console.log(server.url);
    console.error(`kg serve: ${total.nodes} nodes, ${total.edges} relationships from ${dataDir()}; Ctrl-C stops`);
    await new Promise<void>((done) => {
      const stop = () => void server.close().then(done);
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    return 0;
  },
};
