// Every export format, in the order `kg export --help` lists them. To add one: add a writer file and a line below.
import type { ExportFormat } from "./export-format.ts";
import { jsonFormat } from "./write-json.ts";
import { gexfFormat } from "./write-gexf.ts";
import { graphmlFormat } from "./write-graphml.ts";
import { csvFormat } from "./write-csv.ts";
import { cypherFormat } from "./write-cypher.ts";

export const FORMATS: ExportFormat[] = [jsonFormat, gexfFormat, graphmlFormat, csvFormat, cypherFormat];

export const findFormat = (name: string): ExportFormat | undefined => FORMATS.find((f) => f.name === name.toLowerCase());
