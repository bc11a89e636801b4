// The catalogue: every query the issue names exists, with a readable header; dialect files only where needed.
import { expect, test } from "@jest/globals";
import { loadCatalogue } from "../../queries/index.ts";

test("the catalogue holds the named queries, each with what it answers and its parameters", () => {
  const cat = loadCatalogue();
  expect(cat.map((q) => q.name)).toEqual(
    expect.arrayContaining(["who-mediated-what", "mediators-of", "accusations", "appeals", "calls", "meetings", "actor", "neighbourhood", "path", "timeline", "co-mentioned"]),
  );
  for (const q of cat) {
    expect(q.answers.length).toBeGreaterThan(10);
    for (const p of q.params) expect(p.description.length).toBeGreaterThan(3);
  }
  expect(cat.find((q) => q.name === "neighbourhood")?.params).toEqual([
    expect.objectContaining({ name: "node", kind: "entity" }),
    expect.objectContaining({ name: "hops", kind: "int", default: "2", min: 1, max: 3 }),
  ]);
});

test("only path and co-mentioned have an embedded dialect file; every other query is one text for both stores", () => {
  const split = loadCatalogue().filter((q) => q.text.embedded !== q.text.neo4j).map((q) => q.name);
  expect(split).toEqual(["co-mentioned", "path"]);
});

test("every query is parameterised: no quoted name or id of a node in its text", () => {
  for (const q of loadCatalogue()) expect([q.name, /\{id:\s*'/.test(q.text.neo4j)]).toEqual([q.name, false]);
});
