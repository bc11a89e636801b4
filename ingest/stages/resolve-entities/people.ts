// Persons the article names: found by surname among those named already or in the gazetteer, added new otherwise,
// with the office each holds where (for "the Russian foreign minister" later).
import type { Mention } from "../../document.ts";
import type { PersonEntry } from "../../gazetteer/schema.ts";
import { sameNameWord, withoutMiddleInitials } from "../../names.ts";
import { fold } from "../../nlp.ts";
import { entityId } from "../../entity-ids.ts";
import { remember } from "../../bounded-cache.ts";
import { add, addState, slugOf, type EntityRegistry } from "./entity-registry.ts";
import { gazetteerSurname } from "./surnames.ts";

interface PersonInfo {
  id: string;
  title?: string;
  state?: string;
  /** the last word of the node's name, as surnames are matched against it */
  surname: string;
}

/** People the article names, and who holds which office where (for "the Russian foreign minister" later). */
export interface ArticlePeople {
  reg: EntityRegistry;
  people: Map<string, PersonInfo>;
  /** one entry per person, the most recently named last (for surnames that refer back) */
  order: PersonInfo[];
  holders: Map<string, string>; // `${title}|${state}` → person id
}

export const articlePeople = (reg: EntityRegistry): ArticlePeople => ({ reg, people: new Map(), order: [], holders: new Map() });

/** Mention `m` is person `id`, named with an office (`title`) of a state: the most recently named person now. */
export function setPerson(ap: ArticlePeople, m: Mention, id: string, title?: string, state?: string): void {
  m.entity = [id];
  if (state && m.state) addState(ap.reg, state);
  const prev = ap.people.get(id);
  if (prev) {
    if (!prev.title || prev.title === "counterpart") prev.title = title;
    prev.state = prev.state ?? state;
    if (ap.order.at(-1) !== prev) {
      ap.order.splice(ap.order.indexOf(prev), 1);
      ap.order.push(prev);
    }
  } else {
    const p: PersonInfo = { id, title, state, surname: lastWordOf(ap.reg.entities.get(id)?.name) };
    ap.people.set(id, p);
    ap.order.push(p);
  }
  if (title && title !== "counterpart" && state) ap.holders.set(`${title}|${state}`, id);
}

/** The last word of a name, remembered (bounded): the same people recur across a corpus. */
const lastWords = new Map<string, string>();
const lastWordOf = (name: string | undefined): string =>
  name === undefined ? "" : lastWords.get(name) ?? remember(lastWords, name, name.split(/\s+/).at(-1)!, 100_000);

/** A person by name: the gazetteer's (any spelling, slips included) or one the article named in full already. */
export function findPerson(ap: ArticlePeople, text: string): { id: string; gaz?: string } | undefined {
  const words = text.replace(/^the\s+/i, "").split(/\s+/).filter(Boolean);
  const last = fold(words.at(-1) ?? "");
  // Someone the article already named with a matching surname, the most recent first.
  for (let n = ap.order.length - 1; n >= 0; n--) {
    const p = ap.order[n];
    const e = ap.reg.entities.get(p.id);
    if (e && sameNameWord(p.surname, last) && (words.length === 1 || e.aliases.some((a) => sameNameWord(a.split(/\s+/)[0], words[0])))) return { id: p.id };
  }
  // The gazetteer, by surname (exact, then a slip of the pen): one that fits, not several.
  const candidates = gazetteerSurname(ap.reg.g, last);
  let fit: string | undefined;
  for (const pid of candidates) {
    if (words.length !== 1 && !firstNameFits(ap.reg.g.people.get(pid)!, words[0])) continue;
    if (fit !== undefined) return undefined;
    fit = pid;
  }
  return fit !== undefined ? { id: entityId("Person", fit), gaz: fit } : undefined;
}

/** A gazetteer person one of whose names of several words starts with (a spelling of) `first`. */
function firstNameFits(p: PersonEntry, first: string): boolean {
  if (firstOfSeveral(p.name, first)) return true;
  for (const a of p.aliases) if (firstOfSeveral(a, first)) return true;
  return false;
}
/** A name of several words whose first is (a spelling of) `first`. */
function firstOfSeveral(name: string, first: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && sameNameWord(words[0], first);
}

/** A person the gazetteer lacks, named as written less any middle initial. */
export function addNewPerson(reg: EntityRegistry, text: string): string {
  const name = withoutMiddleInitials(text);
  return add(reg, "Person", slugOf(name), name, text);
}

/** The gazetteer's person `pid`, with its role and country. */
export function addGazPerson(reg: EntityRegistry, pid: string, alias: string): string {
  const p = reg.g.people.get(pid)!;
  return add(reg, "Person", pid, p.name, alias, p);
}
