// Names given as parameters are looked up in the store, parameterised, not by loading every name it holds.
import { afterAll, beforeAll, expect, test } from "@jest/globals";
import { candidateQuery, resolveNameIn } from "../../queries/index.ts";
import { embeddedPath, LadybugStore } from "../../store/index.ts";
import { E, fixtureRecords } from "./fixture-records.ts";
import { makeFixtureDir, removeFixtureDir } from "./fixture-store.ts";

let dir: string;
let store: LadybugStore;
beforeAll(async () => {
  const records = fixtureRecords();
  // a name whose accent only folding matches: the store's lower-case filter misses it, the fallback finds it
  records[2].entities.push({ id: "person:recep-tayyip-erdogan", label: "Person", name: "Recep Tayyip Erdoğan", aliases: ["Recep Tayyip Erdoğan"] });
  dir = await makeFixtureDir(records);
  store = new LadybugStore(embeddedPath(dir));
});
afterAll(() => removeFixtureDir(dir));

test.each([
  ["Lavrov", E.lavrov.id],
  ["sergei LAVROV", E.lavrov.id],
  ["Baku", E.azerbaijan.id],
  [E.putin.id, E.putin.id],
  ["Erdogan", "person:recep-tayyip-erdogan"],
])("%s finds %s", async (text, id) => {
  expect((await resolveNameIn(store, text, "actor")).id).toBe(id);
});

test("entities include agreements; an ambiguous or unknown name is an error naming the candidates", async () => {
  expect((await resolveNameIn(store, "ceasefire of 10 October", "entity")).id).toBe(E.ceasefire10.id);
  await expect(resolveNameIn(store, "humanitarian ceasefire", "entity")).rejects.toThrow(/could be 2 nodes: humanitarian ceasefire of 1\d October 2020 \(Agreement\)/);
  await expect(resolveNameIn(store, "Nobody Atall", "actor")).rejects.toThrow('no actor named "Nobody Atall"');
  // an actor lookup does not see agreements
  await expect(resolveNameIn(store, "ceasefire of 10 October", "actor")).rejects.toThrow("no actor named");
});

test("the lookup is parameterised in both dialects", () => {
  for (const kind of ["actor", "entity"] as const)
    for (const s of ["embedded", "neo4j"] as const) {
      const q = candidateQuery(kind, s);
      expect(q).toContain("$text");
      expect(q).toContain("$word");
      expect(q).not.toMatch(/'[a-z]/i);
    }
});
