import { docOf, entityNames, relationsOf } from "../../helpers/pipeline.ts";

const HEAD = "Test headline for titles and happenings\n";
const mentions = (text: string) => docOf(HEAD + text, "find-mentions").mentions.filter((m) => m.sentence > 0);

describe("office titles with a brief, spelling variants, set phrases", () => {
  test("an office's 'for ...' brief and an 'acting' prefix are part of the title, not places", () => {
    const ms = mentions("Peruvian Acting Deputy Secretary of State for Latin America Ana Quispe arrived.");
    expect(ms.find((m) => m.kind === "office")?.text).toBe("Acting Deputy Secretary of State for Latin America");
    expect(ms.some((m) => m.kind === "place")).toBe(false);
    expect(relationsOf(HEAD + "The Chilean Special Envoy for African Affairs Tomas Rojo visited Lima.")).toContain("Tomas Rojo -REPRESENTS-> Chile");
  });
  test("a brief stops before a possessive and before a happening it names", () => {
    expect(mentions("He thanked the minister for Peru's support.").find((m) => m.kind === "office")?.text).toBe("minister");
    const ms = mentions("The Special Representative for the Belgrade-Pristina Dialogue spoke.");
    expect(ms.find((m) => m.kind === "office")?.text).toBe("Special Representative");
  });
  test("an organisation's name is found in British and American spellings", () => {
    expect(entityNames(HEAD + "The Organisation for Security and Cooperation in Europe sent monitors.")).toContain("Organisation:OSCE");
  });
  test("'prisoners of war' names no war", () => {
    expect(mentions("Peru freed ten prisoners of war on Monday.").some((m) => m.kind === "happening")).toBe(false);
  });
});

describe("happenings named by their broker or their city", () => {
  test("'the deal mediated by <title> <name>' is one particular agreement, with its broker", () => {
    const doc = docOf(HEAD + "Under the deal mediated by Norwegian Foreign Minister Eva Lund, Peru freed ten soldiers and Ecuador returned maps.");
    const h = doc.mentions.find((m) => m.kind === "happening")!;
    expect(h.text).toBe("deal mediated by Norwegian Foreign Minister Eva Lund");
    expect(doc.entities.get(h.entity![0])?.name).toBe("deal mediated by Norwegian Foreign Minister Eva Lund");
  });
  test("a broker list goes on after a comma only while it is a list", () => {
    const h = (t: string) => mentions(t).find((m) => m.kind === "happening")!.text;
    expect(h("They signed a deal brokered by Norway, Chile and Peru on Monday.")).toBe("deal brokered by Norway, Chile and Peru");
    expect(h("Under a deal brokered by Norway, Lima freed ten soldiers.")).toBe("deal brokered by Norway");
  });
  test("talks named by a city that is no capital are particular talks; a known name must say the city", () => {
    const ms = mentions("Envoys of Peru and Ecuador ended the Almaty talks on Friday.");
    expect(ms.find((m) => m.kind === "happening")?.happening).toMatchObject({ specific: true, city: "Almaty" });
    expect(entityNames(HEAD + "Envoys of Peru and Ecuador ended the Almaty talks on Friday.")).toContain("Event:Almaty talks");
  });
  test("the actors of a list after 'by' are mediators, not the article's sides", () => {
    const doc = docOf(HEAD + "The talks are co-chaired by Norway, Chile and Peru. Bolivia and Ecuador sent envoys. Bolivia and Ecuador disagree.");
    expect(doc.sides).toEqual(["state:bolivia", "state:ecuador"]);
  });
});
