// neo4j-admin CSV read back by csv-parse: headers in the import format, same nodes, relationships and evidence.
import { parse } from "csv-parse/sync";
import type { GraphData } from "../../graph-schema/index.ts";
import { chooseArrayDelimiter, selectSubgraph, writeCsv } from "../../export/index.ts";
import { fixtureGraph, TRICKY_ID, TRICKY_NAME } from "./fixture-graph.ts";
import { canon, canonOf, edgeKey, type CanonEvidence, type CanonNode } from "./graph-canonical.ts";

const graph = fixtureGraph();

function files(data: GraphData) {
  const out = writeCsv(data);
  if (out.kind !== "folder") throw new Error("csv writes a folder");
  return new Map(out.files.map((f) => [f.path, f.text]));
}

function readBack(data: GraphData) {
  const fs = files(data);
  const d = chooseArrayDelimiter(data);
  const split = (cell: string) => (cell === "" ? [] : cell.split(d));
  const nodes: [string, CanonNode][] = [];
  const edges: [string, CanonEvidence[]][] = [];
  for (const [path, text] of fs) {
    if (!path.endsWith(".csv")) continue;
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    if ("id:ID" in (rows[0] ?? {})) {
      for (const r of rows) nodes.push([r["id:ID"], { label: split(r[":LABEL"]).filter((l) => l !== "Actor")[0], name: r.name, aliases: split(r["aliases:string[]"]) }]);
    } else {
      for (const r of rows) {
        const art = split(r["evidenceArticle:string[]"]);
        const sen = r["evidenceSentence:string[]"] === "" && art.length === 1 ? [""] : split(r["evidenceSentence:string[]"]);
        const dat = r["evidenceDate:string[]"].split(d);
        edges.push([edgeKey(r[":TYPE"], r[":START_ID"], r[":END_ID"]), art.map((article, i) => ({ article, sentence: sen[i], date: dat[i] || null }))]);
      }
    }
  }
  return canonOf(nodes, edges);
}

describe("csv", () => {
  test.each<[string, GraphData]>([
    ["the whole graph", graph],
    ["around Azərbaycan", selectSubgraph(graph, { around: "azərbaycan" }).data],
  ])("%s reads back with the same nodes, relationships and evidence", (_name, data) => {
    expect(readBack(data)).toEqual(canon(data));
  });

  test("one file per label and per type, headers in neo4j-admin's format", () => {
    const fs = files(graph);
    expect([...fs.keys()].sort()).toEqual(
      ["Person", "State", "Organisation", "Agreement", "Event", "Place", "Article", "REPRESENTS", "MEDIATED", "PARTY_TO", "MET", "CALLED_ON", "ACCUSED", "PARTICIPATED_IN", "MENTIONS"]
        .map((n) => `${n}.csv`).concat("README.md").sort(),
    );
    expect(fs.get("Person.csv")!.split("\n")[0]).toBe("id:ID,label,name,aliases:string[],role,country,date,source,title,url,:LABEL");
    expect(fs.get("MET.csv")!.split("\n")[0]).toBe(":START_ID,:END_ID,:TYPE,id,type,date,role,of,demand,evidenceArticle:string[],evidenceSentence:string[],evidenceDate:string[]");
    const person = parse(fs.get("Person.csv")!, { columns: true }) as Record<string, string>[];
    expect(person.find((r) => r["id:ID"] === "sergey-lavrov")![":LABEL"]).toMatch(/^Person.Actor$/);
  });

  test("the array delimiter avoids characters the arrays hold, and the README's command names it", () => {
    // the fixture's sentences hold both ; and |
    expect(chooseArrayDelimiter(graph)).toBe("\u001f");
    const plain = selectSubgraph(graph, { types: ["MEDIATED"] }).data;
    expect(chooseArrayDelimiter(plain)).toBe(";");
    const readme = files(graph).get("README.md")!;
    expect(readme).toContain("neo4j-admin database import full");
    expect(readme).toContain("--array-delimiter=U+001F");
    expect(readme).toContain("--nodes=Person.csv");
    expect(readme).toContain("--relationships=MENTIONS.csv");
    expect(readme).toContain("--multiline-fields=true");
  });

  test("tricky names survive", () => {
    const org = parse(files(graph).get("Organisation.csv")!, { columns: true }) as Record<string, string>[];
    expect(org[0]["id:ID"]).toBe(TRICKY_ID);
    expect(org[0].name).toBe(TRICKY_NAME);
  });
});
