// The dates a relationship happened on, as the date filter and GEXF's timeline see them.
import type { GraphData, GraphEdge } from "../graph-schema/index.ts";

/** Article dates by both the Article node's id and its source file name, since evidence may cite either. */
export function articleDates(data: GraphData): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of data.nodes) {
    if (n.label !== "Article" || !n.date) continue;
    out.set(n.id, n.date);
    out.set(n.source, n.date);
  }
  return out;
}

/**
 * Each evidence's date: the date its sentence gives, else the publication date of its article (a statement
 * reported on a day is dated no later than that day). MENTIONS carry no evidence: they take their article's date.
 * Sorted and distinct; empty when nothing dates the relationship.
 */
export function relationshipDates(edge: GraphEdge, dates: Map<string, string>): string[] {
  const found = new Set<string>();
  for (const ev of edge.evidence) {
    const d = ev.date ?? dates.get(ev.article);
    if (d) found.add(d);
  }
  if (found.size === 0 && edge.date) found.add(edge.date);
  if (edge.type === "MENTIONS") {
    const d = dates.get(edge.source);
    if (d) found.add(d);
  }
  return [...found].sort();
}

/** Inclusive range on ISO dates (YYYY-MM-DD compares as text). */
export const inRange = (date: string, from?: string, to?: string): boolean => (!from || date >= from) && (!to || date <= to);
