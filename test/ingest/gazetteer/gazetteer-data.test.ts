// Checks the gazetteer's data files (ingest/gazetteer/*.json): schema, unique ids and names, references, coverage.
import { readFileSync } from "node:fs";
import { z } from "zod";
import {
  BodyEntry,
  HappeningEntry,
  OfficeEntry,
  OrganisationEntry,
  PersonEntry,
  PlaceEntry,
  StateEntry,
} from "../../../ingest/gazetteer/schema.ts";

const root = new URL("../../../", import.meta.url);
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`ingest/gazetteer/${file}`, root), "utf8"));
function load<T extends z.ZodType>(file: string, schema: T): z.infer<T>[] {
  const result = z.array(schema).safeParse(read(file));
  if (!result.success) throw new Error(`${file}: ${z.prettifyError(result.error)}`);
  return result.data;
}

const states = load("states.json", StateEntry);
const organisations = load("organisations.json", OrganisationEntry);
const people = load("people.json", PersonEntry);
const places = load("places.json", PlaceEntry);
const happenings = load("happenings.json", HappeningEntry);
const offices = load("offices.json", OfficeEntry);
const bodies = load("bodies.json", BodyEntry);

/**
 * Surface forms knowingly shared by two entries of one file, with the reason. Empty today: where two entries
 * could claim a form (Congolese, Korean, Aoun, Sharif, Grigoryan), neither or only the more frequent one has it.
 */
const ALLOWED_AMBIGUITY: Record<string, string[]> = {
  "states.json": [],
  "organisations.json": [],
  "people.json": [],
  "places.json": [],
  "happenings.json": [],
};

/** Every surface form an entry answers to, lower-cased. */
function formsOf(entry: { name: string; aliases: string[] } & Record<string, unknown>): string[] {
  const extra = ["adjectives", "seats"].flatMap((key) => (Array.isArray(entry[key]) ? (entry[key] as string[]) : []));
  const capital = typeof entry.capital === "string" ? [entry.capital] : [];
  return [...new Set([entry.name, ...entry.aliases, ...extra, ...capital].map((form) => form.toLowerCase()))];
}

