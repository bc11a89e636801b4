// Stage: the document's findings as one article record: its Article node, its entities, and its relationships with
// their evidence (one edge per fact, however many sentences state it).
import { hash } from "node:crypto";
import { edgeId, type EntityNode, type GraphEdge } from "../../graph-schema/index.ts";
import type { ArticleRecord } from "../../store/article-record.ts";
import type { Doc } from "../document.ts";

// (the one-shot `hash`: a Hash object per call costs more than hashing a short text)
export const articleNodeId = (rawId: string) => `article:${hash("sha1", rawId).slice(0, 16)}`;

/** An entity as the record has it: each alias once, sorted; only the fields that are set. */
function recordEntity(e: EntityNode): EntityNode {
  const out: EntityNode = { id: e.id, label: e.label, name: e.name, aliases: [...new Set(e.aliases)].sort() };
  if (e.role !== undefined) out.role = e.role;
  if (e.country !== undefined) out.country = e.country;
  if (e.date !== undefined) out.date = e.date;
  return out;
}

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
  const entities = [...doc.entities.values()].map(recordEntity).sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    version: 1,
    article: {
      id: articleNodeId(doc.raw.id), label: "Article", name: doc.title || doc.raw.source, aliases: [],
      source: doc.raw.source, title: doc.title, date: doc.date, url: doc.raw.url ?? null,
    },
    contentHash: hash("sha1", doc.raw.text),
    entities,
    edges: [...edges.values()],
  };
}
