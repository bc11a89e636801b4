// Search ranking: exact before prefix before word-start before anywhere, aliases count, diacritics and case do not.
import { rankMatches } from "../../viewer/search-rank.ts";

const items = [
  { id: "p1", name: "Nikol Pashinyan", aliases: ["Pashinian"], degree: 3 },
  { id: "s1", name: "Armenia", aliases: ["Yerevan"], degree: 9 },
  { id: "o1", name: "Armenian Foreign Ministry", aliases: [], degree: 1 },
  { id: "p2", name: "Ilham Aliyev", aliases: ["Əliyev"], degree: 2 },
];

test.each([
  ["armenia", ["s1", "o1"]],
  ["yerevan", ["s1"]],
  ["pashin", ["p1"]],
  ["ÀLIYEV", ["p2"]],
  ["", []],
  ["zzz", []],
])("%s finds %j", (q, ids) => {
  expect(rankMatches(items, q).map((r) => r.id)).toEqual(ids);
});

test("the alias that matched is reported", () => {
  expect(rankMatches(items, "Yere")[0].matched).toBe("Yerevan");
});
