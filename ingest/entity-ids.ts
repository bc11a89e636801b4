// Entity ids: a label's prefix and a key ("state:russia", "person:sergey-lavrov"): the one place ids are spelled.
import type { EntityNode } from "../graph-schema/index.ts";

export type Label = EntityNode["label"];
const PREFIX: Record<Label, string> = { Person: "person", State: "state", Organisation: "org", Agreement: "agreement", Event: "event", Place: "place" };
export const entityId = (label: Label, key: string) => `${PREFIX[label]}:${key}`;
