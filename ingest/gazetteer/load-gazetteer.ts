// Loads the gazetteer's data files, checks them with their schemas, and indexes every surface form for matching.
import { readFileSync, existsSync } from "node:fs";
import { z } from "zod";
import { addPhrase, createTrie, type Trie } from "./phrase-dictionary.ts";
import {
  BodyEntry, HappeningEntry, NameParts, OfficeEntry, OrganisationEntry, PersonEntry, PlaceEntry, StateEntry,
} from "./schema.ts";

export interface DictEntry {
  kind: "state" | "capital" | "seat" | "adjective" | "organisation" | "body" | "person" | "place" | "office" | "happening";
  /** gazetteer id of the thing named (state id for state/capital/seat/adjective) */
  ref?: string;
  state?: string;
  title?: string;
  body?: string;
  level?: string;
  /** the form as written in the data, to tell "US" from "us" */
  form: string;
}

export interface Gazetteer {
  states: Map<string, StateEntry>;
  organisations: Map<string, OrganisationEntry>;
  people: Map<string, PersonEntry>;
  places: Map<string, PlaceEntry>;
  happenings: Map<string, HappeningEntry>;
  offices: OfficeEntry[];
  bodies: Map<string, BodyEntry>;
  /** every surface form, by its folded tokens */
  dictionary: Trie<DictEntry>;
  /** folded surname → people, for names spelled in ways the data does not list */
  surnames: Map<string, string[]>;
  /** state id → adjective used in display names ("Russian") */
  adjectiveOf: Map<string, string>;
  /** `${state}|${body}` → the organisation that body is ("sudan|armed-forces" → "sudanese-armed-forces") */
  bodyOrganisations: Map<string, string>;
  /** words that shape titles and names (name-parts.json), as sets and a trie of set phrases */
  nameParts: { officePrefixes: Set<string>; portfolioWords: Set<string>; notHappenings: Trie<true> };
}

/** British and American spellings of the words official names are made of: an organisation named one way in the data is
 * found however the text spells it ("Organisation for Security and Cooperation in Europe", "Defense Council"). */
const SPELLINGS: [RegExp, string][] = [
  [/\b(Organi|organi)sation/g, "$1zation"], [/\b(Organi|organi)zation/g, "$1sation"],
  [/\b(C|c)o-operation/g, "$1ooperation"], [/\b(C|c)ooperation/g, "$1o-operation"],
  [/\b(C|c)entre\b/g, "$1enter"], [/\b(C|c)enter\b/g, "$1entre"],
  [/\b(D|d)efence\b/g, "$1efense"], [/\b(D|d)efense\b/g, "$1efence"],
];
/** A form and its other spellings (each rule on its own and all of them together). */
export function spellingVariants(form: string): string[] {
  const out = new Set([form]);
  for (const [re, to] of SPELLINGS) for (const f of [...out]) out.add(f.replace(re, to));
  return [...out];
}

const FILES = {
  states: ["states.json", StateEntry],
  organisations: ["organisations.json", OrganisationEntry],
  people: ["people.json", PersonEntry],
  places: ["places.json", PlaceEntry],
  happenings: ["happenings.json", HappeningEntry],
  offices: ["offices.json", OfficeEntry],
  bodies: ["bodies.json", BodyEntry],
} as const;

function loadNameParts(dir: URL, phraseNorms: (s: string) => string[]): Gazetteer["nameParts"] {
  const url = new URL("name-parts.json", dir);
  const d: NameParts = existsSync(url) ? NameParts.parse(JSON.parse(readFileSync(url, "utf8"))) : { description: "", source: "", officePrefixes: [], portfolioWords: [], notHappenings: [] };
  const notHappenings = createTrie<true>();
  for (const p of d.notHappenings) addPhrase(notHappenings, phraseNorms(p), true);
  return { officePrefixes: new Set(d.officePrefixes), portfolioWords: new Set(d.portfolioWords), notHappenings };
}

function load<S extends z.ZodTypeAny>(dir: URL, file: string, schema: S): z.infer<S>[] {
  const url = new URL(file, dir);
  if (!existsSync(url)) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(url, "utf8"));
  } catch (e) {
    throw new Error(`gazetteer: ingest/gazetteer/${file} is not valid JSON (${(e as Error).message})`, { cause: e });
  }
  const parsed = z.array(schema).safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new Error(`gazetteer: ingest/gazetteer/${file} entry ${i.path.join(".")}: ${i.message}`);
  }
  return parsed.data;
}

