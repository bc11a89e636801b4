// The one interface every graph store implements: replace its graph with the ledger's fold, and answer read-only Cypher.
import type { GraphData } from "../graph-schema/index.ts";

export type StoreKind = "embedded" | "neo4j";

/** One result row: column name to a plain JSON-able value (numbers, strings, lists, objects, null). */
export type Row = Record<string, unknown>;

export interface WriteReport {
  nodes: number;
  relationships: number;
  /** relationships left out, each with why (an endpoint missing, a label pair the schema does not allow) */
  skipped: { id: string; reason: string }[];
  ms: number;
}

export interface GraphStore {
  readonly kind: StoreKind;
  /** Makes the store hold exactly `data` (a fold of the ledger); idempotent. `changedArticles` narrows the work where the backend can. */
  writeGraph(data: GraphData, opts?: { changedArticles?: string[] }): Promise<WriteReport>;
  /** Runs read-only Cypher with parameters; a write clause is refused (ReadOnlyError). */
  query(cypher: string, params?: Record<string, unknown>): Promise<Row[]>;
  /** The whole stored graph back as plain data (for `kg load`). */
  readGraph(): Promise<GraphData>;
  close(): Promise<void>;
}
