// The Neo4j store: constraints first, then UNWIND + MERGE in batches on the constrained id, retried when transient.
import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from "neo4j-driver";
import { NODE_LABELS, REL_TYPES, isActorLabel, type GraphData, type GraphNode, type NodeLabel, type RelType } from "../graph-schema/index.ts";
import type { GraphStore, Row, WriteReport } from "./graph-store.ts";
import { plainNeo4jValue, toNeo4jParam } from "./neo4j-values.ts";
import { assertReadOnly } from "./read-only-guard.ts";
import { edgeFromProps, nodeFromProps, nodeRow, relRows, type RelRow } from "./store-rows.ts";

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/** The Neo4j connection from the environment, or undefined when NEO4J_URI is not set. */
export function neo4jConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConfig | undefined {
  if (!env.NEO4J_URI) return undefined;
  return { uri: env.NEO4J_URI, user: env.NEO4J_USER || env.NEO4J_USERNAME || "neo4j", password: env.NEO4J_PASSWORD ?? "", database: env.NEO4J_DATABASE || undefined };
}

const chunks = <T>(xs: T[], n: number): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Rows per transaction: thousands, so a large load is a few hundred round trips, not a million. */
export const BATCH = 5000;
/** Our retries on top of the driver's own (maxTransactionRetryTime) when a managed transaction still fails transiently. */
export const RETRY_DELAYS_MS = [500, 1000, 2000];

/** A Neo4j failure as one line naming NEO4J_URI and what failed; `kind` lets the CLI choose its exit code. */
export class Neo4jStoreError extends Error {
  constructor(
    message: string,
    readonly kind: "unreachable" | "credentials" | "database" | "transient" | "other",
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The driver's reason without its boilerplate ("Please ensure that your database is listening ..."). */
function reason(e: unknown): string {
  const msg = String((e as Error)?.message ?? e);
  const cause = /Caused by: (.*)$/.exec(msg)?.[1];
  return (cause ?? msg).split("\n")[0].trim();
}

/** Turns what the driver threw into a Neo4jStoreError that says what to fix; other errors pass through unchanged. */
export function describeNeo4jError(e: unknown, cfg: Pick<Neo4jConfig, "uri" | "user" | "database">, doing: string): unknown {
  if (e instanceof Neo4jStoreError || !(e instanceof Neo4jError)) return e;
  const at = `Neo4j at NEO4J_URI=${cfg.uri}`;
  const code = e.code ?? "";
  if (code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED)
    return new Neo4jStoreError(`${at} is unreachable while ${doing} (${reason(e)})`, "unreachable", { cause: e });
  if (/Security\.(Unauthorized|AuthenticationRateLimit|CredentialsExpired|TokenExpired)/.test(code))
    return new Neo4jStoreError(`${at} refused the credentials of user "${cfg.user}" while ${doing} (check NEO4J_USER and NEO4J_PASSWORD)`, "credentials", { cause: e });
  if (/DatabaseNotFound|Database\.DatabaseUnavailable/.test(code) || /database does not exist/i.test(e.message))
    return new Neo4jStoreError(`${at} has no database "${cfg.database ?? "(default)"}" available while ${doing} (check NEO4J_DATABASE)`, "database", { cause: e });
  if (neo4j.isRetryableError(e)) return new Neo4jStoreError(`${at} kept failing with a transient error while ${doing}, retried ${RETRY_DELAYS_MS.length} times (${code}: ${reason(e)})`, "transient", { cause: e });
  return new Neo4jStoreError(`${at} failed while ${doing} (${code || "error"}: ${reason(e)})`, "other", { cause: e });
}

/** Runs `work`, and again after each delay while it fails with an error `retryable` accepts. */
export async function withRetries<T>(work: () => Promise<T>, retryable: (e: unknown) => boolean, delays: number[] = RETRY_DELAYS_MS, sleepFor = sleep): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      if (attempt >= delays.length || !retryable(e)) throw e;
      await sleepFor(delays[attempt]);
    }
  }
}

/** One write statement and its parameters; `rows` counts what it writes, to decide whether a write fits one transaction. */
interface Step {
  cypher: string;
  params: Record<string, unknown>;
  rows: number;
}


/** The statements that make `id` unique per label and the lookups fast; all idempotent (IF NOT EXISTS). */
export function schemaStatements(): string[] {
  return [
    ...NODE_LABELS.map((l) => `CREATE CONSTRAINT kg_${l}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`),
    `CREATE INDEX kg_Actor_id IF NOT EXISTS FOR (n:Actor) ON (n.id)`,
    `CREATE INDEX kg_Actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)`,
    ...REL_TYPES.flatMap((t) => [`CREATE INDEX kg_${t}_id IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.id)`, `CREATE INDEX kg_${t}_date IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.date)`]),
  ];
}

