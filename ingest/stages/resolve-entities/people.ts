// Persons the article names: found by surname among those named already or in the gazetteer, added new otherwise,
// with the office each holds where (for "the Russian foreign minister" later).
import type { Mention } from "../../document.ts";
import type { Gazetteer } from "../../gazetteer/load-gazetteer.ts";
import { sameNameWord, slugify, withoutMiddleInitials } from "../../names.ts";
import { fold } from "../../nlp.ts";
import { entityId } from "../../entity-ids.ts";
import type { EntityRegistry } from "./entity-registry.ts";
import { gazetteerSurname } from "./surnames.ts";

interface PersonInfo {
  id: string;
  title?: string;
  state?: string;
}

export function articlePeople(g: Gazetteer, { entities, add, addState }: EntityRegistry) {
  // People the article names, and who holds which office where (for "the Russian foreign minister" later).
  // one entry per person, the most recently named last (for surnames that refer back)
  const people = new Map<string, PersonInfo>();
  const holders = new Map<string, string>(); // `${title}|${state}` → person id
  const setPerson = (m: Mention, id: string, title?: string, state?: string) => {
    m.entity = [id];
    if (state && m.state) addState(state);
    const prev = people.get(id);
    people.delete(id);
    people.set(id, { id, title: prev?.title && prev.title !== "counterpart" ? prev.title : title, state: prev?.state ?? state });
    if (title && title !== "counterpart" && state) holders.set(`${title}|${state}`, id);
  };

  /** A person by name: the gazetteer's (any spelling, slips included) or one the article named in full already. */
  const findPerson = (text: string): { id: string; gaz?: string } | undefined => {
    const words = text.replace(/^the\s+/i, "").split(/\s+/).filter(Boolean);
    const last = fold(words.at(-1) ?? "");
    // Someone the article already named with a matching surname.
    for (const p of [...people.values()].reverse()) {
      const e = entities.get(p.id);
      if (!e) continue;
      const theirLast = e.name.split(/\s+/).at(-1) ?? "";
      if (sameNameWord(theirLast, last) && (words.length === 1 || e.aliases.some((a) => sameNameWord(a.split(/\s+/)[0], words[0])))) return { id: p.id };
    }
    // The gazetteer, by surname (exact, then a slip of the pen).
    const candidates = gazetteerSurname(g, last);
    const fits = candidates.filter((pid) => {
      const p = g.people.get(pid)!;
      if (words.length === 1) return true;
      return [p.name, ...p.aliases].some((a) => a.split(/\s+/).length > 1 && sameNameWord(a.split(/\s+/)[0], words[0]));
    });
    if (fits.length === 1) return { id: entityId("Person", fits[0]), gaz: fits[0] };
    return undefined;
  };
  /** A person the gazetteer lacks, named as written less any middle initial. */
  const addNewPerson = (text: string) => {
    const name = withoutMiddleInitials(text);
    return add("Person", slugify(name), name, text);
  };
  const addGazPerson = (pid: string, alias: string) => {
    const p = g.people.get(pid)!;
    return add("Person", pid, p.name, alias, { ...(p.role ? { role: p.role } : {}), ...(p.country ? { country: p.country } : {}) });
  };
  return { people, holders, setPerson, findPerson, addNewPerson, addGazPerson };
}
