// The shape of the lexicon files (ingest/lexicon/*.json), checked with zod when they load.
import { z } from "zod";
import { RelType } from "../../graph-schema/index.ts";

export const BoilerplateLexicon = z.object({
  description: z.string(),
  source: z.string(),
  rules: z.array(z.object({ name: z.string(), pattern: z.string(), drop: z.enum(["line", "line-and-links"]) })),
});
export type BoilerplateLexicon = z.infer<typeof BoilerplateLexicon>;
export { RelType };
