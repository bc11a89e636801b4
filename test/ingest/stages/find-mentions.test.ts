import type { Mention } from "../../../ingest/document.ts";
import { docOf } from "../../helpers/pipeline.ts";

const HEAD = "Test headline for mentions\n";
const mentions = (text: string): Mention[] => docOf(HEAD + text, "find-mentions").mentions.filter((m) => m.sentence > 0);
const kinds = (text: string) => mentions(text).map((m) => `${m.kind}:${m.text}`);

describe("findMentions", () => {
  test("states, their adjectives and capitals come from the gazetteer", () => {
    expect(kinds("Norwegian fishermen said Oslo and Finland disagree.")).toEqual(expect.arrayContaining(["adjective:Norwegian", "capital:Oslo", "state:Finland"]));
  });
  test("a person the gazetteer lacks is found after a title, with the title and the state", () => {
    const p = mentions("Moldovan Deputy Foreign Minister Ion Popescu arrived.").find((m) => m.kind === "person");
    expect(p).toMatchObject({ text: "Ion Popescu", title: "Deputy Foreign Minister", state: "moldova" });
  });
  test("a title after the name, in apposition, also counts", () => {
    const p = mentions("Ion Popescu, the Moldovan foreign minister, arrived.").find((m) => m.kind === "person");
    expect(p).toMatchObject({ title: "Foreign Minister", state: "moldova" });
  });
  test("an organisation by its form, and an acronym defined in the text", () => {
    const ms = mentions("The Baltic Fisheries Organization (BFO) met in Riga.");
    expect(ms.find((m) => m.kind === "organisation")).toMatchObject({ text: "Baltic Fisheries Organization", title: "BFO" });
  });
  test("a state body combines a state with a kind of body", () => {
    expect(mentions("The Chilean Foreign Ministry issued a note.").find((m) => m.kind === "body")).toMatchObject({ state: "chile", body: "foreign-ministry" });
  });
  test("an agreement phrase carries its head, parties, brokers and date", () => {
    const h = mentions("A Norway-brokered ceasefire between Peru and Chile of 3 May 2021 held.").find((m) => m.kind === "happening")!;
    expect(h.happening).toMatchObject({ label: "Agreement", head: "ceasefire", parties: ["peru", "chile"], brokers: ["state:norway"], date: "2021-05-03", specific: true });
  });
  test("a verb is not a head: 'to cease fire' names no agreement", () => {
    expect(mentions("They were told to immediately cease fire.").some((m) => m.kind === "happening")).toBe(false);
  });
  test("'the parties' and 'the Peruvian side' point at actors", () => {
    expect(kinds("The Peruvian side urged the parties to talk.")).toEqual(expect.arrayContaining(["state:Peruvian side", "side:the parties"]));
  });
});
