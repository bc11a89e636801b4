// The benchmark corpus is deterministic: the same seed gives the same articles, another seed different ones.
import { expect, test } from "@jest/globals";
import { generateArticle, generateCorpus, makeRoster } from "../../bench/generate-corpus.ts";

test("the same seed gives byte-identical articles; article i does not depend on the others", () => {
  const a = [...generateCorpus(50, 7)];
  const b = [...generateCorpus(50, 7)];
  expect(b).toEqual(a);
  expect(generateArticle(42, makeRoster(7), 7)).toEqual(a[42]);
  expect([...generateCorpus(50, 8)].map((x) => x.text)).not.toEqual(a.map((x) => x.text));
});

test("the roster is large and the articles vary", () => {
  const r = makeRoster(1);
  expect(r.people.length).toBeGreaterThanOrEqual(5000);
  expect(r.states.length).toBeGreaterThan(150);
  expect(new Set(r.organisations).size).toBeGreaterThan(300);
  const texts = [...generateCorpus(100, 1)].map((x) => x.text);
  expect(new Set(texts).size).toBe(100);
  for (const cue of ["brokered", "accused", "called on", "telephone conversations", " met "]) expect(texts.some((t) => t.includes(cue))).toBe(true);
});
