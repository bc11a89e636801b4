// GraphML read back by graphology-graphml's parser, and checked against the structure rules of the GraphML schema.
import Graph from "graphology";
import { parse } from "graphology-graphml";
import { DOMParser } from "@xmldom/xmldom";
import type { GraphData } from "../../graph-schema/index.ts";
import { selectSubgraph, writeGraphml } from "../../export/index.ts";
import { fixtureGraph, TRICKY_ID, TRICKY_NAME } from "./fixture-graph.ts";
import { canon, canonOf, edgeKey, type CanonEvidence } from "./graph-canonical.ts";

const graph = fixtureGraph();
const NS = "http://graphml.graphdrawing.org/xmlns";

function readBack(xml: string) {
  const g = parse(Graph, xml);
  const idOf = (k: string) => g.getNodeAttribute(k, "id") as string;
  return canonOf(
    g.mapNodes((_k, a) => [a.id, { label: a.labels, name: a.name, aliases: JSON.parse(a.aliases) }]),
    g.mapEdges((_e, a, s, t) => [edgeKey(a.type, idOf(s), idOf(t)), JSON.parse(a.evidence) as CanonEvidence[]]),
  );
}

/** Well-formed per @xmldom/xmldom, which reports errors through onError instead of throwing for most of them. */
function parseStrict(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => void (level !== "warning" && errors.push(msg)) }).parseFromString(xml, "application/xml");
  expect(errors).toEqual([]);
  return doc as unknown as Document;
}

const NMTOKEN = /^(?:[\p{L}\p{N}._:\-\u00B7\u203F\u2040]|\p{M})+$/u;
const children = (el: Element) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);

/** The rules of graphml.xsd (1.0) our output relies on; the XSD itself cannot be downloaded here. */
function checkStructure(doc: Document) {
  const root = doc.documentElement;
  expect(root.localName).toBe("graphml");
  expect(root.namespaceURI).toBe(NS);
  const top = children(root);
  // graphml := desc?, key*, (graph | data)*
  const firstNonKey = top.findIndex((e) => e.localName !== "key");
  expect(top.slice(firstNonKey).every((e) => e.localName === "graph" || e.localName === "data")).toBe(true);
  const keys = new Map<string, string>();
  const types = new Map<string, string>();
  for (const k of top.filter((e) => e.localName === "key")) {
    const id = k.getAttribute("id")!;
    expect(id).toMatch(NMTOKEN);
    expect(keys.has(id)).toBe(false);
    expect(["graph", "node", "edge", "all"]).toContain(k.getAttribute("for"));
    expect(["boolean", "int", "long", "float", "double", "string"]).toContain(k.getAttribute("attr.type"));
    keys.set(id, k.getAttribute("for")!);
    types.set(id, k.getAttribute("attr.type")!);
  }
  const g = top.find((e) => e.localName === "graph")!;
  expect(["directed", "undirected"]).toContain(g.getAttribute("edgedefault"));
  const nodeIds = new Set<string>();
  for (const el of children(g)) {
    expect(["node", "edge", "data", "desc"]).toContain(el.localName);
    const id = el.getAttribute("id");
    if (el.localName === "node") {
      expect(id).toMatch(NMTOKEN);
      expect(nodeIds.has(id!)).toBe(false);
      nodeIds.add(id!);
    }
    for (const d of children(el)) {
      // node := desc?, (data | port)*, graph?, locator?  edge := desc?, data*, graph?
      expect(d.localName).toBe("data");
      const key = d.getAttribute("key")!;
      expect([el.localName, "all"]).toContain(keys.get(key));
      if (types.get(key) === "double" || types.get(key) === "int") expect(Number.isNaN(Number(d.textContent))).toBe(false);
    }
  }
  for (const e of children(g).filter((x) => x.localName === "edge")) {
    expect(e.getAttribute("id")).toMatch(NMTOKEN);
    expect(nodeIds.has(e.getAttribute("source")!)).toBe(true);
    expect(nodeIds.has(e.getAttribute("target")!)).toBe(true);
  }
  return keys;
}

describe("graphml", () => {
  test.each<[string, GraphData]>([
    ["the whole graph", graph],
    ["MEDIATED and PARTY_TO in October 2020", selectSubgraph(graph, { types: ["MEDIATED", "PARTY_TO"], from: "2020-10-01", to: "2020-10-31" }).data],
  ])("%s reads back with the same nodes, relationships and evidence", (_name, data) => {
    expect(readBack(writeGraphml(data))).toEqual(canon(data));
  });

  test("is well-formed and follows the GraphML schema's structure", () => {
    checkStructure(parseStrict(writeGraphml(graph, { positions: () => ({ x: 0.25, y: 3 }) })));
  });

  test("the well-formedness check rejects a broken document", () => {
    expect(() => parseStrict(writeGraphml(graph).replace("</graph>", "</grap>"))).toThrow();
  });

  test("tricky names survive; numbers are typed", () => {
    const g = parse(Graph, writeGraphml(graph, { positions: (id) => (id === "russia" ? { x: 0.25, y: 3 } : undefined) }));
    const byId = new Map(g.mapNodes((k, a) => [a.id as string, k]));
    expect(g.getNodeAttribute(byId.get(TRICKY_ID)!, "name")).toBe(TRICKY_NAME);
    expect(g.getNodeAttribute(byId.get("russia")!, "x")).toBe(0.25);
    expect(g.getNodeAttribute(byId.get("armenia")!, "labels")).toBe("State");
  });
});
