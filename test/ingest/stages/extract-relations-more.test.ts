import { relationsOf } from "../../helpers/pipeline.ts";

const HEAD = "Test headline for relations\n";
const rel = (text: string) => relationsOf(HEAD + text);

describe("extractRelations: co-presence and meetings", () => {
  test("those a session was attended by met each other, with no subject needed", () => {
    const r = rel("The summit was attended by Peruvian President Ana Ruiz, Chilean President Jorge Vidal and Ecuador’s President Luis Mora.");
    expect(r).toEqual(expect.arrayContaining(["Ana Ruiz -MET-> Jorge Vidal", "Ana Ruiz -MET-> Luis Mora", "Jorge Vidal -MET-> Luis Mora"]));
    expect(r).not.toContain("Ana Ruiz -MET-> Ecuador");
  });
  test("the chair or host named in the sentence or the one before met each attendee", () => {
    const attended = "The summit was attended by Chilean President Jorge Vidal and Ecuador’s President Luis Mora.";
    for (const lead of [
      "The Andean summit opened in Lima on Monday, chaired by Peruvian President Ana Ruiz. ",
      "Peruvian President Ana Ruiz hosted the Andean summit in Lima on Monday. ",
      "The Andean summit met in Lima under the chairmanship of Peruvian President Ana Ruiz. ",
    ]) {
      const r = rel(lead + attended);
      expect(r).toEqual(expect.arrayContaining(["Ana Ruiz -MET-> Jorge Vidal", "Ana Ruiz -MET-> Luis Mora", "Jorge Vidal -MET-> Luis Mora"]));
    }
    const same = rel("The summit, chaired by Peruvian President Ana Ruiz, was attended by Chilean President Jorge Vidal and Ecuador’s President Luis Mora.");
    expect(same).toEqual(expect.arrayContaining(["Ana Ruiz -MET-> Jorge Vidal", "Ana Ruiz -MET-> Luis Mora"]));
  });
  test("no chair named, or one only planned: the attendees met each other alone", () => {
    const attended = "The summit was attended by Chilean President Jorge Vidal and Ecuador’s President Luis Mora.";
    for (const lead of ["Peruvian President Ana Ruiz spoke in Lima on Monday. ", "Peruvian President Ana Ruiz will host the next summit in Lima. "]) {
      const r = rel(lead + attended);
      expect(r).toContain("Jorge Vidal -MET-> Luis Mora");
      expect(r.filter((x) => x.startsWith("Ana Ruiz -MET->"))).toEqual([]);
    }
  });
  test("a ceremony's host met the signers, who met each other; the host still mediated", () => {
    const r = rel("Peruvian President Ana Ruiz and Chilean President Jorge Vidal signed a peace treaty on 4 June 2021 during a ceremony hosted by Norwegian Prime Minister Ola Berg.");
    expect(r).toEqual(expect.arrayContaining(["Ola Berg -MET-> Ana Ruiz", "Ola Berg -MET-> Jorge Vidal", "Ana Ruiz -MET-> Jorge Vidal"]));
    expect(r.some((x) => x.startsWith("Ola Berg -MEDIATED-> "))).toBe(true);
  });
  test("a name inside a deal's name is not what is hosted", () => {
    expect(rel("Trump hosts Peru–Chile peace deal at the White House.").filter((x) => x.includes("-MET->"))).toEqual([]);
  });
  test("a title standing for its state is not the state a person met", () => {
    expect(rel("Peruvian Foreign Minister Ana Ruiz met the Chilean foreign minister in Lima.")).not.toContain("Ana Ruiz -MET-> Chile");
  });
  test("a phone call on a given day, with a second 'and with', not the reporting body", () => {
    const r = rel("Peruvian President Ana Ruiz spoke by phone on Monday with Chilean President Jorge Vidal, and with Ecuadorian President Luis Mora, the Peruvian Foreign Ministry said.");
    expect(r).toEqual(expect.arrayContaining(["Ana Ruiz -CALLED-> Jorge Vidal", "Ana Ruiz -CALLED-> Luis Mora"]));
    expect(r.filter((x) => x.includes("-CALLED-> Peru"))).toEqual([]);
  });
});

describe("extractRelations: datelines and groups of persons named before", () => {
  test("the capital of a dateline is not the one acting", () => {
    for (const line of ["LIMA (Reuters) - Chile urged Bolivia to talk.", "LIMA, May 4 (AP) — Chile urged Bolivia to talk."]) {
      const r = rel(line);
      expect(r).toContain("Chile -CALLED_ON-> Bolivia");
      expect(r).not.toContain("Peru -CALLED_ON-> Bolivia");
    }
  });
  test("'the two men' met: the last two persons named", () => {
    const r = rel("Peruvian envoy Ana Ruiz and Chilean envoy Jorge Vidal signed the deal. The two men met in Lima a week earlier.");
    expect(r.filter((x) => x.includes("-MET->"))).toEqual(["Jorge Vidal -MET-> Ana Ruiz"]);
  });
  test("'both ministers' are the ministers named before, not the president who received them", () => {
    const r = rel("Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Jorge Vidal held talks in Quito. Ecuadorian President Luis Mora received both ministers on Friday.");
    expect(r).toEqual(expect.arrayContaining(["Luis Mora -MET-> Ana Ruiz", "Luis Mora -MET-> Jorge Vidal"]));
  });
  test("'the three ministers sat down together' after a host met two: all three met each other", () => {
    const r = rel("Ecuadorian Foreign Minister Luis Mora met Peruvian Foreign Minister Ana Ruiz and Chilean Foreign Minister Jorge Vidal before the three ministers sat down together.");
    expect(r).toContain("Jorge Vidal -MET-> Ana Ruiz");
  });
  test("'before the two leaders joined him for a meeting': the leaders met each other and the host", () => {
    const r = rel("Norwegian Prime Minister Ola Berg met Peruvian President Ana Ruiz and Chilean President Jorge Vidal before the two leaders joined him for a trilateral meeting.");
    expect(r).toEqual(expect.arrayContaining(["Jorge Vidal -MET-> Ana Ruiz", "Ola Berg -MET-> Ana Ruiz", "Ola Berg -MET-> Jorge Vidal"]));
  });
  test("a group whose number the article cannot fill stands for nobody", () => {
    expect(rel("Peruvian President Ana Ruiz arrived. The three leaders met on Friday.").filter((x) => x.includes("-MET->"))).toEqual([]);
  });
});

