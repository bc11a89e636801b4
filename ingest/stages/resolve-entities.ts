// Stage: every mention → the entity it stands for, one node per real thing however it is spelled: gazetteer ids first,
// then names the article itself established (surnames, titles, acronyms), then agreements and events matched to known
// ones or named from their head, date and parties; capitals resolve to their state, "the parties" to the conflict's sides.
import type { EntityNode } from "../../graph-schema/index.ts";
import { mention, type Doc, type HappeningPhrase, type Mention, type Sentence, type Token } from "../document.ts";
import { displayDate, sameNameWord, slugify, withoutMiddleInitials } from "../names.ts";
import { fold } from "../nlp.ts";
import type { Gazetteer } from "../gazetteer/load-gazetteer.ts";
import { baseCandidates } from "../lexicon/word-forms.ts";
import type { Resources } from "../resources.ts";
import { matchHappening } from "../gazetteer/match-happening.ts";

type Label = EntityNode["label"];
const PREFIX: Record<Label, string> = { Person: "person", State: "state", Organisation: "org", Agreement: "agreement", Event: "event", Place: "place" };
export const entityId = (label: Label, key: string) => `${PREFIX[label]}:${key}`;

interface PersonInfo {
  id: string;
  title?: string;
  state?: string;
}

export function resolveEntities(doc: Doc, res: Resources): Doc {
  const g = res.gazetteer;
  const entities = new Map<string, EntityNode>();
  const mentions = doc.mentions.map(mention);
  const grouped = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = grouped.get(m.sentence);
    if (list) list.push(m);
    else grouped.set(m.sentence, [m]);
  }
  const bySentence = (i: number) => grouped.get(i) ?? [];

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

  // People the article names, and who holds which office where (for "the Russian foreign minister" later).
  // one entry per person, the most recently named last (for surnames that refer back)
  const people = new Map<string, PersonInfo>();
  const holders = new Map<string, string>(); // `${title}|${state}` → person id
  const acronyms = new Map<string, string>(); // acronym → org id
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

  /** A known agreement or event named outright fits the article unless its sides or its date say otherwise. */
  const fitsArticle = (ref: string, date: string | undefined, sides: string[]): boolean => {
    const e = g.happenings.get(ref);
    if (!e) return false;
    if (e.parties.length && sides.length && !sides.some((x) => e.parties.includes(x))) return false;
    return !(date && e.date && date.slice(0, 4) !== e.date.slice(0, 4));
  };

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
      if (m.kind === "happening" && m.happening) {
        const h = m.happening;
        // An agreement followed closely by a date is that date's agreement ("a ceasefire ... was concluded on 16 July").
        const after = (s.dates ?? []).find((d) => d.value.length === 10 && d.start >= m.end && d.start - m.end <= 12);
        if (!h.date && h.label === "Agreement" && after && !ms.some((x) => x.kind === "happening" && x.start >= m.end && x.start < after.start)) {
          h.date = after.value;
          h.specific = true;
        }
        // "In autumn 2020, ... Moscow brokered a ceasefire between Yerevan and Baku": the sentence's one year dates it
        const years = [...new Set((s.dates ?? [])
          .filter((d) => s.tokens.slice(d.start, d.end).some((t) => /^\d{4}$/.test(t.norm)))
          .filter((d) => !ms.some((x) => x !== m && x.kind === "happening" && x.start <= d.start && d.start < x.end))
          .filter((d) => Math.min(Math.abs(d.start - m.end), Math.abs(m.start - d.end)) <= 12)
          .map((d) => d.value.slice(0, 4)))];
        if (!h.date && h.specific && years.length === 1) h.date = years[0];
        for (const st of h.parties) addState(st);
        for (const b of h.brokers) {
          if (b.startsWith("state:")) addState(b.slice(6));
          else if (b.startsWith("org:")) addOrg(b.slice(4));
          // (a person broker is the person the sentence names, resolved with it)
        }
        const sideStates = doc.sides.map((x) => x.replace(/^(state|org):/, ""));
        // one round of a known happening is not that happening
        const known = h.round ? undefined : (m.ref && fitsArticle(m.ref, h.date, sideStates) ? m.ref : undefined) ?? matchHappening(h, m.text, sideStates, g);
        if (known) {
          const e = g.happenings.get(known)!;
          // "the war" names nothing by itself: only a phrase that says which one is kept as an alias
          m.entity = [add(e.label, known, e.name, h.specific ? m.text : undefined, e.date && e.date.length === 10 ? { date: e.date } : {})];
        } else if (h.brokeredBy && !h.date && !h.parties.length && !h.partyOrgs?.length && lastHappening.has(`word:${h.headText}`)) {
          // "a truce ... in a deal mediated by Qatar": the deal the article spoke of already, not another one
          m.entity = [lastHappening.get(`word:${h.headText}`)!];
        } else if (h.specific) {
          const name = h.round ? cleanAlias(m.text.replace(/^(the|a|an)\s+/i, "")) : happeningName(h, m.text, res);
          m.entity = [add(h.label, slugify(name), name, m.text, h.date?.length === 10 ? { date: h.date } : {})];
        } else if (lastHappening.has(`word:${h.headText}`) || lastHappening.has(h.head)) m.entity = [(lastHappening.get(`word:${h.headText}`) ?? lastHappening.get(h.head))!];
        // "the talks" after "talks in Moscow on 12 October" are those talks, but "the mediation" is not one dated
        // meeting: a dated meeting is taken up again only by its own word
        if (m.entity) {
          lastHappening.set(`word:${h.headText}`, m.entity[0]);
          if (!(h.head === "talks" && h.date?.length === 10 && !known)) lastHappening.set(h.head, m.entity[0]);
        }
      }
      if (m.kind === "happening" && !m.happening && m.ref && fitsArticle(m.ref, undefined, doc.sides.map((x) => x.replace(/^state:/, "")))) {
        const e = g.happenings.get(m.ref)!;
        m.entity = [add(e.label, e.id, e.name, m.text, e.date && e.date.length === 10 ? { date: e.date } : {})];
      }
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

