// A small hand-built ledger (three articles) that every query and store test runs on, independent of the extractor.
import { edgeId, type EntityNode, type Evidence, type GraphEdge, type RelType } from "../../graph-schema/index.ts";
import type { ArticleRecord } from "../../store/index.ts";

const ent = (id: string, label: EntityNode["label"], name: string, aliases: string[], extra: Partial<EntityNode> = {}): EntityNode => ({ id, label, name, aliases: [name, ...aliases], ...extra });

export const E = {
  lavrov: ent("person:sergey-lavrov", "Person", "Sergey Lavrov", ["Lavrov", "Sergei Lavrov"], { role: "Foreign Minister" }),
  bayramov: ent("person:jeyhun-bayramov", "Person", "Jeyhun Bayramov", ["Bayramov"]),
  putin: ent("person:vladimir-putin", "Person", "Vladimir Putin", ["Putin"]),
  aliyev: ent("person:ilham-aliyev", "Person", "Ilham Aliyev", ["Aliyev"]),
  russia: ent("state:russia", "State", "Russia", ["Moscow", "the Kremlin"]),
  armenia: ent("state:armenia", "State", "Armenia", ["Yerevan"]),
  azerbaijan: ent("state:azerbaijan", "State", "Azerbaijan", ["Baku"]),
  france: ent("state:france", "State", "France", ["Paris"]),
  usa: ent("state:united-states", "State", "United States", ["Washington", "the US"]),
  eu: ent("org:european-union", "Organisation", "European Union", ["EU"]),
  minsk: ent("org:osce-minsk-group", "Organisation", "OSCE Minsk Group", ["Minsk Group"]),
  osce: ent("org:osce", "Organisation", "OSCE", []),
  ceasefire10: ent("agreement:humanitarian-ceasefire-2020-10-10", "Agreement", "humanitarian ceasefire of 10 October 2020", [], { date: "2020-10-10" }),
  ceasefire26: ent("agreement:humanitarian-ceasefire-2020-10-26", "Agreement", "humanitarian ceasefire of 26 October 2020", [], { date: "2020-10-26" }),
  war: ent("event:second-karabakh-war", "Event", "Second Karabakh War", ["44-day war"], { date: "2020-09-27" }),
  karabakh: ent("place:nagorno-karabakh", "Place", "Nagorno-Karabakh", ["Nagorny Karabakh"]),
};

const rel = (type: RelType, from: EntityNode, to: EntityNode, article: string, sentence: string, extra: Partial<GraphEdge> & { evDate?: string | null } = {}): GraphEdge => {
  const { evDate, ...rest } = extra;
  const evidence: Evidence = { article, sentence, ...(evDate !== undefined ? { date: evDate } : {}) };
  return { id: edgeId(type, from.id, to.id), type, source: from.id, target: to.id, evidence: [evidence], date: evDate ?? null, ...rest };
};

const article = (id: string, title: string, date: string): ArticleRecord["article"] => ({ id, label: "Article", name: title, aliases: [], source: `${id}.txt`, title, date, url: null });

export const A1 = "article:a1";
export const A2 = "article:a2";
export const A3 = "article:a3";

export function fixtureRecords(): ArticleRecord[] {
  const a1: ArticleRecord = {
    version: 1,
    article: article(A1, "Moscow brokers a truce", "2020-10-10"),
    contentHash: "h1",
    entities: [E.lavrov, E.bayramov, E.russia, E.armenia, E.azerbaijan, E.ceasefire10, E.war, E.karabakh],
    edges: [
      rel("MEDIATED", E.russia, E.ceasefire10, A1, "Russia brokered the humanitarian ceasefire, which took effect at noon.", { evDate: "2020-10-10" }),
      rel("PARTY_TO", E.armenia, E.ceasefire10, A1, "Armenia and Azerbaijan agreed to the ceasefire."),
      rel("PARTY_TO", E.azerbaijan, E.ceasefire10, A1, "Armenia and Azerbaijan agreed to the ceasefire."),
      rel("REPRESENTS", E.lavrov, E.russia, A1, "Russian Foreign Minister Sergey Lavrov said so.", { role: "Foreign Minister" }),
      rel("MET", E.lavrov, E.bayramov, A1, 'Lavrov met Bayramov; he said "talks, at last, [began]".', { evDate: "2020-10-09" }),
      rel("ACCUSED", E.azerbaijan, E.armenia, A1, "Baku accused Yerevan of violating the truce\nwithin hours.", { of: "violating the truce", evDate: "2020-10-11" }),
      rel("PARTICIPATED_IN", E.armenia, E.war, A1, "Armenia fought the war."),
      rel("PARTICIPATED_IN", E.azerbaijan, E.war, A1, "Azerbaijan fought the war."),
    ],
  };
  const a2: ArticleRecord = {
    version: 1,
    article: article(A2, "Washington tries again", "2020-10-26"),
    contentHash: "h2",
    entities: [E.usa, E.france, E.russia, E.minsk, E.osce, E.armenia, E.azerbaijan, E.ceasefire26, E.lavrov, E.bayramov],
    edges: [
      rel("MEDIATED", E.usa, E.ceasefire26, A2, "The United States brokered a second ceasefire.", { evDate: "2020-10-26" }),
      rel("MEDIATED", E.france, E.ceasefire26, A2, "France, a co-chair, helped broker it.", { evDate: "2020-10-26" }),
      rel("MEDIATED", E.russia, E.ceasefire26, A2, "Russia also took part.", { evDate: null }),
      rel("PARTY_TO", E.armenia, E.ceasefire26, A2, "Both sides signed."),
      rel("MEMBER_OF", E.france, E.minsk, A2, "France co-chairs the Minsk Group."),
      rel("MEMBER_OF", E.usa, E.minsk, A2, "The US co-chairs the Minsk Group."),
      rel("PART_OF", E.minsk, E.osce, A2, "The Minsk Group of the OSCE."),
      rel("MET", E.lavrov, E.bayramov, A2, "Lavrov and Bayramov met again in Moscow.", { evDate: "2020-10-20" }),
    ],
  };
  const a3: ArticleRecord = {
    version: 1,
    article: article(A3, "Calls and appeals", "2021-01-11"),
    contentHash: "h3",
    entities: [E.putin, E.aliyev, E.eu, E.azerbaijan, E.russia, E.armenia],
    edges: [
      rel("CALLED", E.putin, E.aliyev, A3, "Putin telephoned Aliyev on Monday.", { evDate: "2021-01-11" }),
      rel("CALLED_ON", E.eu, E.azerbaijan, A3, "The EU urged Baku to release the prisoners.", { demand: "release the prisoners", evDate: "2021-01-12" }),
      rel("ACCUSED", E.armenia, E.azerbaijan, A3, "Yerevan blamed Baku for the shelling.", { of: "the shelling" }),
    ],
  };
  return [a1, a2, a3];
}