describe("extractRelations: groups, hedges, appeals", () => {
  test("an acronym in brackets does not end a coordinated group", () => {
    expect(rel("The African Union and the Intergovernmental Authority on Development (IGAD) urged Peru to talk.")).toEqual(expect.arrayContaining(["African Union -CALLED_ON-> Peru", "IGAD -CALLED_ON-> Peru"]));
  });
  test("a capital in a compound describing the next noun is no member of the group", () => {
    expect(rel("Peru asked the Collective Security Treaty Organization (CSTO), the Moscow-led bloc, to help.")).not.toContain("Peru -CALLED_ON-> Russia");
  });
  test("a hedge in an earlier clause does not reach the cue", () => {
    expect(rel("Peru said it had crossed no lines and blamed Ecuador for the clash.")).toContain("Peru -ACCUSED-> Ecuador");
  });
  test("an intention to join is no membership", () => {
    expect(rel("Peru abandoned any intention of joining the Andean Fisheries Organization.").filter((x) => x.includes("MEMBER_OF"))).toEqual([]);
  });
  test("the need for X to act is a call on X; a request received from X is X's appeal", () => {
    expect(rel("Peru stressed the need for Chile to withdraw its troops.")).toContain("Peru -CALLED_ON-> Chile");
    expect(rel("The Chilean Foreign Ministry received a request from Peru for help.")).toContain("Peru -CALLED_ON-> Chilean Foreign Ministry");
  });
  test("a group's member countries listed after a dash", () => {
    const r = rel("The Andean Fisheries Organization member states – Peru, Chile and Ecuador – issued a statement.");
    expect(r).toEqual(expect.arrayContaining(["Peru -MEMBER_OF-> Andean Fisheries Organization", "Chile -MEMBER_OF-> Andean Fisheries Organization", "Ecuador -MEMBER_OF-> Andean Fisheries Organization"]));
  });
});

describe("extractRelations: mediators", () => {
  test("an apposition naming a mediator", () => {
    expect(rel("Norway, a key mediator of the truce between Peru and Ecuador of 3 May 2021, welcomed it.")).toContain("Norway -MEDIATED-> Peru-Ecuador ceasefire of 3 May 2021");
  });
  test("a known agreement's broker named in the phrase is not made a side of it", () => {
    const r = rel("Armenia and Azerbaijan fought for six weeks. Hostilities ended in a Russia-brokered ceasefire.");
    expect(r.some((x) => /^Russia -MEDIATED-> /.test(x))).toBe(true);
    expect(r.some((x) => /^Russia -PARTY_TO-> /.test(x))).toBe(false);
  });
});

describe("extractRelations: passives", () => {
  test("a bare verb in a passive does not make its clause's subject the mediator", () => {
    expect(rel("Peru and Chile signed a ceasefire agreement on 4 June 2021 in talks facilitated by church leaders.").filter((x) => /^(Peru|Chile) -MEDIATED->/.test(x))).toEqual([]);
  });
});

describe("extractRelations: an agreement named by its day", () => {
  test("a known agreement named by the day it was made binds its sides, though the article names no conflict", () => {
    const r = rel("Tbilisi urged Moscow to honour the August 12, 2008 truce.");
    expect(r).toEqual(expect.arrayContaining(["Georgia -PARTY_TO-> 2008 six-point ceasefire agreement", "Russia -PARTY_TO-> 2008 six-point ceasefire agreement"]));
    // (a side the article does not name is not added)
    expect(rel("Observers praised the 12 August 2008 ceasefire.").filter((x) => x.includes("-PARTY_TO->"))).toEqual([]);
  });
});

describe("extractRelations: a charge in a noun, credited to the one reported", () => {
  test("'X's aggression', 'X's attacks on Y', 'occupation by X' are the speaker's charge", () => {
    expect(rel("Peru's president said Chile's aggression against Ecuador must stop.")).toContain("Peru -ACCUSED-> Chile");
    expect(rel("The Ecuadorian foreign minister said in Lima that the OAS's view of Chile's attacks against Ecuador matters.")).toContain("Ecuador -ACCUSED-> Chile");
    expect(rel("“Chile's occupation of the islands is illegal,” the Ecuadorian foreign minister said.")).toContain("Ecuador -ACCUSED-> Chile");
  });
  test("without a speaker the words are the writer's; no one accuses himself", () => {
    expect(rel("Thousands fled Chile's attacks on Ecuador.").filter((x) => x.includes("-ACCUSED->"))).toEqual([]);
    expect(rel("Chile said Chile's aggression was a myth.").filter((x) => x.includes("-ACCUSED->"))).toEqual([]);
  });
});
