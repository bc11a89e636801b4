// extractArticles runs each stage over a batch: the records must be those of one article at a time, and one article's
// failure must stay its own.
import { expect, test } from "@jest/globals";
import { join } from "node:path";
import type { RawArticle } from "../../ingest/document.ts";
import { extractInWorkers } from "../../ingest/parallel-extract.ts";
import { extractArticle, extractArticles } from "../../ingest/pipeline.ts";
import { readInputs } from "../../ingest/read/read-inputs.ts";
import { article, resources } from "../helpers/pipeline.ts";

const examples = (): RawArticle[] => [...readInputs([join(import.meta.dirname, "../../examples/articles")])].flatMap((it) => (it.kind === "article" ? [it.article] : []));

test("a batch gives the records of its articles extracted one at a time, in order", () => {
  const raws = examples();
  expect(raws.length).toBeGreaterThan(5);
  const batch = extractArticles(raws, resources());
  expect(batch.map((r) => JSON.stringify(r))).toEqual(raws.map((r) => JSON.stringify(extractArticle(r, resources()))));
});

test("an article that cannot be read fails alone: the others of its batch keep their records", () => {
  const good = article("Russia brokered a ceasefire between Armenia and Azerbaijan on Tuesday.", { date: "2020-11-10" });
  // (text missing: what a broken reader could hand over)
  const broken = { ...article("x"), id: "broken", text: undefined } as unknown as RawArticle;
  const out = extractArticles([good, broken, good], resources());
  expect(out[1]).toBeInstanceOf(Error);
  for (const k of [0, 2]) expect(JSON.stringify(out[k])).toBe(JSON.stringify(extractArticle(good, resources())));
});

test("workers take articles in batches and give every item back in input order, failures and pass-throughs in place", async () => {
  const good = examples();
  // 3 batches' worth, with items that are no article (unreadable files) and an article that fails, spread among them
  const items: (RawArticle | string)[] = [];
  for (let k = 0; k < 24; k++) {
    items.push(good[k % good.length]);
    if (k % 5 === 2) items.push(`unreadable-${k}`);
  }
  const broken = { ...good[0], id: "broken", text: undefined } as unknown as RawArticle;
  items.splice(11, 0, broken);
  const out: { item: RawArticle | string; record?: unknown; error?: string }[] = [];
  for await (const x of extractInWorkers(items, (i) => (typeof i === "string" ? undefined : i), 2)) out.push(x);
  expect(out.map((x) => x.item)).toEqual(items);
  for (const x of out) {
    if (typeof x.item === "string") expect(x.record ?? x.error).toBeUndefined();
    else if (x.item === broken) expect(x.error).toMatch(/\S/);
    else expect(JSON.stringify(x.record)).toBe(JSON.stringify(extractArticle(x.item, resources())));
  }
}, 60_000);
