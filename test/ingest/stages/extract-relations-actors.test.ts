import { relationsOf } from "../../helpers/pipeline.ts";

const HEAD = "Test headline for relations\n";
const rel = (text: string) => relationsOf(HEAD + text);

describe("extractRelations: actors in lists, titles and appositions", () => {
  test("a one-token 'co-chaired by' names mediators, and members of the organisation the phrase is about", () => {
    const r = rel("The Andes talks on the border dispute are co-chaired by Norway, Chile and the United Nations.");
    expect(r).toEqual(expect.arrayContaining([expect.stringMatching(/^Norway -MEDIATED-> /), expect.stringMatching(/^United Nations -MEDIATED-> /)]));
    const m = rel("The dispute was handled by the Minsk Group of the Organization for Security and Co-operation in Europe (OSCE), co-chaired by Peru and Chile.");
    expect(m).toEqual(expect.arrayContaining(["Peru -MEMBER_OF-> OSCE Minsk Group", "Chile -MEMBER_OF-> OSCE Minsk Group"]));
    expect(m).not.toContain("Peru -MEMBER_OF-> OSCE");
  });
  test("a possessive belongs to the last name of a list", () => {
    const r = rel("Peru thanked Ecuadorian President Ana Ruiz, Chilean Foreign Minister Jorge Vidal and Sweden's chairmanship of the OSCE.");
    expect(r).toContain("Sweden -MEMBER_OF-> OSCE");
    expect(r).not.toContain("Ecuador -MEMBER_OF-> OSCE");
  });
  test("a future meeting states no meeting; an appeal to conclude a treaty makes no party", () => {
    expect(rel("Peruvian President Ana Ruiz said the European Union will be meeting with Chilean President Jorge Vidal.").filter((r) => r.includes("-MET->"))).toEqual([]);
    const r = rel("Norway urged Peruvian President Ana Ruiz to conclude the peace treaty with Ecuador.");
    expect(r).toContain("Norway -CALLED_ON-> Ana Ruiz");
    expect(r.filter((x) => x.includes("-PARTY_TO->") && x.startsWith("Peru "))).toEqual([]);
  });
  test("an agreement's sides after 'between' include organisations", () => {
    expect(rel("Negotiators pushed for a truce between Israel and Hamas of 3 May 2021.")).toEqual(expect.arrayContaining([expect.stringMatching(/^Hamas -PARTY_TO-> /), expect.stringMatching(/^Israel -PARTY_TO-> /)]));
  });
  test("a title's complement before the name, 'together with', an apposition and 'including' keep the list going", () => {
    const r = rel("The truce between Peru and Ecuador of 3 May 2021 was brokered by the AU High Representative for the Great Lakes, former Bolivian President Ana Ruiz, together with former Chilean President Jorge Vidal.");
    expect(r).toEqual(expect.arrayContaining([expect.stringMatching(/^Ana Ruiz -MEDIATED-> /), expect.stringMatching(/^Jorge Vidal -MEDIATED-> /)]));
    expect(rel("Norway has appealed to Peru, as well as its maritime neighbour Chile, to open a corridor.")).toEqual(expect.arrayContaining(["Norway -CALLED_ON-> Peru", "Norway -CALLED_ON-> Chile"]));
    expect(rel("Peru urged the international community, including Chile and the United Nations, to send aid.")).toEqual(expect.arrayContaining(["Peru -CALLED_ON-> Chile", "Peru -CALLED_ON-> United Nations"]));
  });
});
