// Every verb of `kg`, in the order `kg --help` lists them. To add a verb: add a file here and a line below.
import type { Command } from "../command.ts";
import { ingest } from "./ingest.ts";
import { summary } from "./summary.ts";
import { exportCommand } from "./export.ts";
import { serve } from "./serve.ts";
import { query } from "./query.ts";
import { queries } from "./queries.ts";
import { load } from "./load.ts";

export const commands: Command[] = [ingest, summary, exportCommand, serve, query, queries, load];
