// The GraphML writer: typed keys, escaped text, list attributes flattened, and graphology-graphml can read it back.
import Graph from "graphology";
import { parse } from "graphology-graphml";
import { writeGraphml } from "../../../viewer/exporters/graphml.ts";

test("writes a graph that graphology-graphml parses back", () => {
  const g = new Graph({ type: "directed", multi: true });
  g.addNode("a", { label: "Person", name: "A <&> \"B\"", aliases: ["x", "y"], degree: 2 });
  g.addNode("b", { label: "State", name: "Russia", aliases: [], degree: 1 });
  g.addDirectedEdgeWithKey("e1", "a", "b", { type: "MET", date: "2023-07-25" });
  const xml = writeGraphml(g);
  expect(xml).toContain("A &lt;&amp;&gt; &quot;B&quot;");
  expect(xml).toContain('attr.name="degree" attr.type="double"');
  const back = parse(Graph, xml);
  expect(back.order).toBe(2);
  expect(back.getNodeAttribute("a", "name")).toBe('A <&> "B"');
  // named as kg export's GraphML names them: the display name is `label`, the ontology's label `labels`
  expect(back.getNodeAttributes("a")).toMatchObject({ label: 'A <&> "B"', labels: "Person" });
  expect(back.getNodeAttribute("a", "aliases")).toBe("x | y");
  expect(back.getEdgeAttributes(back.edges()[0])).toMatchObject({ type: "MET", date: "2023-07-25" });
});