/** How far back (in sentences) "the two men" looks; a group named by office ("the two foreign ministers") looks back
 * over the whole article, the office telling its members from the others. */
const GROUP_REACH = 3;

/** The persons a group takes up ("the two men", "both ministers"): the last ones named before it, each once, holding
 * the office the noun names, as many as its number; none unless that many are found. The subject of the group's own
 * sentence is not one of them ("Tokayev received both ministers") unless the number needs it ("A met B and C before
 * the three ministers sat down together"). */
function groupOf(m: Mention, ms: Mention[], named: { id: string; sentence: number }[], roleOf: (id: string) => string): string[] | undefined {
  const count = m.count!;
  const ids: string[] = [];
  for (let n = named.length - 1; n >= 0; n--) {
    const p = named[n];
    if (!m.title && m.sentence - p.sentence > GROUP_REACH) break;
    if (!ids.includes(p.id) && (!m.title || roleOf(p.id).includes(m.title))) ids.push(p.id);
  }
  const subject = ms.find((x) => x.kind === "person" && x.entity && x.end <= m.start);
  const others = subject ? ids.filter((id) => id !== subject.entity![0]) : ids;
  const picked = (others.length >= count ? others : ids).slice(0, count);
  return picked.length === count ? picked : undefined;
}

/** Each spelling once (build-record sorts them). */
function addAlias(e: EntityNode, alias: string): void {
  if (!e.aliases.includes(alias)) e.aliases.push(alias);
}

/** An alias as kept: no leading "the", single spaces. Most need nothing done, which one test tells. */
const UNCLEAN = /^the\s|\s\s|[^\S ]|^\s|\s$/i;
const cleanAlias = (alias: string) => (UNCLEAN.test(alias) ? alias.replace(/^the\s+/i, "").replace(/\s+/g, " ").trim() : alias);

/** Every string a word leaves with at most two of its letters deleted, itself included. */
function deletions(word: string): Set<string> {
  const out = new Set([word]);
  for (let i = 0; i < word.length; i++) {
    const one = word.slice(0, i) + word.slice(i + 1);
    out.add(one);
    for (let j = i; j < one.length; j++) out.add(one.slice(0, j) + one.slice(j + 1));
  }
  return out;
}

/** The gazetteer's surnames (by their place in `g.surnames`) under each of their deletions: two spellings at most two
 * edits apart share one (SymSpell's idea), so a misspelt name is compared with the few that may be it, not all. */
interface SurnameIndex {
  entries: [string, string[]][];
  byDeletion: Map<string, number[]>;
}
const surnameIndexes = new WeakMap<Gazetteer, SurnameIndex>();
function surnameIndex(g: Gazetteer): SurnameIndex {
  let ix = surnameIndexes.get(g);
  if (!ix) {
    ix = { entries: [...g.surnames], byDeletion: new Map() };
    ix.entries.forEach(([s], n) => {
      for (const d of deletions(fold(s))) ix!.byDeletion.set(d, [...(ix!.byDeletion.get(d) ?? []), n]);
    });
    surnameIndexes.set(g, ix);
  }
  return ix;
}

