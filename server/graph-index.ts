// A read-only, in-memory index over the stored graph: parts of it, neighbourhoods, search, evidence and shortest paths.
import Graph from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted";
import type { ArticleNode, GraphData, GraphEdge, GraphNode } from "../graph-schema/index.ts";
import { rankMatches } from "../viewer/search-rank.ts";
import type { ApiArticle, ApiEdge, ApiNode, GraphPart, NodeDetails, PathResult, SearchHit } from "./api-types.ts";

/** MENTIONS links every article to everything it names: it would swamp degree and make every path two hops long. */
const counts = (e: GraphEdge) => e.type !== "MENTIONS";

const safeUrl = (u: string | null): string | null => (u && /^https?:\/\//i.test(u) ? u : null);

export class GraphIndex {
  private nodes = new Map<string, GraphNode>();
  private edges = new Map<string, GraphEdge>();
  private degree = new Map<string, number>();
  private incident = new Map<string, string[]>();
  /** actors and things joined by any relationship but MENTIONS, undirected and simple, for paths */
  private paths = new Graph({ type: "undirected", multi: false });
  private pairEdge = new Map<string, string>();

  constructor(data: GraphData) {
    for (const n of data.nodes) {
      this.nodes.set(n.id, n);
      this.degree.set(n.id, 0);
      this.incident.set(n.id, []);
    }
    for (const e of data.edges) {
      if (!this.nodes.has(e.source) || !this.nodes.has(e.target)) continue;
      this.edges.set(e.id, e);
      this.incident.get(e.source)!.push(e.id);
      if (e.target !== e.source) this.incident.get(e.target)!.push(e.id);
      if (!counts(e)) continue;
      this.degree.set(e.source, this.degree.get(e.source)! + 1);
      this.degree.set(e.target, this.degree.get(e.target)! + 1);
      if (e.source === e.target) continue;
      this.paths.mergeNode(e.source);
      this.paths.mergeNode(e.target);
      this.paths.mergeEdge(e.source, e.target);
      const key = [e.source, e.target].sort().join("\u0000");
      if (!this.pairEdge.has(key)) this.pairEdge.set(key, e.id);
    }
  }

  get size() {
    return { nodes: this.nodes.size, edges: this.edges.size };
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  apiNode(id: string): ApiNode {
    const n = this.nodes.get(id)!;
    const out: ApiNode = { id, label: n.label, name: n.name, aliases: n.aliases, degree: this.degree.get(id) ?? 0 };
    if ("role" in n && n.role) out.role = n.role;
    return out;
  }

  private apiEdge(e: GraphEdge): ApiEdge {
    return { id: e.id, type: e.type, source: e.source, target: e.target, date: e.date ?? null };
  }

  /** The nodes given, and every edge between two of them. */
  private induced(ids: Iterable<string>, truncated: boolean): GraphPart {
    const keep = new Set(ids);
    const nodes = [...keep].map((id) => this.apiNode(id));
    const edges: ApiEdge[] = [];
    for (const e of this.edges.values()) if (keep.has(e.source) && keep.has(e.target)) edges.push(this.apiEdge(e));
    return { nodes, edges, total: this.size, truncated };
  }

  /** The whole graph, or its `limit` best-connected nodes (ties by id, so the part is stable). */
  part(limit: number): GraphPart {
    if (this.nodes.size <= limit) return this.induced(this.nodes.keys(), false);
    const ids = [...this.nodes.keys()].sort((a, b) => this.degree.get(b)! - this.degree.get(a)! || (a < b ? -1 : 1));
    return this.induced(ids.slice(0, limit), true);
  }

  /** A node, its direct neighbours and the edges among them. */
  neighbourhood(id: string, limit: number): GraphPart {
    const ids = new Set([id]);
    const others = new Set<string>();
    for (const eid of this.incident.get(id) ?? []) {
      const e = this.edges.get(eid)!;
      others.add(e.source === id ? e.target : e.source);
    }
    const sorted = [...others].sort((a, b) => this.degree.get(b)! - this.degree.get(a)! || (a < b ? -1 : 1));
    for (const o of sorted.slice(0, limit)) ids.add(o);
    const part = this.induced(ids, sorted.length > limit);
    return part;
  }

  search(query: string, limit: number): SearchHit[] {
    const items = [...this.nodes.values()].map((n) => ({ id: n.id, name: n.name, aliases: n.aliases, degree: this.degree.get(n.id)! }));
    return rankMatches(items, query, limit).map((r) => {
      const n = this.nodes.get(r.id)!;
      return { id: r.id, name: n.name, label: n.label, matched: r.matched };
    });
  }

  private article(id: string): ApiArticle {
    const a = this.nodes.get(id) as ArticleNode | undefined;
    if (!a || a.label !== "Article") return { id, title: id, date: null, url: null, source: id };
    return { id, title: a.title || a.name, date: a.date, url: safeUrl(a.url), source: a.source };
  }

  /** A node and every relationship it takes part in, with the sentences and articles behind each. */
  details(id: string): NodeDetails {
    const relationships = (this.incident.get(id) ?? []).map((eid) => {
      const e = this.edges.get(eid)!;
      const otherId = e.source === id ? e.target : e.source;
      const other = this.nodes.get(otherId)!;
      return {
        id: e.id,
        type: e.type,
        direction: (e.source === id ? "out" : "in") as "out" | "in",
        other: { id: otherId, name: other.name, label: other.label },
        date: e.date ?? null,
        ...(e.role ? { role: e.role } : {}),
        ...(e.of ? { of: e.of } : {}),
        ...(e.demand ? { demand: e.demand } : {}),
        evidence: e.evidence.map((ev) => ({ sentence: ev.sentence, date: ev.date ?? null, article: this.article(ev.article) })),
      };
    });
    relationships.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : (a.date ?? "") < (b.date ?? "") ? -1 : 1));
    return { node: this.apiNode(id), relationships };
  }

  /** Shortest path over relationships (MENTIONS aside), ignoring direction: who is linked to whom, through whom. */
  path(from: string, to: string): PathResult {
    const empty: PathResult = { nodes: [], edges: [], part: { nodes: [], edges: [], total: this.size, truncated: false } };
    if (!this.paths.hasNode(from) || !this.paths.hasNode(to)) return from === to && this.nodes.has(from) ? { ...empty, nodes: [from], part: this.induced([from], false) } : empty;
    const nodes = bidirectional(this.paths, from, to);
    if (!nodes) return empty;
    const edges = nodes.slice(1).map((n, i) => this.pairEdge.get([nodes[i], n].sort().join("\u0000"))!);
    const part: GraphPart = { nodes: nodes.map((n) => this.apiNode(n)), edges: edges.map((e) => this.apiEdge(this.edges.get(e)!)), total: this.size, truncated: false };
    return { nodes, edges, part };
  }
}
