// Stage: the document's findings as one article record: its Article node, its entities, and its relationships with
// their evidence (one edge per fact, however many sentences state it).
import { createHash } from "node:crypto";
import { edgeId, type GraphEdge } from "../../graph-schema/index.ts";
import type { ArticleRecord } from "../../store/article-record.ts";
import type { Doc } from "../document.ts";

export const articleNodeId = (rawId: string) => `article:${createHash("sha1").update(rawId).digest("hex").slice(0, 16)}`;

export function buildRecord(doc: Doc): ArticleRecord {
  const edges = new Map<string, GraphEdge>();
  for (const r of doc.relations) {
    const s = doc.sentences[r.sentence];
    const id = edgeId(r.type, r.source, r.target);
    const ev = { article: doc.raw.source, sentence: s.text, date: s.date ?? null };
    const prev = edges.get(id);
    if (prev) {
      if (!prev.evidence.some((e) => e.sentence === ev.sentence)) prev.evidence.push(ev);
      prev.date = prev.date ?? ev.date;
      continue;
    }
    edges.set(id, {
      id, type: r.type, source: r.source, target: r.target, evidence: [ev], date: ev.date,
      ...(r.role ? { role: r.role } : {}), ...(r.of ? { of: r.of } : {}), ...(r.demand ? { demand: r.demand } : {}),
    });
  }
  const entities = [...doc.entities.values()].map((e) => ({ ...e, aliases: [...new Set(e.aliases)].sort() })).sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    version: 1,
    article: {
      id: articleNodeId(doc.raw.id), label: "Article", name: doc.title || doc.raw.source, aliases: [],
      source: doc.raw.source, title: doc.title, date: doc.date, url: doc.raw.url ?? null,
    },
    contentHash: createHash("sha1").update(doc.raw.text).digest("hex"),
    entities,
    edges: [...edges.values()],
  };
}
