// The ontology's check on a relation: the labels its ends may have, a person standing for its state where only a
// state may be.
import { REL_META, type EntityNode, type RelType } from "../../../graph-schema/index.ts";
import type { Relation } from "../../document.ts";
import { entityId } from "../../entity-ids.ts";

/** Keep what the ontology allows; a person standing for a state in a state's relationship becomes the state. */
export function conform(r: Relation, entities: ReadonlyMap<string, EntityNode>): Relation | undefined {
  if (r.source === r.target) return undefined;
  let { type, source } = r;
  const sn = entities.get(source);
  const sl = sn?.label, tl = entities.get(r.target)?.label;
  if (!sl || !tl) return undefined;
  if (type === "PARTY_TO" && tl === "Event") type = "PARTICIPATED_IN";
  const meta = REL_META[type as RelType];
  if (!meta.to.includes(tl)) return undefined;
  if (!meta.from.includes(sl)) {
    const c = sl === "Person" ? sn.country : undefined;
    if (!c) return undefined;
    source = entityId("State", c);
  }
  if (source === r.target) return undefined;
  return type === r.type && source === r.source ? r : { ...r, type, source };
}
