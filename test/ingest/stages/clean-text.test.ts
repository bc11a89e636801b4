import { docOf } from "../../helpers/pipeline.ts";

const page = [
  "Open Menu",
  "Envoys agree to meet again",
  "The two envoys agreed on Friday to hold another round of talks.",
  "ADVERTISEMENT",
  "Share this article",
  "The talks will take place in Vienna.",
  "The talks will take place in Vienna.",
  "See also",
  "Ministers discuss the border question",
  "Ten things to know about the summit",
  "Our site is hiring: the desk seeks local correspondents. Send CV and cover letter with a writing sample to jobs@example.org",
  "This website uses cookies. By clicking accept you consent to our cookie policy.",
  "LEAVE A REPLY",
  "Please enter your comment!",
  "XS",
  "SM MD LG",
  "12",
].join("\n");

describe("cleanText", () => {
  const text = docOf(page, "clean-text").text;
  test("keeps the article's own lines once", () => {
    expect(text.split("\n")).toEqual([
      "Envoys agree to meet again",
      "The two envoys agreed on Friday to hold another round of talks.",
      "The talks will take place in Vienna.",
    ]);
  });
});
