// Aliases as kept on an entity: each spelling once, without a leading "the" or stray spaces.
import type { EntityNode } from "../../../graph-schema/index.ts";

/** Each spelling once (build-record sorts them). */
export function addAlias(e: EntityNode, alias: string): void {
  if (!e.aliases.includes(alias)) e.aliases.push(alias);
}

/** An alias as kept: no leading "the", single spaces. Most need nothing done, which one test tells. */
const UNCLEAN = /^the\s|\s\s|[^\S ]|^\s|\s$/i;
export const cleanAlias = (alias: string) => (UNCLEAN.test(alias) ? alias.replace(/^the\s+/i, "").replace(/\s+/g, " ").trim() : alias);
