// Selections on the hand-written fixture: around a node, by label, by type, by date, by a query's nodes, combined.
import { ExportError, selectSubgraph, type Selection } from "../../export/index.ts";
import { fixtureGraph, TRICKY_ID } from "./fixture-graph.ts";

const graph = fixtureGraph();
const pick = (sel: Selection) => {
  const { data, notes } = selectSubgraph(graph, sel);
  return { nodes: data.nodes.map((n) => n.id).sort(), edges: data.edges.map((e) => e.id).sort(), notes, data };
};

describe("selectSubgraph", () => {
  test("no selection is the whole graph, articles and MENTIONS included", () => {
    const { data } = selectSubgraph(graph, {});
    expect(data).toBe(graph);
    expect(data.edges.some((e) => e.type === "MENTIONS")).toBe(true);
  });

  test("around a node at depth 1 and 2, by name, alias or id, in any case", () => {
    expect(pick({ around: "Sergey Lavrov", depth: 1 }).nodes).toEqual(["russia", "sergey-lavrov", TRICKY_ID].sort());
    expect(pick({ around: "сергей лавров" }).nodes).toEqual(pick({ around: "sergey-lavrov", depth: 1 }).nodes);
    const d2 = pick({ around: "LAVROV", depth: 2 });
    expect(d2.nodes).toEqual(["azerbaijan", "ceasefire-2020-10-10", "russia", "sergey-lavrov", TRICKY_ID].sort());
    // the induced subgraph: every relationship among the reached nodes, none to outside it
    expect(d2.edges).toEqual(["CALLED_ON:" + TRICKY_ID + "->azerbaijan", "MEDIATED:russia->ceasefire-2020-10-10", "MET:sergey-lavrov->" + TRICKY_ID, "PARTY_TO:azerbaijan->ceasefire-2020-10-10", "REPRESENTS:sergey-lavrov->russia"].sort());
    expect(d2.nodes.some((id) => id.endsWith(".txt"))).toBe(false);
    expect(pick({ around: "Azərbaycan", depth: 0 }).nodes).toEqual(["azerbaijan"]);
  });

  test("an ambiguous name is an error listing the candidates; an unknown one suggests near names", () => {
    expect(() => pick({ around: "karabakh" })).toThrow(ExportError);
    expect(() => pick({ around: "karabakh" })).toThrow(/ambiguous.*nagorno-karabakh \(Place.*second-karabakh-war \(Event/);
    expect(() => pick({ around: "Lavro" })).toThrow(/no node is named "Lavro"; did you mean sergey-lavrov/);
    expect(() => pick({ around: "x", depth: -1 })).toThrow(/--depth/);
  });

  test("by type: those relationships and the nodes they join", () => {
    const s = pick({ types: ["MEDIATED", "PARTY_TO"] });
    expect(s.nodes).toEqual(["armenia", "azerbaijan", "ceasefire-2020-10-10", "russia"]);
    expect(s.edges).toHaveLength(3);
  });

  test("by label: nodes of those labels and the relationships among them", () => {
    const s = pick({ labels: ["State"] });
    expect(s.nodes).toEqual(["armenia", "azerbaijan", "russia"]);
    expect(s.edges).toEqual(["ACCUSED:azerbaijan->armenia"]);
  });

  test("by date: evidence dates, else the article's date; undated left out unless kept", () => {
    const oct = pick({ from: "2020-10-01", to: "2020-10-31" });
    expect(oct.edges).toEqual(["MEDIATED:russia->ceasefire-2020-10-10", "PARTY_TO:armenia->ceasefire-2020-10-10", "PARTY_TO:azerbaijan->ceasefire-2020-10-10", "REPRESENTS:sergey-lavrov->russia"]);
    expect(oct.notes.join()).toMatch(/3 relationship\(s\) have no date; left out/);
    // the MET sentence gives 2021-02-28 although its article is of 2021-03-01: the sentence's date wins
    expect(pick({ from: "2021-02-28", to: "2021-02-28" }).edges).toEqual([`MET:sergey-lavrov->${TRICKY_ID}`]);
    expect(pick({ from: "2021-03-01" }).edges).toEqual([`CALLED_ON:${TRICKY_ID}->azerbaijan`]);
    expect(pick({ to: "2019-12-31", keepUndated: true }).edges).toEqual(["ACCUSED:azerbaijan->armenia", "PARTICIPATED_IN:armenia->second-karabakh-war", "REPRESENTS:ilham-aliyev->azerbaijan"]);
  });

  test("combined: around with types and dates walks only the kept relationships", () => {
    const s = pick({ around: "Russia", depth: 2, types: ["MEDIATED", "PARTY_TO"], from: "2020-10-10", to: "2020-10-10" });
    expect(s.nodes).toEqual(["armenia", "azerbaijan", "ceasefire-2020-10-10", "russia"]);
  });

  test("by a query's node ids: those nodes and the relationships among them", () => {
    const s = pick({ nodeIds: new Set(["russia", "ceasefire-2020-10-10", "armenia"]) });
    expect(s.nodes).toEqual(["armenia", "ceasefire-2020-10-10", "russia"]);
    expect(s.edges).toEqual(["MEDIATED:russia->ceasefire-2020-10-10", "PARTY_TO:armenia->ceasefire-2020-10-10"]);
  });

  test("--articles adds the cited articles and their MENTIONS of kept nodes; --labels Article asks for them too", () => {
    const s = pick({ types: ["MEDIATED"], articles: true });
    expect(s.nodes).toEqual(["001_ceasefire.txt", "ceasefire-2020-10-10", "russia"]);
    expect(s.edges).toEqual(["MEDIATED:russia->ceasefire-2020-10-10", "MENTIONS:001_ceasefire.txt->ceasefire-2020-10-10", "MENTIONS:001_ceasefire.txt->russia"]);
    expect(pick({ labels: ["Article", "Place"] }).edges).toEqual(["MENTIONS:001_ceasefire.txt->nagorno-karabakh"]);
  });
});