export const nodeMergeStatement = (label: NodeLabel): string =>
  `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row${isActorLabel(label) ? " SET n:Actor" : ""}`;

export const relMergeStatement = (type: RelType, from: NodeLabel, to: NodeLabel): string =>
  `UNWIND $rows AS row MATCH (a:${from} {id: row.source}) MATCH (b:${to} {id: row.target}) MERGE (a)-[r:${type} {id: row.props.id}]->(b) SET r += row.props`;

export class Neo4jStore implements GraphStore {
  readonly kind = "neo4j" as const;
  private driver: Driver;

  /** `batch`: rows per UNWIND transaction (default BATCH; the benchmark compares sizes). */
  constructor(
    private cfg: Neo4jConfig,
    private readonly batch = BATCH,
  ) {
    // The driver retries a failing managed transaction for up to maxTransactionRetryTime; 15 s, with our
    // RETRY_DELAYS_MS on top, keeps a Neo4j that is down from holding `kg ingest` for minutes.
    try {
      this.driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), { maxTransactionRetryTime: 15_000, connectionTimeout: 10_000 });
    } catch (e) {
      throw new Neo4jStoreError(`NEO4J_URI=${cfg.uri} is not a Neo4j address (${reason(e)}; use bolt://host:7687 or neo4j://host:7687)`, "other", { cause: e });
    }
  }

  private connected?: Promise<void>;

  /**
   * Checks once that the server answers and accepts the credentials, so a Neo4j that is down or a wrong password is
   * one clear error at once rather than a transaction retried for half a minute.
   */
  private connect(doing: string): Promise<void> {
    this.connected ??= this.driver.verifyConnectivity({ database: this.cfg.database }).then(
      () => undefined,
      (e: unknown) => {
        throw describeNeo4jError(e, this.cfg, doing);
      },
    );
    return this.connected;
  }

  /** Runs `work` with the connection checked first and the driver's errors described (NEO4J_URI, what failed). */
  private async guarded<T>(doing: string, work: () => Promise<T>): Promise<T> {
    await this.connect(doing);
    try {
      return await work();
    } catch (e) {
      throw describeNeo4jError(e, this.cfg, doing);
    }
  }

  /** A managed write transaction (the driver retries transient errors inside it), retried again with backoff if the server is away. */
  private write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return withRetries(async () => {
      const session = this.driver.session({ database: this.cfg.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite(work);
      } finally {
        await session.close();
      }
    }, (e) => neo4j.isRetryableError(e));
  }

  private async ensureSchema(): Promise<void> {
    // Schema commands cannot share a transaction with data writes, so each runs on its own.
    const session = this.driver.session({ database: this.cfg.database });
    try {
      for (const s of schemaStatements()) await session.run(s);
    } finally {
      await session.close();
    }
  }

  writeGraph(data: GraphData, opts: { changedArticles?: string[] } = {}): Promise<WriteReport> {
    return this.guarded("writing the graph", async () => {
      const t0 = performance.now();
      await this.ensureSchema();
      const { rows, skipped } = relRows(data);
      const scope = opts.changedArticles ? await this.scopeOf(opts.changedArticles, data, rows) : undefined;
      const nodes = scope ? data.nodes.filter((n) => scope.nodeIds.has(n.id)) : data.nodes;
      const rels = scope ? rows.filter((r) => scope.relIds.has(String(r.props.id))) : rows;

      // Every read happens before the first write, so the writes can run as one list.
      const steps: Step[] = [];
      for (const label of NODE_LABELS) {
        const batch = nodes.filter((n) => n.label === label).map(nodeRow);
        for (const c of chunks(batch, this.batch)) steps.push({ cypher: nodeMergeStatement(label), params: { rows: c }, rows: c.length });
      }
      const groups = new Map<string, RelRow[]>();
      for (const r of rels) {
        const k = `${r.type}|${r.fromLabel}|${r.toLabel}`;
        const g = groups.get(k);
        if (g) g.push(r);
        else groups.set(k, [r]);
      }
      for (const [key, group] of groups) {
        const [type, from, to] = key.split("|") as [RelType, NodeLabel, NodeLabel];
        const payload = group.map((r) => ({ source: r.source, target: r.target, props: r.props }));
        for (const c of chunks(payload, this.batch)) steps.push({ cypher: relMergeStatement(type, from, to), params: { rows: c }, rows: c.length });
      }
      steps.push(...(await this.staleSteps(data, rows, scope)));

      // An ingest's change usually fits one batch: then it is one transaction, all of it written or none. A larger
      // load commits batch by batch; every step is a MERGE or a delete by id, so running it again (kg load) completes it.
      if (steps.reduce((n, s) => n + s.rows, 0) <= this.batch) await this.write(async (tx) => {
        for (const s of steps) await tx.run(s.cypher, s.params);
      });
      else for (const s of steps) await this.write((tx) => tx.run(s.cypher, s.params));
      return { nodes: nodes.length, relationships: rels.length, skipped, ms: Math.round(performance.now() - t0) };
    });
  }

  /**
   * What changed articles touch: their nodes and relationships now, and those they touched before (read from
   * Neo4j), so an article's old evidence is replaced and nobody else's is disturbed.
   */
  private async scopeOf(articles: string[], data: GraphData, rows: RelRow[]) {
    const ids = new Set(articles);
    const before = await this.readRows(
      `MATCH (a:Article) WHERE a.id IN $ids OPTIONAL MATCH (a)-[:MENTIONS]->(n) RETURN collect(DISTINCT n.id) AS nodes`,
      { ids: articles },
    );
    const oldRels = await this.readRows(
      `MATCH (s)-[r]->() WHERE r.type IS NOT NULL AND (any(x IN r.evidenceArticle WHERE x IN $ids) OR (r.type = 'MENTIONS' AND s.id IN $ids)) RETURN r.id AS id`,
      { ids: articles },
    );
    // `articles` holds node ids and sources (evidence cites the source); only the ids are nodes.
    const known = new Set(data.nodes.map((n) => n.id));
    const nodeIds = new Set<string>([...articles.filter((a) => known.has(a)), ...((before[0]?.nodes as string[]) ?? [])]);
    const relIds = new Set<string>();
    for (const r of oldRels) relIds.add(String(r.id));
    for (const r of rows) {
      const arts = r.props.evidenceArticle as string[];
      if (arts.some((a) => ids.has(a)) || (r.type === "MENTIONS" && ids.has(r.source))) relIds.add(String(r.props.id));
    }
    for (const r of rows) if (relIds.has(String(r.props.id))) [r.source, r.target].forEach((n) => nodeIds.add(n));
    return { nodeIds, relIds };
  }

  /** The deletes of what Neo4j holds of our labels and types but the fold no longer has (within the scope, if given). */
  private async staleSteps(data: GraphData, rows: RelRow[], scope?: { nodeIds: Set<string>; relIds: Set<string> }): Promise<Step[]> {
    const steps: Step[] = [];
    const liveRels = new Set(rows.map((r) => String(r.props.id)));
    const liveNodes = new Set(data.nodes.map((n) => n.id));
    for (const type of REL_TYPES) {
      const stored = scope
        ? [...scope.relIds].filter((id) => id.startsWith(`${type}:`))
        : (await this.readRows(`MATCH ()-[r:${type}]->() RETURN r.id AS id`)).map((r) => String(r.id));
      const dead = stored.filter((id) => !liveRels.has(id));
      for (const c of chunks(dead, this.batch)) steps.push({ cypher: `UNWIND $ids AS id MATCH ()-[r:${type} {id: id}]->() DELETE r`, params: { ids: c }, rows: c.length });
    }
    for (const label of NODE_LABELS) {
      const stored = scope ? [...scope.nodeIds] : (await this.readRows(`MATCH (n:${label}) RETURN n.id AS id`)).map((r) => String(r.id));
      const dead = stored.filter((id) => !liveNodes.has(id));
      for (const c of chunks(dead, this.batch)) steps.push({ cypher: `MATCH (n:${label}) WHERE n.id IN $ids DETACH DELETE n`, params: { ids: c }, rows: c.length });
    }
    return steps;
  }

  private async readRows(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.cfg.database, defaultAccessMode: neo4j.session.READ });
    try {
      const res = await session.executeRead((tx) => tx.run(cypher, toNeo4jParam(params) as Record<string, unknown>));
      return res.records.map((rec) => Object.fromEntries(rec.keys.map((k) => [String(k), plainNeo4jValue(rec.get(k))])));
    } finally {
      await session.close();
    }
  }

  /** Read-only: refused lexically first, and run in a READ transaction, which Neo4j itself refuses to write in. */
  query(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    assertReadOnly(cypher);
    return this.guarded("running a query", () => this.readRows(cypher, params));
  }

  readGraph(): Promise<GraphData> {
    return this.guarded("reading the graph", () => this.readAll());
  }

  private async readAll(): Promise<GraphData> {
    const nodes: GraphNode[] = [];
    for (const label of NODE_LABELS) {
      const rows = await this.readRows(`MATCH (n:${label}) RETURN properties(n) AS p ORDER BY n.id`);
      nodes.push(...rows.map((r) => nodeFromProps({ ...(r.p as Row), label })));
    }
    const edges = [];
    for (const type of REL_TYPES) {
      const rows = await this.readRows(`MATCH (a)-[r:${type}]->(b) RETURN a.id AS s, b.id AS t, properties(r) AS p ORDER BY r.id`);
      edges.push(...rows.map((r) => edgeFromProps({ ...(r.p as Row), type }, String(r.s), String(r.t))));
    }
    return { nodes, edges };
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
