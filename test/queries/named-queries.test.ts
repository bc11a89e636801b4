// Every named query of the catalogue, run on the embedded store built from the hand-made fixture ledger.
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { loadCatalogue, runNamedQuery } from "../../queries/index.ts";
import { E, A1, A2 } from "./fixture-records.ts";
import { makeFixtureDir, removeFixtureDir } from "./fixture-store.ts";

let dir: string;
const run = (name: string, params: Record<string, unknown> = {}) => runNamedQuery(name, params, { dataDir: dir, env: {} });

beforeAll(async () => {
  dir = await makeFixtureDir();
});
afterAll(async () => {
  await removeFixtureDir(dir);
});

describe("named queries on the embedded store", () => {
  test("who-mediated-what names the mediators, the parties and the evidence", async () => {
    const rows = await run("who-mediated-what");
    const pairs = rows.map((r) => `${r.mediator} -> ${r.what}`);
    expect(pairs).toEqual([
      "Russia -> humanitarian ceasefire of 10 October 2020",
      "France -> humanitarian ceasefire of 26 October 2020",
      "Russia -> humanitarian ceasefire of 26 October 2020",
      "United States -> humanitarian ceasefire of 26 October 2020",
    ]);
    const russia10 = rows[0];
    expect([...(russia10.parties as string[])].sort()).toEqual(["Armenia", "Azerbaijan"]);
    expect(russia10).toMatchObject({ kind: "Agreement", date: "2020-10-10", articles: [A1], mediatorId: E.russia.id, whatId: E.ceasefire10.id });
    expect(russia10.evidence).toEqual(["Russia brokered the humanitarian ceasefire, which took effect at noon."]);
    // an undated piece of evidence takes the agreement's date
    expect(rows[2].date).toBe("2020-10-26");
  });

  test("mediators-of resolves the agreement's name and returns its mediators", async () => {
    const rows = await run("mediators-of", { what: "humanitarian ceasefire of 10 October 2020" });
    expect(rows.map((r) => r.mediator)).toEqual(["Russia"]);
    const second = await run("mediators-of", { what: "ceasefire of 26 October" });
    expect(second.map((r) => r.mediator)).toEqual(["France", "Russia", "United States"]);
  });

  test("accusations: who accused whom of what", async () => {
    const rows = await run("accusations");
    expect(rows.map((r) => [r.accuser, r.accused, r.what])).toEqual([
      ["Armenia", "Azerbaijan", "the shelling"],
      ["Azerbaijan", "Armenia", "violating the truce"],
    ]);
    expect(rows[1].evidence).toEqual(["Baku accused Yerevan of violating the truce\nwithin hours."]);
  });

  test("appeals, calls and meetings", async () => {
    expect((await run("appeals")).map((r) => [r.caller, r.addressee, r.demand])).toEqual([["European Union", "Azerbaijan", "release the prisoners"]]);
    expect((await run("calls")).map((r) => [r.caller, r.callee, r.date, r.callerId, r.calleeId])).toEqual([
      ["Vladimir Putin", "Ilham Aliyev", "2021-01-11", E.putin.id, E.aliyev.id],
    ]);
    const met = await run("meetings");
    expect(met).toHaveLength(1);
    // two articles state the meeting: one relationship, both pieces of evidence, the earliest date
    expect(met[0]).toMatchObject({ actor1: "Sergey Lavrov", actor2: "Jeyhun Bayramov", date: "2020-10-09", articles: [A1, A2] });
    expect(met[0].evidence).toEqual(['Lavrov met Bayramov; he said "talks, at last, [began]".', "Lavrov and Bayramov met again in Moscow."]);
  });

  test("actor: 'Lavrov' finds Sergey Lavrov and everything about him, either way", async () => {
    const rows = await run("actor", { actor: "Lavrov" });
    expect(rows.map((r) => `${r.direction} ${r.relation} ${r.other}`).sort()).toEqual(["out MET Jeyhun Bayramov", "out REPRESENTS Russia"]);
    expect(rows.find((r) => r.relation === "REPRESENTS")?.detail).toBe("Foreign Minister");
    const az = await run("actor", { actor: "Baku" });
    expect(az.map((r) => `${r.direction} ${r.relation} ${r.other}`).sort()).toContain("in CALLED_ON European Union");
  });

  test("neighbourhood: within N hops, nearest first", async () => {
    const one = await run("neighbourhood", { node: "Sergey Lavrov", hops: 1 });
    expect(one.map((r) => r.name).sort()).toEqual(["Jeyhun Bayramov", "Russia"]);
    const two = await run("neighbourhood", { node: "Sergey Lavrov" });
    expect(two.filter((r) => r.hops === 2).map((r) => r.name).sort()).toEqual(["humanitarian ceasefire of 10 October 2020", "humanitarian ceasefire of 26 October 2020"]);
    expect(two.every((r) => typeof r.id === "string")).toBe(true);
  });

  test("path: the shortest chains between two actors, with node ids", async () => {
    const rows = await run("path", { from: "Lavrov", to: "Armenia" });
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r.hops).toBe(3);
      expect(r.relations).toEqual(["REPRESENTS", "MEDIATED", "PARTY_TO"]);
      expect((r.ids as string[])[0]).toBe(E.lavrov.id);
      expect((r.ids as string[])[3]).toBe(E.armenia.id);
    }
    expect(await run("path", { from: "Putin", to: "Armenia" })).toEqual([]);
  });

  test("timeline: relationships between two dates, in order", async () => {
    const rows = await run("timeline", { from: "2020-10-10", to: "2020-10-11" });
    expect(rows.map((r) => `${r.date} ${r.relation} ${r.subject}`)).toEqual([
      "2020-10-10 MEDIATED Russia",
      "2020-10-10 PARTY_TO Armenia",
      "2020-10-10 PARTY_TO Azerbaijan",
      "2020-10-11 ACCUSED Azerbaijan",
    ]);
    const all = await run("timeline");
    expect(all.map((r) => r.date)).toEqual([...all.map((r) => r.date as string)].sort());
  });

  test("co-mentioned: pairs named together most often, with a limit", async () => {
    const rows = await run("co-mentioned", { limit: 3 });
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => [r.actor1, r.actor2, r.articles])).toEqual([
      ["Armenia", "Azerbaijan", 3],
      ["Armenia", "Russia", 3],
      ["Azerbaijan", "Russia", 3],
    ]);
  });

  test("every query in the catalogue runs and returns rows on the fixture", async () => {
    const params: Record<string, Record<string, unknown>> = {
      "mediators-of": { what: "ceasefire of 10 October" },
      actor: { actor: "Russia" },
      neighbourhood: { node: "Russia" },
      path: { from: "Russia", to: "Azerbaijan" },
    };
    for (const q of loadCatalogue()) {
      const rows = await run(q.name, params[q.name] ?? {});
      expect([q.name, rows.length > 0]).toEqual([q.name, true]);
    }
  });

  test("bad parameters get one line naming the problem", async () => {
    await expect(run("actor")).rejects.toThrow("actor needs --param actor=");
    await expect(run("actor", { actor: "Nobody Atall" })).rejects.toThrow('no actor named "Nobody Atall"');
    await expect(run("neighbourhood", { node: "Russia", hops: 9 })).rejects.toThrow("hops takes a number from 1 to 3");
    await expect(run("timeline", { from: "last week" })).rejects.toThrow("takes a date as YYYY-MM-DD");
    await expect(run("calls", { who: "x" })).rejects.toThrow("calls takes no parameters; not who");
    await expect(run("no-such-query")).rejects.toThrow('no named query "no-such-query"');
    await expect(run("mediators-of", { what: "humanitarian ceasefire" })).rejects.toThrow("could be 2 nodes");
  });
});
