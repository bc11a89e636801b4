// What the filters let through: labels, types, minimum degree, and the date range (undated relationships always pass).
import { edgePasses, nodePasses } from "../../../viewer/graph/visibility.ts";
import { DEFAULT_FILTERS } from "../../../viewer/state.ts";

const f = { ...DEFAULT_FILTERS, dateFrom: "2021-01-01", dateTo: "2022-12-31", minDegree: 2 };

test.each([
  [{ relType: "MET", date: "2021-06-01" }, true],
  [{ relType: "MET", date: "2020-06-01" }, false],
  [{ relType: "MET", date: "2023-01-01" }, false],
  [{ relType: "MET", date: null }, true],
  [{ relType: "MENTIONS", date: null }, false],
] as const)("edge %j passes: %s", (e, expected) => {
  expect(edgePasses(e, f)).toBe(expected);
});

test("nodes pass by label and degree", () => {
  expect(nodePasses({ category: "Person", degree: 2 }, f)).toBe(true);
  expect(nodePasses({ category: "Person", degree: 1 }, f)).toBe(false);
  expect(nodePasses({ category: "Article", degree: 9 }, f)).toBe(false);
});
