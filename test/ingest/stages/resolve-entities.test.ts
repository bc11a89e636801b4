import { docOf, entityNames } from "../../helpers/pipeline.ts";

const HEAD = "Test headline for resolution\n";

describe("resolveEntities", () => {
  test("a capital used as an actor is its state; after 'in' it is a place", () => {
    const names = entityNames(HEAD + "Lima said the talks in Santiago went well.");
    expect(names).toEqual(expect.arrayContaining(["State:Peru", "Place:Santiago"]));
    expect(names).not.toContain("State:Chile");
  });
  test("a surname later in the article is the person named in full earlier, misspellings included", () => {
    const doc = docOf(HEAD + "Moldovan Foreign Minister Ion Popescu arrived. Popescu spoke. Later Popesku left.");
    const people = [...doc.entities.values()].filter((e) => e.label === "Person");
    expect(people).toHaveLength(1);
    expect(people[0].aliases).toEqual(expect.arrayContaining(["Ion Popescu", "Popescu", "Popesku"]));
  });
  test("an office without a name is its holder where the article names one, else the state", () => {
    const doc = docOf(HEAD + "Moldovan Foreign Minister Ion Popescu met envoys. The Moldovan foreign minister said more. The Peruvian foreign minister said less.");
    const offices = doc.mentions.filter((m) => m.kind === "office" && m.entity).map((m) => doc.entities.get(m.entity![0])!.name);
    expect(offices).toEqual(["Ion Popescu", "Peru"]);
  });
  test("'the parties' are the two sides the article is about", () => {
    const doc = docOf(HEAD + "Fighting between Peru and Ecuador flared. Peru and Ecuador traded fire. Norway called on the parties to stop.");
    const side = doc.mentions.find((m) => m.kind === "side")!;
    expect(side.entity!.map((id) => doc.entities.get(id)!.name).sort()).toEqual(["Ecuador", "Peru"]);
  });
  test("an agreement nobody knows is named from its sides, head and date", () => {
    expect(entityNames(HEAD + "A ceasefire between Peru and Ecuador was agreed on 3 May 2021.")).toContain("Agreement:Peru-Ecuador ceasefire of 3 May 2021");
  });
  test("a capitalised phrase nobody knows is not made a person", () => {
    expect(entityNames(HEAD + "The Grand Hotel Europa was full.").filter((n) => n.startsWith("Person:"))).toEqual([]);
  });
  test("a name nobody knows after 'in' is a place; after an owner's possessive, a person; opening a dateline, nothing", () => {
    const names = entityNames(HEAD + "TARVOSK, Peru -- Envoys met in Velmora on Friday. The UN's Ilse Varnhoff spoke.");
    expect(names).toEqual(expect.arrayContaining(["Place:Velmora", "Person:Ilse Varnhoff"]));
    expect(names.filter((n) => /Tarvosk|Peru/.test(n))).toEqual([]);
  });
  test("a new person is named without a middle initial, which stays an alias", () => {
    const doc = docOf(HEAD + "Moldovan Foreign Minister Ion V. Popescu arrived. Popescu spoke.");
    const people = [...doc.entities.values()].filter((e) => e.label === "Person");
    expect(people.map((p) => p.name)).toEqual(["Ion Popescu"]);
    expect(people[0].aliases).toContain("Ion V. Popescu");
  });
  test("a round of a known happening is its own node; dated talks in a city keep their wording", () => {
    const names = entityNames(HEAD + "Georgia attended the 12th round of the Geneva International Discussions. Earlier, their talks in Lima on May 4, 2021 ended.");
    expect(names).toEqual(expect.arrayContaining(["Event:12th round of the Geneva International Discussions", "Event:Geneva International Discussions"]));
    const talks = [...docOf(HEAD + "Their talks in Lima on May 4, 2021 ended.").entities.values()].find((e) => e.label === "Event")!;
    expect(talks.aliases).toContain("talks in Lima on May 4, 2021");
  });
  test("an extension of a known truce is not the truce", () => {
    const names = entityNames(HEAD + "Israel and Hamas discussed a two-day truce extension between Israel and Hamas in November 2023.");
    expect(names.some((n) => /truce extension/.test(n))).toBe(true);
    expect(names).not.toContain("Agreement:November 2023 Gaza truce");
  });
  test("groups and bodies the gazetteer adds: a state's police, a group's political bureau", () => {
    const names = entityNames(HEAD + "Israeli police said Hamas' political division was in Doha.");
    expect(names).toEqual(expect.arrayContaining(["Organisation:Israeli Police", "Organisation:Hamas political bureau"]));
  });
});
