// The named-query catalogue and the functions that run queries on either store.
export * from "./catalogue.ts";
export * from "./resolve-name.ts";
export * from "./name-candidates.ts";
export * from "./run-query.ts";
export * from "./format-rows.ts";
export * from "./printable.ts";
