// Subgraph selection and the export formats: what `kg export` and tests use.
export * from "./export-error.ts";
export * from "./export-format.ts";
export * from "./select-subgraph.ts";
export * from "./resolve-node.ts";
export * from "./relationship-dates.ts";
export * from "./query-nodes.ts";
export * from "./formats.ts";
export * from "./write-output.ts";
export * from "./node-positions.ts";
export { writeGexf } from "./write-gexf.ts";
export { writeGraphml } from "./write-graphml.ts";
export { writeCsv, chooseArrayDelimiter, importCommand } from "./write-csv.ts";
export { writeCypher } from "./write-cypher.ts";
export { cypherString, cypherLiteral } from "./cypher-literal.ts";
