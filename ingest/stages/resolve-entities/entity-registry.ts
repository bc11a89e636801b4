// The article's entities, one node per real thing, and the ways of adding one: by label and key, or as the
// gazetteer's state, organisation or state body.
import type { EntityNode } from "../../../graph-schema/index.ts";
import type { Gazetteer } from "../../gazetteer/load-gazetteer.ts";
import { addAlias, cleanAlias } from "./aliases.ts";
import { entityId, type Label } from "../../entity-ids.ts";

export type EntityRegistry = ReturnType<typeof entityRegistry>;

export function entityRegistry(g: Gazetteer) {
  const entities = new Map<string, EntityNode>();

  const add = (label: Label, key: string, name: string, alias: string | undefined, extra: Partial<EntityNode> = {}): string => {
    const id = entityId(label, key);
    let node = entities.get(id);
    // every field present from the start: all nodes share one shape (later stages read their labels for every actor;
    // build-record leaves the unset ones out)
    if (!node) entities.set(id, (node = { id, label, name, aliases: [], role: undefined, country: undefined, date: undefined }));
    // the node is this stage's own, so it is updated in place: what `extra` adds, the first name kept
    const first = node.name;
    Object.assign(node, extra);
    node.name = first;
    if (alias) addAlias(node, cleanAlias(alias));
    addAlias(node, name);
    return id;
  };
  const addState = (sid: string, alias?: string) => {
    const s = g.states.get(sid);
    return s ? add("State", sid, s.name, alias) : undefined;
  };
  const addOrg = (oid: string, alias?: string) => {
    const o = g.organisations.get(oid);
    return o ? add("Organisation", oid, o.name, alias, o.country ? { country: o.country } : {}) : undefined;
  };
  const bodyName = (state: string, body: string) => `${g.adjectiveOf.get(state) ?? g.states.get(state)?.name ?? state} ${g.bodies.get(body)?.name ?? body}`;
  // a state body the gazetteer knows as an organisation ("Sudanese Armed Forces") is that organisation
  const addBody = (state: string, body: string, alias?: string) => {
    const known = g.bodyOrganisations.get(`${state}|${body}`);
    return known ? addOrg(known, alias)! : add("Organisation", `${state}-${body}`, bodyName(state, body), alias, { country: state });
  };
  return { entities, add, addState, addOrg, addBody };
}
