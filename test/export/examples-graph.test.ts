// Selections and formats on the graph `kg ingest` builds from examples/: properties that hold whatever the extraction finds.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestPaths } from "../../ingest/ingest-articles.ts";
import { loadResources } from "../../ingest/resources.ts";
import type { GraphData } from "../../graph-schema/index.ts";
import { closeLadybug, embeddedPath, readGraphData, syncStores } from "../../store/index.ts";
import { articleDates, FORMATS, inRange, queryNodeIds, relationshipDates, resolveNode, selectSubgraph, writeCypher } from "../../export/index.ts";
import { canon } from "./graph-canonical.ts";
import { readCypher } from "./cypher-reader.ts";

let dir: string;
let graph: GraphData;

// What `kg ingest examples/` does: the ledger, then the embedded store the named queries run on.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kg-export-examples-"));
  ingestPaths(["examples/articles"], { dataDir: dir, resources: loadResources() });
  await syncStores(dir, { env: {} });
  graph = readGraphData(dir);
});
afterAll(async () => {
  await closeLadybug(embeddedPath(dir));
  rmSync(dir, { recursive: true, force: true });
});

const ids = (d: GraphData) => new Set(d.nodes.map((n) => n.id));
const neighbours = (d: GraphData, of: Set<string>) => new Set(d.edges.filter((e) => e.type !== "MENTIONS").flatMap((e) => (of.has(e.source) ? [e.target] : of.has(e.target) ? [e.source] : [])));

describe("export on the examples graph", () => {
  test("around Sergey Lavrov at depth 1 and 2: the centre, its neighbours, theirs; no articles", () => {
    const centre = resolveNode(graph, "Lavrov").id;
    const d1 = selectSubgraph(graph, { around: "Sergey Lavrov", depth: 1 }).data;
    const d2 = selectSubgraph(graph, { around: "sergey lavrov", depth: 2 }).data;
    const one = new Set([centre, ...neighbours(graph, new Set([centre]))]);
    expect(ids(d1)).toEqual(one);
    expect(ids(d2)).toEqual(new Set([...one, ...neighbours(graph, one)]));
    expect(ids(d2).size).toBeGreaterThan(ids(d1).size);
    expect(d2.nodes.some((n) => n.label === "Article")).toBe(false);
    const kept = ids(d2);
    expect(d2.edges.every((e) => kept.has(e.source) && kept.has(e.target) && e.type !== "MENTIONS")).toBe(true);
  });

  test("by type: only those relationships, and only the nodes they join", () => {
    const { data } = selectSubgraph(graph, { types: ["MEDIATED", "PARTY_TO"] });
    expect(data.edges.length).toBe(graph.edges.filter((e) => e.type === "MEDIATED" || e.type === "PARTY_TO").length);
    expect(data.edges.length).toBeGreaterThan(0);
    expect(ids(data)).toEqual(new Set(data.edges.flatMap((e) => [e.source, e.target])));
  });

  test("by date: every kept relationship has a date in range, every other dated one none", () => {
    const sel = { from: "2023-07-01", to: "2023-07-31" };
    const { data } = selectSubgraph(graph, sel);
    const dates = articleDates(graph);
    const inJuly = (e: GraphData["edges"][number]) => relationshipDates(e, dates).some((d) => inRange(d, sel.from, sel.to));
    expect(data.edges.length).toBeGreaterThan(0);
    expect(data.edges.every(inJuly)).toBe(true);
    const kept = new Set(data.edges.map((e) => e.id));
    expect(graph.edges.filter((e) => e.type !== "MENTIONS" && !kept.has(e.id)).some(inJuly)).toBe(false);
  });

  test("by query: who-mediated-what's mediators and what they mediated, with the MEDIATED relationships", async () => {
    const nodeIds = await queryNodeIds(graph, "who-mediated-what", {}, { dataDir: dir });
    expect(nodeIds.size).toBeGreaterThan(0);
    const { data } = selectSubgraph(graph, { nodeIds });
    const mediated = graph.edges.filter((e) => e.type === "MEDIATED");
    for (const e of mediated) expect(data.edges.map((x) => x.id)).toContain(e.id);
    expect(ids(data)).toEqual(nodeIds);
  });

  test("every format writes the depth-2 selection; Cypher's rows read back as it", () => {
    const { data } = selectSubgraph(graph, { around: "Sergey Lavrov", depth: 2, articles: true });
    for (const f of FORMATS) {
      const out = f.write(data);
      expect(out.kind === "file" ? out.text.length : out.files.length).toBeGreaterThan(0);
    }
    expect(readCypher(writeCypher(data))).toEqual(canon(data));
  });
});
