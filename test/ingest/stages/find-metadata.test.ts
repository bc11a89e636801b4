import { docOf } from "../../helpers/pipeline.ts";

describe("findMetadata", () => {
  test("finds a 'Published <date>' byline, drops it from the text, and takes the first headline as title", () => {
    const doc = docOf("Ministers Pledge New Talks\nJane Doe Published July 25, 2023 | 09:15 PM\nThe ministers met in Vienna.", "find-metadata");
    expect(doc.date).toBe("2023-07-25");
    expect(doc.title).toBe("Ministers Pledge New Talks");
    expect(doc.text).not.toMatch(/Published/);
  });
  test("finds a 'date YYYY-MM-DD' stamp", () => {
    expect(docOf(" date 2023-07-25 Open Menu\nTalks go on\nEnvoys met.", "find-metadata").date).toBe("2023-07-25");
  });
  test("the record's own title and date win", () => {
    const doc = docOf("Published July 25, 2023\nBody text here.", "find-metadata", { title: "Given", date: "2020-01-01" });
    expect(doc.title).toBe("Given");
    expect(doc.date).toBe("2020-01-01");
  });
});
