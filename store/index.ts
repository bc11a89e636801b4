// Where the graph lives: the article ledger and the graph folded from it.
export * from "./article-record.ts";
export * from "./article-ledger.ts";
export * from "./merge-records.ts";
export * from "./graph-io.ts";
export * from "./graph-store.ts";
export * from "./read-only-guard.ts";
export * from "./ladybug-store.ts";
export * from "./neo4j-store.ts";
export * from "./ledger-fingerprint.ts";
export * from "./sync-stores.ts";
export * from "./records-from-graph.ts";
