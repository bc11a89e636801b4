// Stage: every mention → the entity it stands for, one node per real thing however it is spelled: gazetteer ids first,
// then names the article itself established (surnames, titles, acronyms), then agreements and events matched to known
// ones or named from their head, date and parties; capitals resolve to their state, "the parties" to the conflict's sides.
import type { Doc, Mention } from "../document.ts";
import { fold } from "../nlp.ts";
import type { Resources } from "../resources.ts";
import { add, addBody, addOrg, addState, entityRegistry, slugOf, type EntityRegistry } from "./resolve-entities/entity-registry.ts";
import { groupOf } from "./resolve-entities/group-references.ts";
import { resolveHappening, type HappeningScope } from "./resolve-entities/happenings.ts";
import { stateBefore } from "./resolve-entities/office-states.ts";
import { addGazPerson, addNewPerson, articlePeople, findPerson, setPerson, type ArticlePeople } from "./resolve-entities/people.ts";
import { findSpeaker } from "./resolve-entities/speakers.ts";

const NO_MENTIONS: Mention[] = [];
const CAPITALISED_WORD = /^[\p{Lu}][\p{L}'-]+$/u;

export function resolveEntities(doc: Doc, res: Resources): Doc {
  const g = res.gazetteer;
  const reg = entityRegistry(g);
  const entities = reg.entities;
  // (find-mentions made each with mention(), so all share one shape: a spread copies it, twice as fast as field by field)
  const mentions = doc.mentions.map((m) => ({ ...m }));
  // each sentence's mentions in order, by sentence index; whether any pronoun stands for a quote's speaker
  const bySentence: Mention[][] = [];
  let speakerPronouns = false;
  for (const m of mentions) {
    const list = bySentence[m.sentence];
    if (list) list.push(m);
    else bySentence[m.sentence] = [m];
    if (m.kind === "pronoun" && m.title === "speaker") speakerPronouns = true;
  }

  const ap = articlePeople(reg);
  const { people, holders } = ap;
  const acronyms = new Map<string, string>(); // acronym → org id

  // Pass 1: everything the gazetteer names, and people named after a title.
  for (const m of mentions) {
    switch (m.kind) {
      case "state":
      case "seat":
        if (m.venue) {
          const name = m.kind === "state" && m.state ? g.states.get(m.state)!.name : m.text;
          m.entity = [add(reg, "Place", slugOf(name), name, m.text)];
        }
        else if (m.state) m.entity = [addState(reg, m.state, m.text)!];
        break;
      case "capital":
        if (m.venue) {
          const name = (m.state && g.states.get(m.state)?.capital) || m.text.replace(/^the\s+/i, "");
          m.entity = [add(reg, "Place", slugOf(name), name, m.text)];
        }
        else if (m.state) m.entity = [addState(reg, m.state, m.text)!];
        break;
      case "organisation":
        if (m.ref) m.entity = [addOrg(reg, m.ref, m.text)!];
        else {
          const name = m.text.replace(/^the\s+/i, "");
          m.entity = [add(reg, "Organisation", slugOf(name), name, m.text)];
          if (m.title) acronyms.set(m.title, m.entity[0]);
        }
        if (m.title && m.entity) entities.get(m.entity[0])!.aliases.push(m.title);
        // the body a known organisation sits in is named with it ("OSCE Minsk Group" names the OSCE)
        if (m.ref) {
          const parent = g.organisations.get(m.ref)?.partOf;
          if (parent && g.states.has(parent)) addState(reg, parent);
          else if (parent) addOrg(reg, parent);
        }
        break;
      case "body":
        if (m.state && m.body) {
          m.entity = [addBody(reg, m.state, m.body, m.text)];
          addState(reg, m.state);
        }
        break;
      case "place": {
        const p = m.ref ? g.places.get(m.ref) : undefined;
        if (p) m.entity = [add(reg, "Place", p.id, p.name, m.text)];
        break;
      }
      case "person":
        if (m.ref) {
          const p = g.people.get(m.ref)!;
          // "President Recep Tayyip Erdogan": the text gives the title, the gazetteer knows the state
          if (m.title && !m.state && m.title !== "counterpart" && !m.orgTitle) m.state = p.country;
          setPerson(ap, m, addGazPerson(reg, p.id, m.text), m.title ?? p.role, m.state ?? p.country);
        } else if (m.title && m.body !== "candidate") {
          const found = findPerson(ap, m.text);
          const id = found?.gaz ? addGazPerson(reg, found.gaz, m.text) : found?.id ?? addNewPerson(reg, m.text);
          if (!found && m.title !== "counterpart") entities.get(id)!.role = m.title;
          if (m.state && !found) entities.get(id)!.country = m.state;
          setPerson(ap, m, id, m.title, m.state);
        }
        break;
    }
  }

  // Pass 2: in reading order, names that need what came before: surnames, acronyms, offices without names,
  // counterparts, pronouns, "the parties", agreements and events.
  const happenings: HappeningScope = { doc, res, reg, last: new Map() };
  let lastPerson: string | undefined;
  // persons in reading order, with their sentence: "the two men" takes up the last ones
  const named: { id: string; sentence: number }[] = [];
  const speakerOf = new Map<number, string>();
  for (const s of doc.sentences) {
    const ms = bySentence[s.index] ?? NO_MENTIONS;
    for (const m of ms) {
      if (m.kind === "person" && !m.entity) {
        if (acronyms.has(m.text)) m.entity = [acronyms.get(m.text)!];
        else {
          const found = findPerson(ap, m.text);
          if (found) {
            const e = entities.get(found.id);
            setPerson(ap, m, found.gaz ? addGazPerson(reg, found.gaz, m.text) : add(reg, "Person", found.id.replace(/^person:/, ""), e?.name ?? m.text, m.text));
          }
        }
        // a "candidate" nobody knows stays unresolved (a capitalised phrase is not yet a name), unless it names where
        // something happened; a name a possessive introduces ("the UN's X") is a person
        if (!m.entity && m.venue && CAPITALISED_WORD.test(m.text)) {
          const name = m.text === m.text.toUpperCase() ? m.text[0] + m.text.slice(1).toLowerCase() : m.text;
          m.entity = [add(reg, "Place", slugOf(name), name, m.text)];
        } else if (!m.entity && m.body !== "candidate" && !m.venue) setPerson(ap, m, addNewPerson(reg, m.text));
      }
      if (m.kind === "person" && m.title === "counterpart" && m.entity) {
        // "his Russian counterpart Vladimir Putin": the office of the person "his" refers to, named in the sentence.
        const id = m.entity[0];
        const other = ap.order.find((p) => p.id !== id && p.title && p.title !== "counterpart" && ms.some((x) => x.entity?.[0] === p.id));
        if (other?.title) {
          m.title = other.title;
          if (m.state) holders.set(`${other.title}|${m.state}`, m.entity[0]);
        }
      }
      if (m.kind === "office") {
        // An office right before a name is that person's title, not another actor.
        if (personStartsAt(ms, m.end)) continue;
        const state = m.state ?? stateBefore(ms, m, s.norms);
        if (!state) continue;
        const holder = holders.get(`${m.title}|${state}`);
        m.entity = holder ? [holder] : [addState(reg, state)!];
        m.state = state;
      }
      if (m.kind === "side" && doc.sides.length) {
        const ids = doc.sides.map((sid) => (sid.startsWith("state:") ? addState(reg, sid.slice(6)) : entities.has(sid) ? sid : addOrg(reg, sid.slice(4))));
        if (ids.every(Boolean)) m.entity = ids as string[];
      }
      if (m.kind === "pronoun" && m.title === "person" && lastPerson) m.entity = [lastPerson];
      if (m.kind === "happening") resolveHappening(m, s, ms, happenings);
      if (m.kind === "group" && m.count) m.entity = groupOf(m, ms, named, (id) => (entities.get(id)?.role ?? people.get(id)?.title ?? "").toLowerCase());
      if (m.kind === "person" && m.entity) {
        lastPerson = m.entity[0];
        named.push({ id: lastPerson, sentence: s.index });
      }
    }
    // Reported speech: who speaks this sentence's quotes ("...," Lavrov said; Lavrov said: "..."), asked only of an
    // article with a pronoun that stands for the speaker (nothing else reads it)
    if (!speakerPronouns) continue;
    const speaker = findSpeaker(s.index, ms, doc, res) ?? (s.quoted.some(Boolean) ? speakerOf.get(s.index - 1) : undefined);
    if (speaker) speakerOf.set(s.index, speaker);
  }
  if (speakerPronouns) resolveSpeakerPronouns(doc, mentions, speakerOf, ap, reg);
  return { ...doc, mentions, entities };
}

/** Whether one of the mentions is a person starting at token k (a loop, not a closure made per office). */
function personStartsAt(ms: Mention[], k: number): boolean {
  for (let n = 0; n < ms.length; n++) if (ms[n].kind === "person" && ms[n].start === k) return true;
  return false;
}

/** "We", "our" and "us" in quotes: who speaks them, or the state a person speaking them represents. */
function resolveSpeakerPronouns(doc: Doc, mentions: Mention[], speakerOf: Map<number, string>, { people }: ArticlePeople, reg: EntityRegistry): void {
  // Quotes that span sentences take the speaker named at their end (the paragraph's attribution).
  for (let n = doc.sentences.length - 1; n >= 0; n--) {
    const s = doc.sentences[n];
    if (!speakerOf.has(s.index) && s.quoted.some(Boolean)) {
      const next = doc.sentences[s.index + 1];
      if (next && next.paragraph === s.paragraph && speakerOf.has(next.index)) speakerOf.set(s.index, speakerOf.get(next.index)!);
    }
  }
  const entities = reg.entities;
  for (const m of mentions) {
    if (m.kind !== "pronoun" || m.title !== "speaker") continue;
    const sp = speakerOf.get(m.sentence);
    if (!sp) continue;
    const first = ["we", "our", "us"].includes(fold(m.text));
    // "We" in a minister's mouth is the government: the state the speaker represents.
    const isPerson = entities.get(sp)?.label === "Person";
    const state = first && isPerson ? people.get(sp)?.state ?? entities.get(sp)?.country : undefined;
    m.entity = [state && first ? addState(reg, state)! : sp];
  }
}
