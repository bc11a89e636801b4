// One article's share of the graph: its Article node, the entities it names and the relationships it states.
import { z } from "zod";
import { ArticleNode, EntityNode, GraphEdge } from "../graph-schema/index.ts";

export const ArticleRecord = z.object({
  /** bumps when the record's shape changes, so old ledgers can be told apart */
  version: z.literal(1),
  article: ArticleNode,
  /** hash of the cleaned text: an unchanged article is skipped, a changed one replaces its record */
  contentHash: z.string(),
  /** the entities the article names, with the surface forms seen in this article only */
  entities: z.array(EntityNode),
  /** relationships with this article's evidence only (MENTIONS are implied by `entities`) */
  edges: z.array(GraphEdge),
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;
