// The shape of the gazetteer's data files (ingest/gazetteer/*.json), checked with zod when they load.
import { z } from "zod";

/** Where an entry's facts come from (a URL or a reference work), as retext-equality's `source`. */
const Source = z.string().min(1);
const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a kebab-case id");

/** states.json: every sovereign state (and widely recognised contested ones). */
export const StateEntry = z.object({
  id: Id,
  name: z.string(),
  /** other names: official long form, short forms, transliterations, abbreviations ("US", "U.S.", "USA") */
  aliases: z.array(z.string()),
  /** adjectives and demonyms: "Russian", "Russians", "Azerbaijani", "Azeri" */
  adjectives: z.array(z.string()),
  /** the capital: used as an actor it means the state ("Moscow said") */
  capital: z.string().optional(),
  /** seats of power standing for the government ("Kremlin", "White House", "Elysee", "Downing Street") */
  seats: z.array(z.string()).default([]),
  iso2: z.string().length(2).optional(),
  source: Source,
});
export type StateEntry = z.infer<typeof StateEntry>;

/** organisations.json: international and regional organisations, their bodies, notable media and groups. */
export const OrganisationEntry = z.object({
  id: Id,
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.enum(["international", "regional", "body", "military", "media", "group", "company", "ngo"]),
  /** the organisation or state (by id) this body belongs to: PART_OF */
  partOf: Id.optional(),
  /** states (by id) that are members, or co-chairs of a group: MEMBER_OF */
  members: z.array(Id).default([]),
  /** the state (by id) a national body or outlet belongs to */
  country: Id.optional(),
  source: Source,
});
export type OrganisationEntry = z.infer<typeof OrganisationEntry>;

/** people.json: heads of state and government, foreign ministers, envoys and other frequent actors. */
export const PersonEntry = z.object({
  id: Id,
  name: z.string(),
  /** every spelling and transliteration, and the surname alone where it is unambiguous */
  aliases: z.array(z.string()),
  /** the office by its canonical title in offices.json ("President", "Foreign Minister") */
  role: z.string().optional(),
  /** the state (by id) the person represents */
  country: Id.optional(),
  /** the organisation (by id) the person represents, where not a state ("UN Secretary-General") */
  organisation: Id.optional(),
  source: Source,
});
export type PersonEntry = z.infer<typeof PersonEntry>;

/** places.json: regions, territories, cities and geographic features named as locations. */
export const PlaceEntry = z.object({
  id: Id,
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.enum(["region", "territory", "city", "border", "feature"]),
  /** the state (by id) the place lies in or is disputed by, where one */
  country: Id.optional(),
  source: Source,
});
export type PlaceEntry = z.infer<typeof PlaceEntry>;

/** happenings.json: well-known agreements and events (wars, ceasefires, treaties, formats of talks). */
export const HappeningEntry = z.object({
  id: Id,
  label: z.enum(["Agreement", "Event"]),
  name: z.string(),
  aliases: z.array(z.string()),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
  /** sides (by id): PARTY_TO for agreements, PARTICIPATED_IN for events */
  parties: z.array(Id).default([]),
  /** mediators or brokers (by id): MEDIATED */
  mediators: z.array(Id).default([]),
  source: Source,
});
export type HappeningEntry = z.infer<typeof HappeningEntry>;

/** offices.json: titles and offices in the forms the press uses, and the body an office sits in. */
export const OfficeEntry = z.object({
  /** the canonical title, as `role` on REPRESENTS ("Foreign Minister") */
  title: z.string(),
  /** lower-case surface forms: "foreign minister", "fm", "top diplomat", "minister of foreign affairs" */
  forms: z.array(z.string()),
  /** the state body the office belongs to, by its key in bodies.json ("foreign-ministry"), if any */
  body: z.string().optional(),
  /** a head of state or government speaks for the state itself */
  level: z.enum(["head-of-state", "head-of-government", "minister", "deputy", "official", "spokesperson", "envoy", "military", "legislator", "other"]),
  source: Source,
});
export type OfficeEntry = z.infer<typeof OfficeEntry>;

/** bodies.json: kinds of state body ("Foreign Ministry") that combine with any state ("Russian Foreign Ministry"). */
export const BodyEntry = z.object({
  key: Id,
  /** the display name after the state's adjective: "Foreign Ministry" gives "Russian Foreign Ministry" */
  name: z.string(),
  /** surface forms; `{adj}` and `{state}` are filled from states.json: "{adj} MFA", "Ministry of Foreign Affairs of {state}" */
  forms: z.array(z.string()),
  source: Source,
});
export type BodyEntry = z.infer<typeof BodyEntry>;

/** name-parts.json: words that shape names and titles rather than name things. */
export const NameParts = z.object({
  description: z.string(),
  source: z.string(),
  /** words that may open an office title ("Acting Assistant Secretary of State") */
  officePrefixes: z.array(z.string()),
  /** folded words a title's "for ..." may be made of besides known places, states and organisations ("for African Affairs") */
  portfolioWords: z.array(z.string()),
  /** set phrases whose head noun names no agreement or event ("prisoners of war") */
  notHappenings: z.array(z.string()),
});
export type NameParts = z.infer<typeof NameParts>;