/** The gazetteer surnames within two edits of a folded surname (sameNameWord allows no more), in the gazetteer's order. */
function nearSurnames(g: Gazetteer, last: string): [string, string[]][] {
  const ix = surnameIndex(g);
  const ns = new Set<number>();
  for (const d of deletions(fold(last))) for (const n of ix.byDeletion.get(d) ?? []) ns.add(n);
  return [...ns].sort((a, b) => a - b).map((n) => ix.entries[n]);
}

/** The gazetteer people a folded surname may be (exact, then a slip of the pen). */
const surnameMatches = new WeakMap<Gazetteer, Map<string, string[]>>();
function gazetteerSurname(g: Gazetteer, last: string): string[] {
  const exact = g.surnames.get(last);
  if (exact) return exact;
  let memo = surnameMatches.get(g);
  if (!memo) surnameMatches.set(g, (memo = new Map()));
  let ids = memo.get(last);
  if (!ids) {
    // the same surnames recur across a corpus: the answer is remembered (bounded)
    if (memo.size > 100_000) memo.clear();
    ids = nearSurnames(g, last).filter(([s]) => s[0] === last[0] && Math.abs(s.length - last.length) <= 2 && sameNameWord(s, last)).flatMap(([, x]) => x);
    memo.set(last, ids);
  }
  return ids;
}

/** The state just before an office: "Russian foreign minister", "Armenia's foreign minister". */
function stateBefore(ms: Mention[], m: Mention, norms: string[]): string | undefined {
  const end = norms[m.start - 1] === "'s" ? m.start - 1 : m.start;
  const adj = ms.find((x) => x.end === end && ["adjective", "state", "capital"].includes(x.kind));
  return adj?.state;
}

/** Whether a token is a form of a verb of saying: asked of every token, so the answer is remembered per form (bounded). */
const speechMemo = new WeakMap<Set<string>, (t: Token) => boolean>();
function speechForms(speech: Set<string>): (t: Token) => boolean {
  let test = speechMemo.get(speech);
  if (!test) {
    const known = new Map<string, boolean>();
    test = (t) => {
      let is = known.get(t.norm);
      if (is === undefined) {
        if (known.size > 100_000) known.clear();
        known.set(t.norm, (is = baseCandidates(t).some((b) => speech.has(b))));
      }
      return is;
    };
    speechMemo.set(speech, test);
  }
  return test;
}

/** The actor who speaks a sentence: the one next to a verb of saying outside the quotes. */
function findSpeaker(si: number, ms: Mention[], doc: Doc, res: Resources): string | undefined {
  const s = doc.sentences[si];
  const speech = speechForms(res.lexicon.speech);
  for (let i = 0; i < s.tokens.length; i++) if (!s.quoted[i] && speech(s.tokens[i])) return speakerNear(s, ms, i);
  return undefined;
}

/** The actor next to the verb of saying at token i. */
function speakerNear(s: Sentence, ms: Mention[], i: number): string | undefined {
  const actors = ms.filter((m) => m.entity && !s.quoted[m.start] && m.kind !== "happening" && m.kind !== "place" && !m.venue);
  const before = actors.filter((m) => m.end <= i).at(-1);
  const after = actors.find((m) => m.start > i && m.start <= i + 4);
  const pick = before && i - before.end <= 3 ? before : after ?? before;
  return pick?.entity?.[0];
}

/** A name for an agreement or event the gazetteer lacks: its sides, qualifiers, head and date ("Armenia-Azerbaijan ceasefire of 16 July 2020"). */
function happeningName(h: HappeningPhrase, text: string, res: Resources): string {
  const g = res.gazetteer;
  const core = text.replace(/^(the|a|an)\s+/i, "");
  if (!h.date && !h.parties.length && !h.partyOrgs?.length) return core;
  const sides = [...h.parties.map((p) => g.states.get(p)?.name ?? p), ...(h.partyOrgs ?? []).map((o) => g.organisations.get(o)?.name ?? o)].join("-");
  // a head of several words says more than its category ("peace treaty"); one word is named by its category
  const head = h.headText.includes(" ") ? h.headText : res.lexicon.happenings.heads.find((x) => x.category === h.head)?.forms[0] ?? h.head;
  const quals = h.modifiers.filter((w) => /^[a-z-]+$/.test(w) && w !== head);
  const brokers = h.brokers.map((b) => `${g.states.get(b.slice(6))?.name ?? g.organisations.get(b.slice(4))?.name ?? g.people.get(b.slice(7))?.name ?? b}-brokered`);
  const ordinal = h.ordinal ? Object.entries(res.lexicon.happenings.ordinals).find(([, n]) => n === h.ordinal)?.[0] : undefined;
  const parts = [...brokers, sides, ordinal, ...quals, head].filter(Boolean).join(" ");
  return h.date ? `${parts} of ${displayDate(h.date)}` : parts;
}