function collisions(file: string, entries: ({ id: string; name: string; aliases: string[] } & Record<string, unknown>)[]): string[] {
  const owner = new Map<string, string>();
  const found: string[] = [];
  for (const entry of entries) {
    for (const form of formsOf(entry)) {
      const other = owner.get(form);
      if (other !== undefined && other !== entry.id && !ALLOWED_AMBIGUITY[file].includes(form)) {
        found.push(`"${form}": ${other} / ${entry.id}`);
      }
      owner.set(form, entry.id);
    }
  }
  return found;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

const stateIds = new Set(states.map((s) => s.id));
const organisationIds = new Set(organisations.map((o) => o.id));
const personIds = new Set(people.map((p) => p.id));
const actorIds = new Set([...stateIds, ...organisationIds, ...personIds]);

describe("gazetteer data files", () => {
  test("ids are unique within each file", () => {
    for (const [file, ids] of [
      ["states.json", states.map((e) => e.id)],
      ["organisations.json", organisations.map((e) => e.id)],
      ["people.json", people.map((e) => e.id)],
      ["places.json", places.map((e) => e.id)],
      ["happenings.json", happenings.map((e) => e.id)],
      ["bodies.json", bodies.map((e) => e.key)],
      ["offices.json", offices.map((e) => e.title)],
    ] as const) {
      expect({ file, duplicates: duplicates([...ids]) }).toEqual({ file, duplicates: [] });
    }
  });

  test("no surface form names two entries of the same file", () => {
    expect(collisions("states.json", states)).toEqual([]);
    expect(collisions("organisations.json", organisations)).toEqual([]);
    expect(collisions("people.json", people)).toEqual([]);
    expect(collisions("places.json", places)).toEqual([]);
    expect(collisions("happenings.json", happenings)).toEqual([]);
  });

  test("no office form belongs to two offices, and forms are lower-case", () => {
    const forms = offices.flatMap((o) => o.forms);
    expect(duplicates(forms)).toEqual([]);
    expect(forms.filter((f) => f !== f.toLowerCase())).toEqual([]);
  });

  test("every office's body is a key in bodies.json", () => {
    const keys = new Set(bodies.map((b) => b.key));
    expect(offices.filter((o) => o.body !== undefined && !keys.has(o.body)).map((o) => o.title)).toEqual([]);
  });

  test("every body form has a slot for the state", () => {
    const bad = bodies.flatMap((b) => b.forms.filter((f) => !f.includes("{adj}") && !f.includes("{state}")));
    expect(bad).toEqual([]);
  });

  test("organisations refer to existing states and organisations", () => {
    const bad: string[] = [];
    for (const o of organisations) {
      if (o.partOf !== undefined && !stateIds.has(o.partOf) && !organisationIds.has(o.partOf)) bad.push(`${o.id} partOf ${o.partOf}`);
      if (o.partOf === o.id) bad.push(`${o.id} is part of itself`);
      if (o.country !== undefined && !stateIds.has(o.country)) bad.push(`${o.id} country ${o.country}`);
      for (const m of o.members) if (!stateIds.has(m)) bad.push(`${o.id} member ${m}`);
      if (duplicates(o.members).length > 0) bad.push(`${o.id} lists a member twice`);
    }
    expect(bad).toEqual([]);
  });

  test("people refer to existing states, organisations and offices", () => {
    const titles = new Set(offices.map((o) => o.title));
    const bad: string[] = [];
    for (const p of people) {
      if (p.country !== undefined && !stateIds.has(p.country)) bad.push(`${p.id} country ${p.country}`);
      if (p.organisation !== undefined && !organisationIds.has(p.organisation)) bad.push(`${p.id} organisation ${p.organisation}`);
      if (p.role === undefined || !titles.has(p.role)) bad.push(`${p.id} role ${p.role}`);
    }
    expect(bad).toEqual([]);
  });

  test("places and happenings refer to existing actors", () => {
    const bad: string[] = [];
    for (const p of places) if (p.country !== undefined && !stateIds.has(p.country)) bad.push(`${p.id} country ${p.country}`);
    for (const h of happenings) {
      for (const id of [...h.parties, ...h.mediators]) if (!actorIds.has(id)) bad.push(`${h.id} refers to ${id}`);
    }
    expect(bad).toEqual([]);
  });

  test("every entry cites a source", () => {
    const all = [...states, ...organisations, ...people, ...places, ...happenings, ...offices, ...bodies];
    expect(all.filter((e) => e.source.trim() === "").length).toBe(0);
  });

  test("states: every one has an adjective, and ISO codes are unique upper-case pairs", () => {
    expect(states.filter((s) => s.adjectives.length === 0).map((s) => s.id)).toEqual([]);
    const codes = states.flatMap((s) => (s.iso2 === undefined ? [] : [s.iso2]));
    expect(codes.filter((c) => !/^[A-Z]{2}$/.test(c))).toEqual([]);
    expect(duplicates(codes)).toEqual([]);
  });

  test("coverage floors", () => {
    expect(states.length).toBeGreaterThanOrEqual(195);
    for (const id of ["russia", "armenia", "azerbaijan", "united-states", "united-kingdom", "turkey", "holy-see", "palestine", "kosovo", "taiwan"]) {
      expect(stateIds.has(id)).toBe(true);
    }
    expect(organisations.length).toBeGreaterThanOrEqual(80);
    expect(organisations.find((o) => o.id === "nato")?.members.length).toBe(32);
    expect(organisations.find((o) => o.id === "european-union")?.members.length).toBe(27);
    expect(organisations.find((o) => o.id === "osce-minsk-group")?.members.sort()).toEqual(["france", "russia", "united-states"]);
    expect(people.length).toBeGreaterThanOrEqual(200);
    expect(places.length).toBeGreaterThanOrEqual(100);
    expect(happenings.length).toBeGreaterThanOrEqual(80);
    expect(offices.length).toBeGreaterThanOrEqual(30);
    expect(bodies.length).toBeGreaterThanOrEqual(8);
    for (const key of ["foreign-ministry", "defence-ministry", "presidential-administration", "parliament", "armed-forces", "embassy"]) {
      expect(bodies.some((b) => b.key === key)).toBe(true);
    }
  });

  test("the Armenia–Azerbaijan corpus resolves its core names", () => {
    const owner = (entries: { id: string; name: string; aliases: string[] }[], form: string) =>
      entries.find((e) => [e.name, ...e.aliases].some((a) => a.toLowerCase() === form.toLowerCase()))?.id;
    expect(owner(people, "Pashinian")).toBe("nikol-pashinyan");
    expect(owner(people, "Sergei Lavrov")).toBe("sergey-lavrov");
    expect(owner(places, "Nagorny Karabakh")).toBe("nagorno-karabakh");
    expect(owner(organisations, "Russian peacekeepers")).toBe("russian-peacekeeping-contingent-nk");
    expect(owner(happenings, "trilateral statement")).toBe("trilateral-statement-nov-2020");
    expect(states.find((s) => s.id === "azerbaijan")?.adjectives).toContain("Azeri");
    expect(states.find((s) => s.id === "russia")?.seats).toContain("Kremlin");
  });
});
