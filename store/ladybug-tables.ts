// The embedded store's tables as CSV files, ready for COPY: from a graph already folded (kg load, tests), or
// streamed from the ledger, where memory holds the distinct entities and one bucket of evidence, never the corpus.
import { join } from "node:path";
import { edgeId, isActorLabel, type ArticleNode, type EntityNode, type GraphData, type GraphEdge, type GraphNode, type NodeLabel } from "../graph-schema/index.ts";
import type { ArticleRecord } from "./article-record.ts";
import { BucketSpool } from "./bucket-spool.ts";
import { cell, CsvSink } from "./ladybug-csv.ts";
import { CO_MENTIONED } from "./ladybug-schema.ts";
import { byId, mergeEdge, mergeNode, sortEvidence } from "./merge-records.ts";
import { nodeRow, propsOf, REL_PROPS, relRowOf, type RelRow } from "./store-rows.ts";

export type TableFile =
  | { kind: "node"; label: NodeLabel; file: string; columns: readonly string[] }
  | { kind: "rel"; type: string; from: NodeLabel; to: NodeLabel; file: string; columns: readonly string[] };

export interface Tables {
  files: TableFile[];
  nodes: number;
  /** stored relationships (CO_MENTIONED, being derived, is not counted) */
  relationships: number;
  skipped: { id: string; reason: string }[];
}

const REL_COLUMNS = ["src", "dst", ...REL_PROPS] as const;

/** Collects rows into one CSV per node label and per relationship type and label pair. */
class TableWriter {
  private sink = new CsvSink();
  private files = new Map<string, TableFile>();
  nodes = 0;
  relationships = 0;
  skipped: Tables["skipped"] = [];

  constructor(private dir: string) {}

  node(n: GraphNode): void {
    const file = join(this.dir, `${n.label}.csv`);
    const columns = propsOf(n.label);
    if (!this.files.has(file)) this.files.set(file, { kind: "node", label: n.label, file, columns });
    const r = nodeRow(n);
    this.sink.row(file, columns, columns.map((p) => cell(p, r[p])));
    this.nodes++;
  }

  rel(r: RelRow | { id: string; reason: string }): void {
    if ("reason" in r) {
      this.skipped.push(r);
      return;
    }
    this.put(r.type, r.fromLabel, r.toLabel, REL_COLUMNS, [r.source, r.target, ...REL_PROPS.map((p) => cell(p, r.props[p]))]);
    this.relationships++;
  }

  coMentioned(a: { id: string; label: NodeLabel }, b: { id: string; label: NodeLabel }, articles: number): void {
    this.put(CO_MENTIONED, a.label, b.label, ["src", "dst", "articles"], [a.id, b.id, String(articles)]);
  }

  private put(type: string, from: NodeLabel, to: NodeLabel, columns: readonly string[], cells: string[]): void {
    const file = join(this.dir, `rel-${type}-${from}-${to}.csv`);
    if (!this.files.has(file)) this.files.set(file, { kind: "rel", type, from, to, file, columns });
    this.sink.row(file, columns, cells);
  }

  /** Closes the files (also on failure: the caller removes the folder). */
  close(): void {
    this.sink.close();
  }

  done(): Tables {
    this.close();
    return { files: [...this.files.values()], nodes: this.nodes, relationships: this.relationships, skipped: this.skipped };
  }
}

/** Every pair of distinct actors among `entities`, as "idA\tidB" with idA < idB. */
export function actorPairs(entities: Iterable<{ id: string; label: NodeLabel }>): string[] {
  const ids = [...new Set([...entities].filter((e) => isActorLabel(e.label)).map((e) => e.id))].sort();
  const out: string[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) out.push(`${ids[i]}\t${ids[j]}`);
  return out;
}

function writeCoMentions(w: TableWriter, counts: Map<string, number>, labelOf: (id: string) => NodeLabel | undefined): void {
  for (const [pair, n] of counts) {
    const [a, b] = pair.split("\t");
    const la = labelOf(a);
    const lb = labelOf(b);
    if (la && lb) w.coMentioned({ id: a, label: la }, { id: b, label: lb }, n);
  }
}

const count = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/** The tables of a graph already in memory. */
export function graphTables(data: GraphData, dir: string): Tables {
  const w = new TableWriter(dir);
  const labelOf = new Map(data.nodes.map((n) => [n.id, n.label] as const));
  for (const n of data.nodes) w.node(n);
  const named = new Map<string, { id: string; label: NodeLabel }[]>();
  for (const e of data.edges) {
    w.rel(relRowOf(e, (id) => labelOf.get(id)));
    const target = labelOf.get(e.target);
    if (e.type !== "MENTIONS" || !target) continue;
    const list = named.get(e.source);
    if (list) list.push({ id: e.target, label: target });
    else named.set(e.source, [{ id: e.target, label: target }]);
  }
  const counts = new Map<string, number>();
  for (const entities of named.values()) for (const p of actorPairs(entities)) count(counts, p);
  writeCoMentions(w, counts, (id) => labelOf.get(id));
  return w.done();
}

/**
 * The tables of the ledger, read one record at a time. Articles and their MENTIONS are written as they come;
 * entities are merged in memory (their number grows with the roster, not the corpus); each relationship's
 * evidence, and each co-mentioned pair, goes to a bucket on disk, and the buckets are folded one at a time.
 * The result is the graph mergeRecords would give, row for row.
 */
export function ledgerTables(records: Iterable<ArticleRecord>, dir: string, buckets: number): Tables {
  const w = new TableWriter(dir);
  const edges = new BucketSpool(dir, "edges", buckets);
  const pairs = new BucketSpool(dir, "pairs", buckets);
  try {
    const entities = new Map<string, EntityNode>();
    const articles = new Set<string>();
    for (const rec of records) {
      const art: ArticleNode = rec.article;
      w.node(art);
      articles.add(art.id);
      const seen = new Set<string>();
      for (const e of rec.entities) {
        entities.set(e.id, mergeNode(entities.get(e.id), e));
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        const mention: GraphEdge = { id: edgeId("MENTIONS", art.id, e.id), type: "MENTIONS", source: art.id, target: e.id, evidence: [] };
        w.rel(relRowOf(mention, (id) => (id === art.id ? "Article" : e.label)));
      }
      for (const p of actorPairs(rec.entities)) pairs.add(p, p);
      for (const edge of rec.edges) edges.add(edge.id, JSON.stringify(edge));
    }
    for (const e of [...entities.values()].sort(byId)) w.node(e);
    const labelOf = (id: string): NodeLabel | undefined => entities.get(id)?.label ?? (articles.has(id) ? "Article" : undefined);
    for (const lines of edges.drain()) {
      const merged = new Map<string, GraphEdge>();
      for (const line of lines) {
        const edge = JSON.parse(line) as GraphEdge;
        merged.set(edge.id, mergeEdge(merged.get(edge.id), edge));
      }
      for (const e of [...merged.values()].sort(byId)) w.rel(relRowOf(sortEvidence(e), labelOf));
    }
    for (const lines of pairs.drain()) {
      const counts = new Map<string, number>();
      for (const p of lines) count(counts, p);
      writeCoMentions(w, counts, labelOf);
    }
    return w.done();
  } finally {
    w.close();
    edges.dispose();
    pairs.dispose();
  }
}
