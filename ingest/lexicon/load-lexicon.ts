// Loads the lexicon files (boilerplate rules, relation cues, happening heads, descriptors) and checks them with zod.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { RelType } from "../../graph-schema/index.ts";
import { BoilerplateLexicon } from "./schema.ts";
import { wordTable } from "../word-table.ts";

export const RelationCue = z.object({
  type: RelType,
  pattern: z.string().min(1),
  reverse: z.boolean().optional(),
  target: z.enum(["happening", "org-before"]).optional(),
  near: z.array(z.string()).optional(),
  rest: z.enum(["demand", "of"]).optional(),
  objects: z.enum(["rest"]).optional(),
  among: z.boolean().optional(),
  /** the cue states the fact even when hedged: "it would leave the CSTO" still says it is a member */
  presupposed: z.boolean().optional(),
  /** no object: a coordinated subject did it among themselves ("A and B held talks") */
  subjectsAmong: z.boolean().optional(),
  /** the agent met the clause's subjects, who met each other: "A and B signed it at a ceremony hosted by C" */
  subjectsMeet: z.boolean().optional(),
  /** those named also met whoever the sentence or the one before names as chair or host: "The session, chaired by X,
   * was attended by A and B" (X met A and B) */
  chairMeets: z.boolean().optional(),
  /** the cue states a fact only as a finite verb: an infinitive is a purpose or an appeal ("urged him to conclude the
   * treaty", "ready to sign it"), no accomplished fact */
  finite: z.boolean().optional(),
  /** the source is the one the sentence reports (next to a verb of saying), not its subject: "X said Y's aggression
   * against Z ..." is X's charge; with no one reported, the words are the writer's and state no relation */
  source: z.enum(["speaker"]).optional(),
});
export type RelationCue = z.infer<typeof RelationCue>;

export const RelationCues = z.object({
  description: z.string(),
  source: z.string(),
  hedges: z.array(z.string()),
  /** the words that name a chair or host ("chaired by X", "under X's chairmanship"): see `chairMeets` */
  chairs: z.object({ verbs: z.array(z.string()), nouns: z.array(z.string()) }),
  cues: z.array(RelationCue),
});

export const HappeningLexicon = z.object({
  description: z.string(),
  source: z.string(),
  heads: z.array(z.object({
    category: z.string(),
    label: z.enum(["Agreement", "Event"]),
    /** folded surface forms of the head noun, singular and plural */
    forms: z.array(z.string()),
  })),
  modifiers: z.array(z.string()),
  // looked up by words of the text (see word-table.ts)
  ordinals: z.record(z.string(), z.number()).transform(wordTable),
});
export type HappeningLexicon = z.infer<typeof HappeningLexicon>;

export const Descriptors = z.object({
  description: z.string(),
  source: z.string(),
  /** phrases standing for the two sides of the article's conflict */
  sides: z.array(z.string()),
  /** nouns that, after a state's adjective, mean the state as an actor ("the Armenian side") */
  stateNouns: z.array(z.string()),
  /** verbs of saying, for reported speech (base forms) */
  speech: z.array(z.string()),
  /** head words that make an unknown capitalised name an organisation */
  organisationHeads: z.array(z.string()),
  /** words before or after a name that make it a media outlet */
  mediaCues: z.array(z.string()),
  /** words that refer back to someone's office in another state: "his Armenian counterpart" */
  counterpart: z.array(z.string()),
  /** capitalised words that are never names on their own */
  notNames: z.array(z.string()),
  /** words that number a group of persons named before ("the two men", "both ministers"), with the number */
  groupCounts: z.record(z.string(), z.number().int().min(2)).transform(wordTable),
  /** nouns for such a group, each with the office its members must hold ("foreign ministers": "foreign minister"),
   * or "" when anyone will do ("the two men") */
  groupNouns: z.record(z.string(), z.string()),
});
export type Descriptors = z.infer<typeof Descriptors>;

const read = <S extends z.ZodTypeAny>(file: string, schema: S): z.infer<S> => {
  const url = new URL(file, import.meta.url);
  const parsed = schema.safeParse(JSON.parse(readFileSync(url, "utf8")));
  if (!parsed.success) throw new Error(`lexicon: ingest/lexicon/${file}: ${parsed.error.issues[0].path.join(".")}: ${parsed.error.issues[0].message}`);
  return parsed.data;
};

export interface Lexicon {
  boilerplate: { name: string; re: RegExp; drop: "line" | "line-and-links" }[];
  cues: RelationCue[];
  /** words that make a cue hypothetical ("a possible meeting", "a bid to join") */
  hedges: Set<string>;
  /** verbs and nouns of chairing, as sets */
  chairs: { verbs: Set<string>; nouns: Set<string> };
  happenings: HappeningLexicon;
  descriptors: Descriptors;
  /** the descriptors' verbs of saying, as a set (looked up for every token) */
  speech: Set<string>;
}

export function loadLexicon(): Lexicon {
  const b = read("boilerplate.json", BoilerplateLexicon);
  const descriptors = read("descriptors.json", Descriptors);
  return {
    boilerplate: b.rules.map((r) => ({ name: r.name, re: new RegExp(r.pattern, "iu"), drop: r.drop })),
    ...(({ cues, hedges, chairs }) => ({ cues, hedges: new Set(hedges), chairs: { verbs: new Set(chairs.verbs), nouns: new Set(chairs.nouns) } }))(read("relation-cues.json", RelationCues)),
    happenings: read("happenings.json", HappeningLexicon),
    descriptors,
    speech: new Set(descriptors.speech),
  };
}
