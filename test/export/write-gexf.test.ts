// GEXF read back by graphology-gexf's parser: same nodes, relationships and evidence; colours, positions, spells.
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { DOMParser } from "@xmldom/xmldom";
import { LABEL_META, type GraphData } from "../../graph-schema/index.ts";
import { selectSubgraph, writeGexf } from "../../export/index.ts";
import { fixtureGraph, TRICKY_ID, TRICKY_NAME } from "./fixture-graph.ts";
import { canon, canonOf, edgeKey, type CanonEvidence } from "./graph-canonical.ts";

const graph = fixtureGraph();

function readBack(xml: string) {
  const g = parse(Graph, xml);
  return canonOf(
    g.mapNodes((id, a) => [id, { label: a.labels, name: a.label, aliases: a.aliases ?? [] }]),
    g.mapEdges((_e, a, s, t) => [edgeKey(a.type, s, t), JSON.parse(a.evidence) as CanonEvidence[]]),
  );
}

describe("gexf", () => {
  test.each<[string, GraphData]>([
    ["the whole graph", graph],
    ["around Lavrov at depth 2", selectSubgraph(graph, { around: "Lavrov", depth: 2 }).data],
  ])("%s reads back with the same nodes, relationships and evidence", (_name, data) => {
    expect(readBack(writeGexf(data))).toEqual(canon(data));
  });

  test("tricky names and sentences survive", () => {
    const g = parse(Graph, writeGexf(graph));
    expect(g.getNodeAttribute(TRICKY_ID, "label")).toBe(TRICKY_NAME);
    expect(g.getNodeAttribute(TRICKY_ID, "aliases")).toContain("back\\slash \\n not a newline");
    expect(g.getNodeAttribute("azerbaijan", "label")).toBe("Azərbaycan");
    expect(g.getNodeAttribute("armenia", "aliases")).toContain("Հայաստան");
  });

  test("typed attributes, colours by label, positions, kinds and weights", () => {
    const xml = writeGexf(graph, { positions: (id) => (id === "russia" ? { x: 1.5, y: -2 } : undefined) });
    const g = parse(Graph, xml);
    expect(g.getNodeAttribute("russia", "color")).toBe(LABEL_META.State.color);
    expect(g.getNodeAttribute("sergey-lavrov", "color")).toBe(LABEL_META.Person.color);
    expect(g.getNodeAttributes("russia")).toMatchObject({ x: 1.5, y: -2 });
    expect(g.getNodeAttribute("armenia", "x")).toBeUndefined();
    const [e] = g.edges("russia", "ceasefire-2020-10-10");
    expect(g.getEdgeAttributes(e)).toMatchObject({ kind: "MEDIATED", weight: 1, type: "MEDIATED", date: "2020-10-10" });
    expect(xml).toMatch(/<attribute id="aliases" title="aliases" type="liststring"\/>/);
  });

  test("relationship dates are spells on a dynamic graph; undated relationships have none", () => {
    const doc = new DOMParser().parseFromString(writeGexf(graph), "application/xml");
    const graphEl = doc.getElementsByTagName("graph")[0];
    expect(graphEl.getAttribute("mode")).toBe("dynamic");
    expect(graphEl.getAttribute("timeformat")).toBe("date");
    const spellsOf = (id: string) => {
      const edge = Array.from(doc.getElementsByTagName("edge")).find((el) => el.getAttribute("id") === id)!;
      return Array.from(edge.getElementsByTagName("spell")).map((s) => [s.getAttribute("start"), s.getAttribute("end")]);
    };
    expect(spellsOf("MEDIATED:russia->ceasefire-2020-10-10")).toEqual([["2020-10-10", "2020-10-10"]]);
    // no date in the sentence: the article's publication date
    expect(spellsOf(`CALLED_ON:${TRICKY_ID}->azerbaijan`)).toEqual([["2021-03-01", "2021-03-01"]]);
    expect(spellsOf("ACCUSED:azerbaijan->armenia")).toEqual([]);
  });
});
