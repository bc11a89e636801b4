// The article's entities, one node per real thing, and the ways of adding one: by label and key, or as the
// gazetteer's state, organisation or state body.
// (module-level functions taking the registry, not closures made per article: under tsx each closure created costs
// a defineProperty for its name)
import type { EntityNode } from "../../../graph-schema/index.ts";
import type { Gazetteer } from "../../gazetteer/load-gazetteer.ts";
import { remember } from "../../bounded-cache.ts";
import { slugify } from "../../names.ts";
import { addAlias, cleanAlias } from "./aliases.ts";
import { entityId, type Label } from "../../entity-ids.ts";

export interface EntityRegistry {
  g: Gazetteer;
  entities: Map<string, EntityNode>;
}

/** What an added node learns besides its name: each field set where given (non-empty). A gazetteer entry may be
 * passed as it is: its role and country are read. */
export interface EntityFacts {
  role?: string;
  country?: string;
  date?: string;
}

export const entityRegistry = (g: Gazetteer): EntityRegistry => ({ g, entities: new Map() });

/** The node `label`/`key` (made on first use), with `alias` and `name` among its aliases; the first name is kept. */
export function add(reg: EntityRegistry, label: Label, key: string, name: string, alias: string | undefined, facts?: EntityFacts): string {
  const id = idOf(label, key);
  let node = reg.entities.get(id);
  // every field present from the start: all nodes share one shape (later stages read their labels for every actor;
  // build-record leaves the unset ones out)
  if (!node) reg.entities.set(id, (node = { id, label, name, aliases: [], role: undefined, country: undefined, date: undefined }));
  // the node is this stage's own, so it is updated in place
  if (facts) {
    if (facts.role) node.role = facts.role;
    if (facts.country) node.country = facts.country;
    if (facts.date) node.date = facts.date;
  }
  if (alias) addAlias(node, cleanAlias(alias));
  addAlias(node, name);
  // (the node's own id, not the one just spelled: every mention of it then shares one string, hashed once by the
  // maps later stages look it up in)
  return node.id;
}

/** entityId, remembered per label (bounded): a mention's key is mostly a string whose hash is known already, where the
 * id spelled anew would be a new string to join and hash for the look-up that follows. */
const ids = new Map<Label, Map<string, string>>();
function idOf(label: Label, key: string): string {
  let byKey = ids.get(label);
  if (!byKey) ids.set(label, (byKey = new Map()));
  return byKey.get(key) ?? remember(byKey, key, entityId(label, key), 100_000);
}

export function addState(reg: EntityRegistry, sid: string, alias?: string): string | undefined {
  const s = reg.g.states.get(sid);
  return s ? add(reg, "State", sid, s.name, alias) : undefined;
}

export function addOrg(reg: EntityRegistry, oid: string, alias?: string): string | undefined {
  const o = reg.g.organisations.get(oid);
  return o ? add(reg, "Organisation", oid, o.name, alias, o) : undefined;
}

/** A state body: the gazetteer's organisation where it knows one ("Sudanese Armed Forces"), else a node of its own. */
export function addBody(reg: EntityRegistry, state: string, body: string, alias?: string): string {
  const g = reg.g;
  const known = g.bodyOrganisations.get(`${state}|${body}`);
  if (known) return addOrg(reg, known, alias)!;
  const name = `${g.adjectiveOf.get(state) ?? g.states.get(state)?.name ?? state} ${g.bodies.get(body)?.name ?? body}`;
  return add(reg, "Organisation", `${state}-${body}`, name, alias, { country: state });
}

/** slugify, remembered (bounded): the same names recur across a corpus, and slugify runs five patterns. */
const slugs = new Map<string, string>();
export const slugOf = (name: string): string => slugs.get(name) ?? remember(slugs, name, slugify(name), 100_000);
