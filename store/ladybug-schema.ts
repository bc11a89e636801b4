// The embedded store's table declarations, generated from graph-schema so no label or type is ever taken from text.
import { NODE_LABELS, REL_META, REL_TYPES, type NodeLabel } from "../graph-schema/index.ts";
import { LIST_PROPS, propsOf, REL_PROPS } from "./store-rows.ts";

const column = (p: string) => `\`${p}\` ${LIST_PROPS.has(p) ? "STRING[]" : "STRING"}${p === "id" ? " PRIMARY KEY" : ""}`;

export function nodeTableDdl(label: NodeLabel): string {
  return `CREATE NODE TABLE ${label}(${propsOf(label).map(column).join(", ")})`;
}

/** One relationship table per type, with every FROM/TO label pair ONTOLOGY.md allows for it. */
export function relTableDdl(type: (typeof REL_TYPES)[number]): string {
  const meta = REL_META[type];
  const pairs = meta.from.flatMap((f) => meta.to.map((t) => `FROM ${f} TO ${t}`));
  const props = REL_PROPS.map((p) => `\`${p}\` ${LIST_PROPS.has(p) ? "STRING[]" : "STRING"}`);
  return `CREATE REL TABLE ${type}(${[...pairs, ...props].join(", ")})`;
}

export const schemaDdl = (): string[] => [...NODE_LABELS.map(nodeTableDdl), ...REL_TYPES.map(relTableDdl)];
