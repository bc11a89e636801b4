// Relationship types of the graph, their endpoints, properties and event-coding codes (../shared/ONTOLOGY.md).
import { z } from "zod";
import { IsoDate, type NodeLabel } from "./labels.ts";

export const REL_TYPES = [
  "MEDIATED", "ACCUSED", "CALLED_ON", "CALLED", "MET",
  "REPRESENTS", "MEMBER_OF", "PART_OF", "PARTY_TO", "PARTICIPATED_IN", "MENTIONS",
] as const;
export const RelType = z.enum(REL_TYPES);
export type RelType = z.infer<typeof RelType>;

const ACTOR: NodeLabel[] = ["Person", "State", "Organisation"];

export interface RelTypeMeta {
  from: NodeLabel[];
  to: NodeLabel[];
  meaning: string;
  /** CAMEO code of the event type, where one applies */
  cameo?: string;
  /** PLOVER event type, where one applies */
  plover?: string;
  /** a relationship stated from either side (scored and drawn without direction) */
  symmetric?: boolean;
  color: string;
}

export const REL_META: Record<RelType, RelTypeMeta> = {
  MEDIATED: { from: ACTOR, to: ["Agreement", "Event"], meaning: "brokered, mediated, negotiated on behalf of others", cameo: "045", plover: "CONSULT (mediate)", color: "#2ca02c" },
  ACCUSED: { from: ACTOR, to: ACTOR, meaning: "accused, blamed; `of` holds what", cameo: "112", plover: "ACCUSE", color: "#d62728" },
  CALLED_ON: { from: ACTOR, to: ACTOR, meaning: "appealed to, called on, urged, asked, demanded; `demand` holds what", cameo: "02", plover: "REQUEST", color: "#ff7f0e" },
  CALLED: { from: ACTOR, to: ACTOR, meaning: "a telephone call", cameo: "041", plover: "CONSULT (phone)", symmetric: true, color: "#9467bd" },
  MET: { from: ACTOR, to: ACTOR, meaning: "met, held talks", cameo: "04", plover: "CONSULT (meet)", symmetric: true, color: "#1f77b4" },
  REPRESENTS: { from: ["Person"], to: ["State", "Organisation"], meaning: "holds office in or speaks for; `role` holds the title", color: "#8c564b" },
  MEMBER_OF: { from: ["State", "Organisation"], to: ["Organisation"], meaning: "member, co-chair, ally in a bloc", color: "#17becf" },
  PART_OF: { from: ["Organisation"], to: ["Organisation", "State"], meaning: "a body inside another", color: "#7f7f7f" },
  PARTY_TO: { from: ["State", "Organisation"], to: ["Agreement"], meaning: "a side of an agreement or ceasefire", color: "#bcbd22" },
  PARTICIPATED_IN: { from: ACTOR, to: ["Event"], meaning: "took part in a war, clash, meeting", color: "#e377c2" },
  MENTIONS: { from: ["Article"], to: ["Person", "State", "Organisation", "Agreement", "Event", "Place"], meaning: "the article names the node", color: "#dddddd" },
};

/** One sentence that states a relationship, and the article it is in. */
export const Evidence = z.object({
  article: z.string().min(1),
  sentence: z.string(),
  /** the date the sentence gives for the fact, where it gives one */
  date: IsoDate.nullable().optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const GraphEdge = z.object({
  id: z.string().min(1),
  type: RelType,
  source: z.string().min(1),
  target: z.string().min(1),
  evidence: z.array(Evidence),
  /** the earliest date its evidence gives */
  date: IsoDate.nullable().optional(),
  /** REPRESENTS: the title held */
  role: z.string().optional(),
  /** ACCUSED: what of */
  of: z.string().optional(),
  /** CALLED_ON: what was asked */
  demand: z.string().optional(),
});
export type GraphEdge = z.infer<typeof GraphEdge>;

/** A relationship's id depends only on what it connects, so the same fact stated twice is one edge. */
export const edgeId = (type: RelType, source: string, target: string): string => `${type}:${source}->${target}`;
