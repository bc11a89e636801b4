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
  test("'<office> of <state> <name>' gives the person the title and the state, middle initial included", () => {
    const p = mentions("The note was signed by Deputy Secretary of State of the United States Mark T. Olsen.").find((m) => m.kind === "person");
    expect(p).toMatchObject({ text: "Mark T. Olsen", title: "Deputy Foreign Minister", state: "united-states" });
  });
  test("a clock time is not an office, nor a time zone a name", () => {
    const ks = kinds("The session opens at 2 p.m. GMT in the capital.");
    expect(ks.some((k) => k.startsWith("office:") || k.startsWith("person:"))).toBe(false);
  });
  test("a name shaped like an organisation after a title is no person", () => {
    expect(kinds("The guests met the Presidential Press Office in Lima.").some((k) => k.startsWith("person:"))).toBe(false);
  });
  test("a dateline's place, in any of its forms, is no mention; the same place in the text is one", () => {
    for (const line of ["LIMA, May 4. Chile urged Peru to talk.", "LIMA (Reuters) - Chile urged Peru to talk.", "LIMA, Peru (AP) — Chile urged Peru to talk.", "LIMA, 4 May 2021 -- Chile urged Peru to talk."]) {
      expect(kinds(line).filter((k) => /Lima|LIMA/.test(k))).toEqual([]);
    }
    // the country after the city only says which city it is
    expect(kinds("QUITO, Ecuador -- Chile urged Peru to talk.").some((k) => k.includes("Ecuador"))).toBe(false);
    expect(kinds("Chile urged Peru to talk. Lima, meanwhile, was silent.")).toContain("capital:Lima");
    // a list before a dash is the subject, no dateline
    expect(kinds("Lima, Quito and Santiago — all three urged Bolivia to talk.")).toContain("capital:Lima");
  });
  test("'the two men', 'both ministers', 'all three leaders' are groups with their number and office; 'the leaders of X' is not", () => {
    const gs = mentions("The two men spoke. Both foreign ministers left. All three leaders agreed. The two leaders of Peru and Chile met.").filter((m) => m.kind === "group");
    expect(gs.map((m) => [m.text, m.count, m.title])).toEqual([["The two men", 2, ""], ["Both foreign ministers", 2, "foreign minister"], ["All three leaders", 3, ""]]);
  });
  test("a news agency credited in a dateline or a picture credit is dropped; one cited in the text is kept", () => {
    expect(kinds("LIMA, May 4. /TASS/. Peru closed its border.").some((k) => k.includes("TASS"))).toBe(false);
    expect(kinds("Peruvian officers patrol the border. Photo: AFP").some((k) => k.includes("AFP"))).toBe(false);
    expect(kinds("Peru closed its border, TASS reported.")).toContain("organisation:TASS");
  });
  test("compound heads, venues with dates and parties that are groups belong to the happening phrase", () => {
    const hs = mentions("Chile honoured the June 3, 2011 ceasefire agreement. Their talks in Lima on May 4, 2021 ended. A one-week truce extension between Israel and Hamas began.")
      .filter((m) => m.kind === "happening");
    expect(hs.map((m) => m.text)).toEqual(["June 3, 2011 ceasefire agreement", "talks in Lima on May 4, 2021", "one-week truce extension between Israel and Hamas"]);
    expect(hs[0].happening).toMatchObject({ head: "ceasefire", date: "2011-06-03" });
    expect(hs[2].happening).toMatchObject({ head: "extension", parties: ["israel"], partyOrgs: ["hamas"], specific: true });
  });
  test("'the 12th round of' a happening is a round of its own beside the whole", () => {
    const hs = mentions("Delegates attended the 12th round of the Geneva International Discussions.").filter((m) => m.kind === "happening");
    expect(hs.find((m) => m.happening?.round)).toMatchObject({ text: "12th round of the Geneva International Discussions", happening: { ordinal: 12 } });
    expect(hs.some((m) => m.text === "Geneva International Discussions")).toBe(true);
  });
});
