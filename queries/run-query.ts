// Runs a named query or Cypher text on the configured store: Neo4j when NEO4J_URI is set, else the embedded one.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { dataDir as defaultDataDir, embeddedPath, ensureEmbedded, LadybugStore, neo4jConfig, Neo4jStore, type GraphStore, type Row, type StoreKind } from "../store/index.ts";
import { findQuery, type NamedQuery, type QueryParam } from "./catalogue.ts";
import { resolveNameIn } from "./name-candidates.ts";

export interface QueryOptions {
  /** where the ledger and the embedded store are (default $KG_DATA, else ./data) */
  dataDir?: string;
  /** which store to ask; default: neo4j when NEO4J_URI is set, else embedded */
  store?: StoreKind;
  env?: NodeJS.ProcessEnv;
}

/** Opens the store a query should run on; the embedded one is first rebuilt if the ledger changed since it was built. */
export async function openStore(opts: QueryOptions = {}): Promise<GraphStore> {
  const env = opts.env ?? process.env;
  const cfg = neo4jConfig(env);
  const kind = opts.store ?? (cfg ? "neo4j" : "embedded");
  if (kind === "neo4j") {
    if (!cfg) throw new Error("queries: --store neo4j needs NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD)");
    return new Neo4jStore(cfg);
  }
  const dir = opts.dataDir ?? defaultDataDir(env);
  if (!existsSync(join(dir, "articles")) && !existsSync(embeddedPath(dir))) throw new Error(`queries: no graph in ${dir} (run kg ingest <files> first, or set KG_DATA)`);
  await ensureEmbedded(dir);
  return new LadybugStore(embeddedPath(dir));
}

/** The embedded store's handle is kept open for the process (one Database per path); Neo4j's driver is closed. */
async function withStore<T>(opts: QueryOptions, work: (s: GraphStore) => Promise<T>): Promise<T> {
  const store = await openStore(opts);
  try {
    return await work(store);
  } finally {
    if (store.kind === "neo4j") await store.close();
  }
}

export async function runCypher(text: string, params: Record<string, unknown> = {}, opts: QueryOptions = {}): Promise<Row[]> {
  return withStore(opts, (s) => s.query(text, params));
}

/** Checks and converts one parameter's value: names become node ids, ints and dates are checked. */
async function bindParam(q: NamedQuery, p: QueryParam, raw: unknown, store: GraphStore): Promise<unknown> {
  const bad = (why: string) => new Error(`queries: ${q.name}: parameter ${p.name} ${why}, got "${String(raw)}"`);
  switch (p.kind) {
    case "int": {
      const n = typeof raw === "number" ? raw : Number(String(raw));
      if (!Number.isInteger(n)) throw bad("takes a whole number");
      if ((p.min !== undefined && n < p.min) || (p.max !== undefined && n > p.max)) throw bad(`takes a number from ${p.min} to ${p.max}`);
      return n;
    }
    case "date":
      if (!/^\d{4}-\d{2}-\d{2}$/.test(String(raw))) throw bad("takes a date as YYYY-MM-DD");
      return String(raw);
    case "actor":
    case "entity":
      return (await resolveNameIn(store, String(raw), p.kind)).id;
    default:
      return String(raw);
  }
}

/** Runs a query of the catalogue; names given as parameters resolve through aliases ("Lavrov" finds Sergey Lavrov). */
export async function runNamedQuery(name: string, params: Record<string, unknown> = {}, opts: QueryOptions = {}): Promise<Row[]> {
  const q = findQuery(name);
  const known = new Set(q.params.map((p) => p.name));
  const unknown = Object.keys(params).filter((k) => !known.has(k));
  if (unknown.length) throw new Error(`queries: ${name} takes ${q.params.length ? q.params.map((p) => p.name).join(", ") : "no parameters"}; not ${unknown.join(", ")}`);
  return withStore(opts, async (store) => {
    const bound: Record<string, unknown> = {};
    for (const p of q.params) {
      const raw = params[p.name] ?? p.default;
      if (raw === undefined || raw === "") throw new Error(`queries: ${name} needs --param ${p.name}=... (${p.description})`);
      bound[p.name] = await bindParam(q, p, raw, store);
    }
    return store.query(q.text[store.kind], bound);
  });
}
