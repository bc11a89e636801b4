// Node labels of the graph (../shared/ONTOLOGY.md) and the attributes every node carries.
import { z } from "zod";

export const NODE_LABELS = ["Person", "State", "Organisation", "Agreement", "Event", "Place", "Article"] as const;
export const NodeLabel = z.enum(NODE_LABELS);
export type NodeLabel = z.infer<typeof NodeLabel>;

/** Labels that act (speak, accuse, mediate); Neo4j gives them the extra `:Actor` label. */
export const ACTOR_LABELS = ["Person", "State", "Organisation"] as const satisfies readonly NodeLabel[];
export const isActorLabel = (l: NodeLabel): boolean => (ACTOR_LABELS as readonly string[]).includes(l);

/** Label descriptions and display colours: one place for docs, the viewer's legend and GEXF colours. */
export const LABEL_META: Record<NodeLabel, { description: string; color: string }> = {
  Person: { description: "a named individual", color: "#e6550d" },
  State: { description: "a sovereign state or its government as a whole", color: "#3182bd" },
  Organisation: { description: "an international organisation, a body or ministry of a state, a group, a media outlet", color: "#31a354" },
  Agreement: { description: "a ceasefire, statement, declaration or treaty", color: "#756bb1" },
  Event: { description: "a bounded happening: a war, a clash, a meeting, an offensive", color: "#de2d26" },
  Place: { description: "a region, territory or city named as a location", color: "#8c6d31" },
  Article: { description: "a source document", color: "#969696" },
};

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");
export { IsoDate };

/** Attributes every entity node carries. `id` is stable: derived from the resolved identity, never from the order of ingest. */
export const EntityNode = z.object({
  id: z.string().min(1),
  label: NodeLabel.exclude(["Article"]),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  /** the office a person holds, where known ("Foreign Minister") */
  role: z.string().optional(),
  /** ISO-like code of the state an entity belongs to, where known (gazetteer) */
  country: z.string().optional(),
  /** the date of an agreement or event, where known */
  date: IsoDate.optional(),
});
export type EntityNode = z.infer<typeof EntityNode>;

export const ArticleNode = z.object({
  id: z.string().min(1),
  label: z.literal("Article"),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  /** the file name read (for JSON Lines: the file name and the record id) */
  source: z.string().min(1),
  title: z.string(),
  date: IsoDate.nullable(),
  url: z.string().nullable(),
});
export type ArticleNode = z.infer<typeof ArticleNode>;

export const GraphNode = z.discriminatedUnion("label", [
  ArticleNode,
  EntityNode.extend({ label: z.literal("Person") }),
  EntityNode.extend({ label: z.literal("State") }),
  EntityNode.extend({ label: z.literal("Organisation") }),
  EntityNode.extend({ label: z.literal("Agreement") }),
  EntityNode.extend({ label: z.literal("Event") }),
  EntityNode.extend({ label: z.literal("Place") }),
]);
export type GraphNode = z.infer<typeof GraphNode>;
