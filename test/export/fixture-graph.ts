// A small hand-written graph for the export tests: tricky names (quotes, backslashes, backticks, newlines,
// Armenian, Azerbaijani, Cyrillic), an ambiguous alias, dated, article-dated and undated relationships.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { edgeId, type EntityNode, type GraphEdge, type RelType } from "../../graph-schema/index.ts";
import { readGraphData, writeRecord, type ArticleRecord } from "../../store/index.ts";

export const TRICKY_NAME = 'The "Quote" \\ Back`tick\' Group;\nNew line | Сергей, Հայաստան, Azərbaycan';
export const TRICKY_ID = 'tricky "org" #1 <x>';

const ent = (id: string, label: EntityNode["label"], name: string, aliases: string[], extra: Partial<EntityNode> = {}): EntityNode => ({ id, label, name, aliases, ...extra });

const rel = (type: RelType, source: string, target: string, article: string, sentence: string, date: string | null = null, extra: Partial<GraphEdge> = {}): GraphEdge => ({
  id: edgeId(type, source, target),
  type,
  source,
  target,
  evidence: [{ article, sentence, date }],
  date,
  ...extra,
});

const lavrov = ent("sergey-lavrov", "Person", "Sergey Lavrov", ["Sergey Lavrov", "Сергей Лавров", "Lavrov"], { role: "Foreign Minister" });
const aliyev = ent("ilham-aliyev", "Person", "Ilham Aliyev", ["Ilham Aliyev", "Aliyev"]);
const russia = ent("russia", "State", "Russia", ["Russia", "Moscow"], { country: "RU" });
const armenia = ent("armenia", "State", "Armenia", ["Armenia", "Հայաստան"], { country: "AM" });
const azerbaijan = ent("azerbaijan", "State", "Azərbaycan", ["Azerbaijan", "Azərbaycan", "Baku"], { country: "AZ" });
const ceasefire = ent("ceasefire-2020-10-10", "Agreement", "humanitarian ceasefire of 10 October 2020", ["humanitarian ceasefire"], { date: "2020-10-10" });
const tricky = ent(TRICKY_ID, "Organisation", TRICKY_NAME, [TRICKY_NAME, "back\\slash \\n not a newline", "tab\there"]);
const karabakhPlace = ent("nagorno-karabakh", "Place", "Nagorno-Karabakh", ["Nagorno-Karabakh", "Karabakh"]);
const karabakhWar = ent("second-karabakh-war", "Event", "Second Karabakh War", ["Second Karabakh War", "Karabakh"], { date: "2020-09-27" });

const article = (id: string, date: string | null, title: string) => ({ id, label: "Article" as const, name: title, aliases: [], source: id, title, date, url: null });

export const RECORDS: ArticleRecord[] = [
  {
    version: 1,
    article: article("001_ceasefire.txt", "2020-10-10", "Ceasefire agreed in Moscow"),
    contentHash: "h1",
    entities: [lavrov, russia, armenia, azerbaijan, ceasefire, karabakhPlace],
    edges: [
      rel("REPRESENTS", "sergey-lavrov", "russia", "001_ceasefire.txt", "Russian Foreign Minister Sergey Lavrov said...", null, { role: "Foreign Minister" }),
      rel("MEDIATED", "russia", "ceasefire-2020-10-10", "001_ceasefire.txt", "Russia brokered the humanitarian ceasefire on 10 October.", "2020-10-10"),
      rel("PARTY_TO", "armenia", "ceasefire-2020-10-10", "001_ceasefire.txt", "Հայաստան and Azərbaycan agreed to the ceasefire."),
      rel("PARTY_TO", "azerbaijan", "ceasefire-2020-10-10", "001_ceasefire.txt", "Հայաստան and Azərbaycan agreed to the ceasefire."),
    ],
  },
  {
    version: 1,
    article: article("002_tricky.txt", "2021-03-01", 'A "tricky" \\ title'),
    contentHash: "h2",
    entities: [lavrov, tricky, azerbaijan],
    edges: [
      rel("MET", "sergey-lavrov", TRICKY_ID, "002_tricky.txt", 'Lavrov met "them"; it said \\o/ and `hi`,\nthen left | Сергей Лавров.', "2021-02-28"),
      rel("CALLED_ON", TRICKY_ID, "azerbaijan", "002_tricky.txt", "They called on Baku to stop; it's urgent.", null, { demand: "stop; now" }),
    ],
  },
  {
    version: 1,
    article: article("003_undated.txt", null, "Undated statement"),
    contentHash: "h3",
    entities: [azerbaijan, armenia, aliyev, karabakhWar],
    edges: [
      rel("ACCUSED", "azerbaijan", "armenia", "003_undated.txt", "Baku accused Yerevan of shelling.", null, { of: "shelling" }),
      rel("REPRESENTS", "ilham-aliyev", "azerbaijan", "003_undated.txt", "President Ilham Aliyev said..."),
      rel("PARTICIPATED_IN", "armenia", "second-karabakh-war", "003_undated.txt", "Armenia fought the Second Karabakh War."),
    ],
  },
];

/** A KG_DATA folder holding the fixture's ledger; call `done()` to remove it. */
export function fixtureDir(records: ArticleRecord[] = RECORDS): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "kg-export-"));
  for (const r of records) writeRecord(dir, r);
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

export function fixtureGraph() {
  const { dir, done } = fixtureDir();
  try {
    return readGraphData(dir);
  } finally {
    done();
  }
}
