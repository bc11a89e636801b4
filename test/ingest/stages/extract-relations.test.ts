import { relationsOf } from "../../helpers/pipeline.ts";

const HEAD = "Test headline for relations\n";
const rel = (text: string) => relationsOf(HEAD + text);

describe("extractRelations: cues of each type", () => {
  test("MEDIATED: active, passive with coordinated agents, compound, nominal", () => {
    expect(rel("Norway brokered a ceasefire between Peru and Ecuador on 3 May 2021.")).toContain("Norway -MEDIATED-> Peru-Ecuador ceasefire of 3 May 2021");
    const passive = rel("Peru and Ecuador, mediated by Norway, Chile and the United Nations, signed a peace treaty on 4 June 2021.");
    expect(passive).toEqual(expect.arrayContaining([expect.stringMatching(/^Norway -MEDIATED-> /), expect.stringMatching(/^Chile -MEDIATED-> /), expect.stringMatching(/^United Nations -MEDIATED-> /)]));
    expect(rel("A Norway-brokered truce between Peru and Ecuador of 3 May 2021 held.")).toContain("Norway -MEDIATED-> Norway-brokered Peru-Ecuador ceasefire of 3 May 2021");
    expect(rel("The truce between Peru and Ecuador of 3 May 2021 followed Norway's mediation.")).toContain("Norway -MEDIATED-> Peru-Ecuador ceasefire of 3 May 2021");
  });
  test("ACCUSED: verb with object, and what of", () => {
    expect(rel("Peru accused Ecuador of shelling border villages.")).toEqual(["Peru -ACCUSED-> Ecuador"]);
    expect(rel("Ecuador was accused by Peru of shelling villages.")).toContain("Peru -ACCUSED-> Ecuador");
  });
  test("CALLED_ON: call on, urge, asked, with a coordinated object", () => {
    expect(rel("Norway called on Peru and Ecuador to stop fighting.")).toEqual(["Norway -CALLED_ON-> Ecuador", "Norway -CALLED_ON-> Peru"]);
    expect(rel("The Chilean Foreign Ministry urged Lima to show restraint.")).toContain("Chilean Foreign Ministry -CALLED_ON-> Peru");
  });
  test("CALLED: a verb of calling, a telephone conversation, a call received", () => {
    expect(rel("Peruvian President Ana Ruiz called her Chilean counterpart Jorge Vidal.")).toContain("Ana Ruiz -CALLED-> Jorge Vidal");
    expect(rel("Peruvian President Ana Ruiz held telephone conversations with colleagues from Chile and Ecuador.")).toEqual(expect.arrayContaining(["Ana Ruiz -CALLED-> Chile", "Ana Ruiz -CALLED-> Ecuador"]));
    expect(rel("The Chilean Foreign Ministry received a call from Peruvian leaders.")).toContain("Peru -CALLED-> Chilean Foreign Ministry");
  });
  test("MET: met with, held talks with, and a trilateral meeting links every pair", () => {
    expect(rel("Peruvian Foreign Minister Ana Ruiz held talks with her Chilean counterpart Jorge Vidal.")).toContain("Ana Ruiz -MET-> Jorge Vidal");
    const tri = rel("Norwegian Foreign Minister Ola Berg spoke at a trilateral meeting with Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Jorge Vidal.");
    expect(tri).toEqual(expect.arrayContaining(["Ola Berg -MET-> Ana Ruiz", "Ola Berg -MET-> Jorge Vidal", "Ana Ruiz -MET-> Jorge Vidal"]));
  });
  test("REPRESENTS from a title, PART_OF from a state body", () => {
    const r = rel("Peruvian Foreign Minister Ana Ruiz and the Chilean Foreign Ministry spoke.");
    expect(r).toEqual(expect.arrayContaining(["Ana Ruiz -REPRESENTS-> Peru", "Chilean Foreign Ministry -PART_OF-> Chile"]));
  });
  test("MEMBER_OF from leaving or joining an organisation; PARTY_TO from an agreement's sides", () => {
    expect(rel("Peru announced it would leave the Andean Fisheries Organization.")).toContain("Peru -MEMBER_OF-> Andean Fisheries Organization");
    expect(rel("A peace treaty between Peru and Ecuador was signed on 4 June 2021.")).toEqual(expect.arrayContaining(["Peru -PARTY_TO-> Peru-Ecuador peace treaty of 4 June 2021", "Ecuador -PARTY_TO-> Peru-Ecuador peace treaty of 4 June 2021"]));
  });
  test("a preposition's object is not the subject: 'ties with X after accusing Y'", () => {
    expect(rel("Peruvian President Ana Ruiz wants closer ties with Chile after accusing Ecuador of bad faith.")).toContain("Ana Ruiz -ACCUSED-> Ecuador");
  });
  test("the speaker of a quote is who 'we' is", () => {
    expect(rel("“We call on the parties to respect the truce,” the Chilean Foreign Ministry said. Peru and Ecuador have clashed. Peru and Ecuador disagree.")).toEqual(expect.arrayContaining(["Chilean Foreign Ministry -CALLED_ON-> Peru"]));
  });
});
