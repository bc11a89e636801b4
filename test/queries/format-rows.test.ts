// Result rows as an aligned table, JSON and CSV.
import { expect, test } from "@jest/globals";
import { formatRows } from "../../queries/index.ts";

const rows = [
  { who: "Russia", evidence: ["Russia brokered it, at noon.", 'He said "yes".'], n: 2, none: null },
  { who: "United States", evidence: [], n: 10, none: null },
];

test("table: aligned columns, lists joined, a row count", () => {
  expect(formatRows(rows, "table")).toBe(
    [
      "who            evidence                                       n   none",
      "-------------  ---------------------------------------------  --  ----",
      'Russia         Russia brokered it, at noon. | He said "yes".  2',
      "United States                                                 10",
      "(2 rows)",
    ].join("\n"),
  );
  expect(formatRows([], "table")).toBe("(no rows)");
});

test("json: an array of row objects", () => {
  expect(JSON.parse(formatRows(rows, "json"))).toEqual(rows);
});

test("csv: a header, quoted where needed", () => {
  expect(formatRows(rows, "csv").split("\n")).toEqual([
    "who,evidence,n,none",
    'Russia,"Russia brokered it, at noon. | He said ""yes"".",2,',
    "United States,,10,",
  ]);
});
