// Words that name properties of JavaScript objects ("constructor", "toString", "__proto__") are ordinary words:
// lookup tables keyed by text must not find Object's methods in them.
import { expect, test } from "@jest/globals";
import { extractArticle } from "../../../ingest/pipeline.ts";
import { article, docOf, relationsOf, resources } from "../../helpers/pipeline.ts";

const WORDS = ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf", "isPrototypeOf"];

test.each(WORDS)("an article using %s as a word, capitalised or not, after a date preposition, is extracted", (w) => {
  const cap = w[0].toUpperCase() + w.slice(1);
  const text = `Russia met Turkey in Ankara on ${cap}. On ${w} the ${w} ceasefire held, and the ${w} round of talks began. "${cap}," he said, "we met ${w}."`;
  expect(() => extractArticle(article(text, { date: "2023-05-03" }), resources())).not.toThrow();
  expect(relationsOf(text, { date: "2023-05-03" })).toContain("Russia -MET-> Turkey");
  // no word of the text is an ordinal, a month or a synonym because Object has a property of that name
  const record = extractArticle(article(text, { date: "2023-05-03" }), resources());
  expect(JSON.stringify(record)).not.toMatch(/function|\[native code\]|NaN/);
  const ordinals = docOf(text, "find-mentions").mentions.map((m) => m.happening?.ordinal).filter((o) => o !== undefined);
  expect(ordinals.every((o) => typeof o === "number")).toBe(true);
});
