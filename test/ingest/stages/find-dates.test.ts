import { datesIn, parseDatePhrase } from "../../../ingest/stages/find-dates.ts";
import { docOf } from "../../helpers/pipeline.ts";

describe("dates", () => {
  const dates = (text: string, ref: string) => {
    const doc = docOf(text, "find-dates", { date: ref });
    return doc.sentences.flatMap((s) => (s.dates ?? []).map((d) => d.value));
  };
  test("a day and month without a year take the article's year", () => {
    expect(dates("The ministry spoke on 13 July.", "2020-08-21")).toEqual(["2020-07-13"]);
  });
  test("a day later in the year than the article belongs to the year before", () => {
    expect(dates("They met on 20 December.", "2021-01-05")).toEqual(["2020-12-20"]);
  });
  test("a weekday is the last such day on or before the article's date", () => {
    // 2023-07-25 was a Tuesday
    expect(dates("The minister said on Tuesday that talks would go on.", "2023-07-25")).toEqual(["2023-07-25"]);
    expect(dates("He called on Monday.", "2023-07-25")).toEqual(["2023-07-24"]);
  });
  test("coordinated dates are each read", () => {
    expect(dates("The calls took place on November 1 and November 2, respectively.", "2020-11-03")).toEqual(["2020-11-01", "2020-11-02"]);
  });
  test("full dates and years", () => {
    expect(dates("The statement of November 9, 2020 ended the war that began in 2020.", "2022-09-13")).toEqual(["2020-11-09", "2020"]);
  });
  test("the sentence's date is its first day-level date", () => {
    const doc = docOf("In 2022 the ceasefire was agreed on 16 July.", "find-dates", { date: "2022-08-01" });
    expect(doc.sentences[0].date).toBe("2022-07-16");
  });
  test("parseDatePhrase reads the usual publication formats", () => {
    expect(parseDatePhrase("July 25, 2023")).toBe("2023-07-25");
    expect(parseDatePhrase("3 Dec 2020")).toBe("2020-12-03");
    expect(parseDatePhrase("2021-06-14")).toBe("2021-06-14");
    expect(parseDatePhrase("yesterday")).toBeUndefined();
  });
  test("datesIn ignores month names that are not dates", () => {
    expect(datesIn([], null)).toEqual([]);
  });
});
