import { docOf } from "../../helpers/pipeline.ts";

describe("splitSentences", () => {
  test("splits sentences without breaking at abbreviations, and keeps paragraphs apart", () => {
    const doc = docOf("Title line here\nDr. Ivanova met U.S. officials on Jan. 5 in Washington. They talked.\nA new paragraph.", "split-sentences");
    expect(doc.sentences.map((s) => s.text)).toEqual(["Title line here", "Dr. Ivanova met U.S. officials on Jan. 5 in Washington.", "They talked.", "A new paragraph."]);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
  });
  test("marks the tokens inside quotation marks", () => {
    const s = docOf("Headline for the test\n“We call on both sides to stop,” the minister said.", "split-sentences").sentences[1];
    const quoted = s.tokens.filter((_, i) => s.quoted[i]).map((t) => t.text);
    expect(quoted).toContain("We");
    expect(quoted).not.toContain("minister");
  });
  test("tells a headline in title case from prose", () => {
    const doc = docOf("Russia Calls For Ceasefire Control Mechanisms In Karabakh\nThe minister spoke to reporters about the border.", "split-sentences");
    expect(doc.sentences.map((s) => s.titleCase)).toEqual([true, false]);
  });
  test("a very long unbroken run is read in pieces but the sentence is kept verbatim", () => {
    const run = "x".repeat(5000);
    const doc = docOf(`Headline for the test\nPeru said ${run} to Chile. Then it stopped.`, "split-sentences");
    expect(doc.sentences[1].text).toBe(`Peru said ${run} to Chile.`);
    const chile = doc.sentences[1].tokens.find((t) => t.text === "Chile")!;
    expect(doc.sentences[1].text.slice(chile.start, chile.end)).toBe("Chile");
  });
  test("a word with non-ASCII letters stays one token", () => {
    const s = docOf("Headline for the test\nThe OSCE's Viorel Moşanu and Cihan Sultanoğlu spoke.", "split-sentences").sentences[1];
    expect(s.tokens.map((t) => t.text)).toEqual(expect.arrayContaining(["Moşanu", "Sultanoğlu"]));
  });
});