export const GAZETTEER_DIR = new URL("./", import.meta.url);

export function loadGazetteer(phraseNorms: (s: string) => string[], dir: URL = GAZETTEER_DIR): Gazetteer {
  const states = load(dir, ...FILES.states);
  const organisations = load(dir, ...FILES.organisations);
  const people = load(dir, ...FILES.people);
  const places = load(dir, ...FILES.places);
  const happenings = load(dir, ...FILES.happenings);
  const offices = load(dir, ...FILES.offices);
  const bodies = load(dir, ...FILES.bodies);

  const dictionary = createTrie<DictEntry>();
  const add = (form: string, e: Omit<DictEntry, "form">) => {
    const norms = phraseNorms(form);
    // (e is a fresh object at every call: the form is added to it, a spread copy per entry is slow over ~100,000 entries)
    if (norms.length) addPhrase(dictionary, norms, Object.assign(e, { form }));
  };
  const adjectiveOf = new Map<string, string>();
  for (const s of states) {
    for (const f of [s.name, ...s.aliases]) add(f, { kind: "state", ref: s.id, state: s.id });
    for (const a of s.adjectives) add(a, { kind: "adjective", ref: s.id, state: s.id });
    adjectiveOf.set(s.id, s.adjectives[0] ?? s.name);
    if (s.capital) add(s.capital, { kind: "capital", ref: s.id, state: s.id });
    for (const seat of s.seats) add(seat, { kind: "seat", ref: s.id, state: s.id });
  }
  // (a form whose other spelling the data lists too is added once)
  const spelled = (forms: string[]) => [...new Set(forms.flatMap(spellingVariants))];
  for (const o of organisations) for (const f of spelled([o.name, ...o.aliases])) add(f, { kind: "organisation", ref: o.id, state: o.country });
  for (const p of places) for (const f of [p.name, ...p.aliases]) add(f, { kind: "place", ref: p.id, state: p.country });
  for (const h of happenings) for (const f of [h.name, ...h.aliases]) add(f, { kind: "happening", ref: h.id });
  for (const o of offices) for (const f of o.forms) add(f, { kind: "office", title: o.title, body: o.body, level: o.level });
  const surnames = new Map<string, string[]>();
  for (const p of people) {
    for (const f of [p.name, ...p.aliases]) add(f, { kind: "person", ref: p.id, state: p.country, title: p.role });
    const last = phraseNorms(p.name).at(-1);
    if (last) surnames.set(last, [...(surnames.get(last) ?? []), p.id]);
  }
  // State bodies combine with every state: "{adj} Foreign Ministry", "Ministry of Foreign Affairs of {state}".
  for (const b of bodies) {
    for (const s of states) {
      const fills = { adj: s.adjectives.filter((a) => !/s$/.test(a) || a === s.adjectives[0]), state: [s.name, ...s.aliases.filter((a) => a.length > 3)] };
      const forms = new Set(b.forms);
      // every "{adj} army" is also "{state}'s army"
      for (const f of b.forms) if (f.startsWith("{adj} ")) forms.add(f.replace("{adj} ", "{state}'s "));
      for (const form of forms) {
        const slot = form.includes("{adj}") ? "adj" : form.includes("{state}") ? "state" : null;
        if (!slot) continue;
        for (const v of fills[slot]) add(form.replace(`{${slot}}`, v), { kind: "body", state: s.id, body: b.key });
      }
    }
  }
  // A national organisation whose name is "<adjective> <body>" is that body of that state.
  const bodyOrganisations = new Map<string, string>();
  const norm = (x: string) => phraseNorms(x).join(" ");
  for (const o of organisations) {
    const st = o.country ? states.find((x) => x.id === o.country) : undefined;
    if (!st) continue;
    const names = new Set([o.name, ...o.aliases].map(norm));
    for (const b of bodies) {
      if (st.adjectives.some((a) => names.has(norm(`${a} ${b.name}`))) || names.has(norm(`${b.name} of ${st.name}`))) bodyOrganisations.set(`${st.id}|${b.key}`, o.id);
    }
  }
  const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
  return {
    states: byId(states), organisations: byId(organisations), people: byId(people), places: byId(places),
    happenings: byId(happenings), offices, bodies: new Map(bodies.map((b) => [b.key, b])), dictionary, surnames, adjectiveOf, bodyOrganisations,
    nameParts: loadNameParts(dir, phraseNorms),
  };
}
