// Finds the one node a user means by a name: its id, its name or any alias, compared case-insensitively.
import type { GraphData, GraphNode } from "../graph-schema/index.ts";
import { ExportError } from "./export-error.ts";

/** Case and accents ignored ("Azərbaycan" finds "Azerbaycan" only if spelled so; ə is a letter, not an accent). */
const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase("und").replace(/\s+/g, " ").trim();

const describe = (n: GraphNode) => `${n.id} (${n.label} "${n.name}")`;

export function resolveNode(data: GraphData, name: string): GraphNode {
  const exact = data.nodes.find((n) => n.id === name);
  if (exact) return exact;
  const key = fold(name);
  if (!key) throw new ExportError(`export: --around needs a name, got "${name}"`);
  const matches = data.nodes.filter((n) => fold(n.name) === key || n.aliases.some((a) => fold(a) === key));
  // An Article whose title happens to equal an entity's name should not make the entity ambiguous.
  const entities = matches.filter((n) => n.label !== "Article");
  const found = entities.length ? entities : matches;
  if (found.length === 1) return found[0];
  if (found.length > 1) {
    throw new ExportError(`export: "${name}" is ambiguous; it names ${found.length} nodes: ${found.map(describe).join(", ")}; pass one of these ids to --around`);
  }
  const near = data.nodes.filter((n) => n.label !== "Article" && [n.name, ...n.aliases].some((a) => fold(a).includes(key))).slice(0, 5);
  throw new ExportError(`export: no node is named "${name}"${near.length ? `; did you mean ${near.map(describe).join(", ")}?` : ""}`);
}
