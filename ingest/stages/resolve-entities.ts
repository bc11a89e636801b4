// Stage: every mention → the entity it stands for, one node per real thing however it is spelled: gazetteer ids first,
// then names the article itself established (surnames, titles, acronyms), then agreements and events matched to known
// ones or named from their head, date and parties; capitals resolve to their state, "the parties" to the conflict's sides.
import { mention, type Doc, type Mention } from "../document.ts";
import { slugify } from "../names.ts";
import { fold } from "../nlp.ts";
import type { Resources } from "../resources.ts";
import { entityRegistry } from "./resolve-entities/entity-registry.ts";
import { groupOf } from "./resolve-entities/group-references.ts";
import { resolveHappening } from "./resolve-entities/happenings.ts";
import { stateBefore } from "./resolve-entities/office-states.ts";
import { articlePeople } from "./resolve-entities/people.ts";
import { findSpeaker } from "./resolve-entities/speakers.ts";

export function resolveEntities(doc: Doc, res: Resources): Doc {
  const g = res.gazetteer;
  const reg = entityRegistry(g);
  const { entities, add, addState, addOrg, addBody } = reg;
  const mentions = doc.mentions.map(mention);
  const grouped = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = grouped.get(m.sentence);
    if (list) list.push(m);
    else grouped.set(m.sentence, [m]);
  }
  const bySentence = (i: number) => grouped.get(i) ?? [];

  const { people, holders, setPerson, findPerson, addNewPerson, addGazPerson } = articlePeople(g, reg);
  const acronyms = new Map<string, string>(); // acronym → org id

  // Pass 1: everything the gazetteer names, and people named after a title.
  for (const m of mentions) {
    switch (m.kind) {
      case "state":
      case "seat":
        if (m.venue) {
          const name = m.kind === "state" && m.state ? g.states.get(m.state)!.name : m.text;
          m.entity = [add("Place", slugify(name), name, m.text)];
        }
        else if (m.state) m.entity = [addState(m.state, m.text)!];
        break;
      case "capital":
        if (m.venue) {
          const name = (m.state && g.states.get(m.state)?.capital) || m.text.replace(/^the\s+/i, "");
          m.entity = [add("Place", slugify(name), name, m.text)];
        }
        else if (m.state) m.entity = [addState(m.state, m.text)!];
        break;
      case "organisation":
        if (m.ref) m.entity = [addOrg(m.ref, m.text)!];
        else {
          const name = m.text.replace(/^the\s+/i, "");
          m.entity = [add("Organisation", slugify(name), name, m.text)];
          if (m.title) acronyms.set(m.title, m.entity[0]);
        }
        if (m.title && m.entity) entities.get(m.entity[0])!.aliases.push(m.title);
        // the body a known organisation sits in is named with it ("OSCE Minsk Group" names the OSCE)
        if (m.ref) {
          const parent = g.organisations.get(m.ref)?.partOf;
          if (parent && g.states.has(parent)) addState(parent);
          else if (parent) addOrg(parent);
        }
        break;
      case "body":
        if (m.state && m.body) {
          m.entity = [addBody(m.state, m.body, m.text)];
          addState(m.state);
        }
        break;
      case "place": {
        const p = m.ref ? g.places.get(m.ref) : undefined;
        if (p) m.entity = [add("Place", p.id, p.name, m.text)];
        break;
      }
      case "person":
        if (m.ref) {
          const p = g.people.get(m.ref)!;
          // "President Recep Tayyip Erdogan": the text gives the title, the gazetteer knows the state
          if (m.title && !m.state && m.title !== "counterpart" && !m.orgTitle) m.state = p.country;
          setPerson(m, addGazPerson(p.id, m.text), m.title ?? p.role, m.state ?? p.country);
        } else if (m.title && m.body !== "candidate") {
          const found = findPerson(m.text);
          const id = found?.gaz ? addGazPerson(found.gaz, m.text) : found?.id ?? addNewPerson(m.text);
          if (!found && m.title !== "counterpart") entities.get(id)!.role = m.title;
          if (m.state && !found) entities.get(id)!.country = m.state;
          setPerson(m, id, m.title, m.state);
        }
        break;
    }
  }

  // Pass 2: in reading order, names that need what came before: surnames, acronyms, offices without names,
  // counterparts, pronouns, "the parties", agreements and events.
  const lastHappening = new Map<string, string>(); // category, or "word:" + head as written → entity id
  let lastPerson: string | undefined;
  // persons in reading order, with their sentence: "the two men" takes up the last ones
  const named: { id: string; sentence: number }[] = [];
  const speakerOf = new Map<number, string>();
  for (const s of doc.sentences) {
    const ms = bySentence(s.index);
    for (const m of ms) {
      if (m.kind === "person" && !m.entity) {
        if (acronyms.has(m.text)) m.entity = [acronyms.get(m.text)!];
        else {
          const found = findPerson(m.text);
          if (found) {
            const e = entities.get(found.id);
            setPerson(m, found.gaz ? addGazPerson(found.gaz, m.text) : add("Person", found.id.replace(/^person:/, ""), e?.name ?? m.text, m.text));
          }
        }
        // a "candidate" nobody knows stays unresolved (a capitalised phrase is not yet a name), unless it names where
        // something happened; a name a possessive introduces ("the UN's X") is a person
        if (!m.entity && m.venue && /^[\p{Lu}][\p{L}'-]+$/u.test(m.text)) {
          const name = m.text === m.text.toUpperCase() ? m.text[0] + m.text.slice(1).toLowerCase() : m.text;
          m.entity = [add("Place", slugify(name), name, m.text)];
        } else if (!m.entity && m.body !== "candidate" && !m.venue) setPerson(m, addNewPerson(m.text));
      }
      if (m.kind === "person" && m.title === "counterpart" && m.entity) {
        // "his Russian counterpart Vladimir Putin": the office of the person "his" refers to.
        const other = [...people.values()].find((p) => p.id !== m.entity![0] && p.title && p.title !== "counterpart" && mentions.some((x) => x.sentence === s.index && x.entity?.[0] === p.id));
        if (other?.title) {
          m.title = other.title;
          if (m.state) holders.set(`${other.title}|${m.state}`, m.entity[0]);
        }
      }
      if (m.kind === "office") {
        // An office right before a name is that person's title, not another actor.
        if (ms.some((x) => x.kind === "person" && x.start === m.end)) continue;
        const state = m.state ?? stateBefore(ms, m, s.norms);
        if (!state) continue;
        const holder = holders.get(`${m.title}|${state}`);
        m.entity = holder ? [holder] : [addState(state)!];
        m.state = state;
      }
      if (m.kind === "side" && doc.sides.length) {
        const ids = doc.sides.map((sid) => (sid.startsWith("state:") ? addState(sid.slice(6)) : entities.has(sid) ? sid : addOrg(sid.slice(4))));
        if (ids.every(Boolean)) m.entity = ids as string[];
      }
      if (m.kind === "pronoun" && m.title === "person" && lastPerson) m.entity = [lastPerson];
      resolveHappening(m, s, ms, doc, res, reg, lastHappening);
      if (m.kind === "group" && m.count) m.entity = groupOf(m, ms, named, (id) => (entities.get(id)?.role ?? people.get(id)?.title ?? "").toLowerCase());
      if (m.kind === "person" && m.entity) {
        lastPerson = m.entity[0];
        named.push({ id: lastPerson, sentence: s.index });
      }
    }
    // Reported speech: who speaks this sentence's quotes ("...," Lavrov said; Lavrov said: "...").
    const speaker = findSpeaker(s.index, ms, doc, res) ?? (s.quoted.some(Boolean) ? speakerOf.get(s.index - 1) : undefined);
    if (speaker) speakerOf.set(s.index, speaker);
  }
  // Quotes that span sentences take the speaker named at their end (the paragraph's attribution).
  for (const s of [...doc.sentences].reverse()) {
    if (!speakerOf.has(s.index) && s.quoted.some(Boolean)) {
      const next = doc.sentences[s.index + 1];
      if (next && next.paragraph === s.paragraph && speakerOf.has(next.index)) speakerOf.set(s.index, speakerOf.get(next.index)!);
    }
  }
  for (const m of mentions) {
    if (m.kind !== "pronoun" || m.title !== "speaker") continue;
    const sp = speakerOf.get(m.sentence);
    if (!sp) continue;
    const first = ["we", "our", "us"].includes(fold(m.text));
    // "We" in a minister's mouth is the government: the state the speaker represents.
    const isPerson = entities.get(sp)?.label === "Person";
    const state = first && isPerson ? people.get(sp)?.state ?? entities.get(sp)?.country : undefined;
    m.entity = [state && first ? addState(state)! : sp];
  }
  return { ...doc, mentions, entities };
}
