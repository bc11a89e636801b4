// `--query`: the node ids in a named query's rows, found in any column, list or returned map.
import { ExportError, queryNodeIds, selectSubgraph } from "../../export/index.ts";
import { fixtureGraph } from "./fixture-graph.ts";

const graph = fixtureGraph();

describe("queryNodeIds", () => {
  test("ids in columns, lists and maps; other values ignored; params passed through", async () => {
    const seen: unknown[] = [];
    const run = async (name: string, params: Record<string, unknown>) => {
      seen.push(name, params);
      return [
        { mediator: "russia", mediator_name: "Russia", agreement: { id: "ceasefire-2020-10-10", name: "humanitarian ceasefire" } },
        { parties: ["armenia", "azerbaijan"], count: 2 },
      ];
    };
    const ids = await queryNodeIds(graph, "who-mediated-what", { since: "2020-01-01" }, { run });
    expect([...ids].sort()).toEqual(["armenia", "azerbaijan", "ceasefire-2020-10-10", "russia"]);
    expect(seen).toEqual(["who-mediated-what", { since: "2020-01-01" }]);
    const { data } = selectSubgraph(graph, { nodeIds: ids, types: ["MEDIATED"] });
    expect(data.edges.map((e) => e.id)).toEqual(["MEDIATED:russia->ceasefire-2020-10-10"]);
    expect(data.nodes).toHaveLength(4);
  });

  test("rows without node ids are an error; no rows select nothing", async () => {
    await expect(queryNodeIds(graph, "q", {}, { run: async () => [{ n: 1 }] })).rejects.toThrow(/no node ids/);
    expect((await queryNodeIds(graph, "q", {}, { run: async () => [] })).size).toBe(0);
  });

  test("without a runner it loads queries/index.ts, or says clearly that it cannot", async () => {
    try {
      await queryNodeIds(graph, "no-such-query-xyz", {});
    } catch (e) {
      // either the catalogue is missing, or it is there and rejects the unknown name
      if (e instanceof ExportError) expect(e.message).toMatch(/query catalogue|runNamedQuery/);
      else expect(String(e)).toMatch(/no-such-query-xyz|unknown|query/i);
    }
  });
});
