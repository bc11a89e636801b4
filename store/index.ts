// Where the graph lives: the article ledger and the graph folded from it.
export * from "./article-record.ts";
export * from "./article-ledger.ts";
export * from "./merge-records.ts";
export * from "./graph-io.ts";
