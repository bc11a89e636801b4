// Splits a whole graph (read from Neo4j) back into article records, the ledger's unit: each article with its evidence.
import { createHash } from "node:crypto";
import type { ArticleNode, EntityNode, GraphData } from "../graph-schema/index.ts";
import type { ArticleRecord } from "./article-record.ts";

/**
 * Each Article node becomes one record: the entities it MENTIONS and every relationship whose evidence cites it,
 * keeping only that article's evidence, so folding the records gives the graph back. A relationship that cites
 * no article has nowhere to live in the ledger and is left out.
 */
export function recordsFromGraph(data: GraphData): ArticleRecord[] {
  const byId = new Map(data.nodes.map((n) => [n.id, n] as const));
  const records = new Map<string, ArticleRecord>();
  for (const n of data.nodes) {
    if (n.label === "Article") records.set(n.id, { version: 1, article: n as ArticleNode, contentHash: "", entities: [], edges: [] });
  }
  for (const e of data.edges) {
    if (e.type === "MENTIONS") {
      const target = byId.get(e.target);
      if (target && target.label !== "Article") records.get(e.source)?.entities.push(target as EntityNode);
      continue;
    }
    for (const article of new Set(e.evidence.map((v) => v.article))) {
      const rec = records.get(article);
      if (!rec) continue;
      const evidence = e.evidence.filter((v) => v.article === article);
      const dates = evidence.map((v) => v.date).filter((d): d is string => !!d).sort();
      rec.edges.push({ ...e, evidence, date: dates[0] ?? null });
    }
  }
  return [...records.values()].map((r) => ({ ...r, contentHash: `neo4j:${createHash("sha1").update(JSON.stringify(r)).digest("hex")}` }));
}
