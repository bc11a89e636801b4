// The embedded store's table declarations, generated from graph-schema so no label or type is ever taken from text.
import { ACTOR_LABELS, NODE_LABELS, REL_META, REL_TYPES, type NodeLabel } from "../graph-schema/index.ts";
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

/**
 * A table the store derives rather than stores: how many articles name each pair of actors (src.id < dst.id). The
 * co-mentioned query counted them by joining MENTIONS with itself, 130-230 ms on a 10,000-article store.
 */
export const CO_MENTIONED = "CO_MENTIONED";
const coMentionedDdl = (): string =>
  `CREATE REL TABLE ${CO_MENTIONED}(${ACTOR_LABELS.flatMap((a) => ACTOR_LABELS.map((b) => `FROM ${a} TO ${b}`)).join(", ")}, articles INT64)`;

export const schemaDdl = (): string[] => [...NODE_LABELS.map(nodeTableDdl), ...REL_TYPES.map(relTableDdl), coMentionedDdl()];
