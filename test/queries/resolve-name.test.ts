// Names given as parameters resolve through aliases, and an ambiguous name is an error naming the candidates.
import { expect, test } from "@jest/globals";
import { resolveName } from "../../queries/index.ts";

const people = [
  { id: "p1", label: "Person", name: "Sergey Lavrov", aliases: ["Sergei Lavrov", "Lavrov"] },
  { id: "p2", label: "Person", name: "Ilham Aliyev", aliases: ["Aliyev"] },
  { id: "p3", label: "Person", name: "Heydar Aliyev", aliases: [] },
  { id: "p4", label: "Person", name: "Nikol Pashinyan", aliases: ["Pashinian", "Pashinaian"] },
];

test.each([
  ["Lavrov", "p1"],
  ["sergei lavrov", "p1"],
  ["Sergey  LAVROV", "p1"],
  ["Pashinaian", "p4"],
  ["p3", "p3"],
  ["Aliyev", "p2"], // an exact alias beats a word of another's name
  ["Heydar", "p3"],
])("%s finds %s", (text, id) => {
  expect(resolveName(text, people).id).toBe(id);
});

test("ambiguous and unknown names are one-line errors", () => {
  expect(() => resolveName("Ali", [...people, { id: "p5", label: "Person", name: "Ali Ali", aliases: [] }, { id: "p6", label: "Person", name: "Ali Baba", aliases: [] }], "actor")).toThrow(
    '"Ali" could be 2 actors: Ali Ali (Person), Ali Baba (Person)',
  );
  expect(() => resolveName("Macron", people, "actor")).toThrow('no actor named "Macron"');
});
