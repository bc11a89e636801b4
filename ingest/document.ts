// The document the pipeline builds, one layer per stage: raw text → clean text → sentences → mentions → entities → relations.
import type { EntityNode, Evidence, RelType } from "../graph-schema/index.ts";

/** An article as read from a file or a JSON Lines record, before any cleaning. */
export interface RawArticle {
  /** stable identity: the record id, or the file path (a changed file replaces its own record) */
  id: string;
  /** the file name read (JSON Lines: `file.jsonl#id`), as the gold contract's `source` */
  source: string;
  format: "text" | "markdown" | "html" | "jsonl";
  text: string;
  title?: string;
  /** publication date as YYYY-MM-DD, when the record or the page's metadata gives it */
  date?: string;
  url?: string;
}

/** A token of a sentence, with character offsets into the sentence text. */
export interface Token {
  text: string;
  /** lower case, accents and curly quotes folded: what dictionaries are matched against */
  norm: string;
  pos: string;
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  text: string;
  tokens: Token[];
  /** the tokens' folded forms (`norm`) as one array: most stages scan them */
  norms: string[];
  /** the date the sentence gives for what it states (resolved against the article's date) */
  date?: string | null;
  /** per token: inside quotation marks (reported speech) */
  quoted: boolean[];
  /** the paragraph (line of the clean text) the sentence is in */
  paragraph: number;
  /** most words capitalised (a headline): capitals say nothing about names here */
  titleCase: boolean;
  /** date expressions, set by find-dates */
  dates?: { start: number; end: number; value: string }[];
}

/** What a span of tokens was recognised as, before identities are resolved across the article. */
export type MentionKind =
  | "state" | "capital" | "seat" | "adjective" | "organisation" | "body" | "person" | "place"
  | "office" | "happening" | "side" | "pronoun"
  /** persons named just before, taken up by number: "the two men", "both ministers", "the three leaders" */
  | "group"
  /** a span found to be part of a longer name, dropped before resolution */
  | "absorbed";

export interface Mention {
  sentence: number;
  /** token span [start, end) */
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** gazetteer id, where the dictionary knows the thing */
  ref?: string;
  /** state id for adjectives, capitals, seats, bodies and offices */
  state?: string;
  /** office title ("Foreign Minister") for offices and persons named after one */
  title?: string;
  /** body key ("foreign-ministry") for state bodies */
  body?: string;
  /** happening features (head category, date, parties), for agreements and events */
  happening?: HappeningPhrase;
  /** persons: where the title before the name starts ("U.N. Secretary-General X": an organisation may stand before it) */
  titleStart?: number;
  /** persons: the title belongs to an organisation named with it ("the TPLF spokesman"), not to a state */
  orgTitle?: boolean;
  /** persons: a title held once ("former President"): no REPRESENTS */
  former?: boolean;
  /** set by resolution: the entity this mention stands for (may be several, for "the parties") */
  entity?: string[];
  /** the mention names a place where something happened ("in Moscow"), not an actor */
  venue?: boolean;
  /** groups: how many persons the phrase takes up ("the three leaders": 3); its `title`, the office they hold, if any */
  count?: number;
}

/** A mention with every field present, in one order: all mentions then share one shape, and the later stages, which
 * scan mentions over and over, read their fields at full speed (objects of many shapes are read several times slower). */
export const mention = (m: Pick<Mention, "sentence" | "start" | "end" | "text" | "kind"> & Partial<Mention>): Mention => ({
  sentence: m.sentence, start: m.start, end: m.end, text: m.text, kind: m.kind, ref: m.ref, state: m.state, title: m.title,
  body: m.body, happening: m.happening, titleStart: m.titleStart, orgTitle: m.orgTitle, former: m.former, entity: m.entity, venue: m.venue,
  count: m.count,
});

export interface HappeningPhrase {
  label: "Agreement" | "Event";
  /** canonical head category from the lexicon: "ceasefire", "statement", "treaty", "war", "clashes", "talks", ... */
  head: string;
  /** the head as written, folded ("peace treaty", "truce") */
  headText: string;
  /** words that qualify it ("humanitarian", "trilateral", "peace", "border") */
  modifiers: string[];
  /** states it is between or of, by id */
  parties: string[];
  /** organisations it is between, by gazetteer id ("between Israel and Hamas": "hamas"), kept apart from the states */
  partyOrgs?: string[];
  /** brokers named in the phrase itself ("Russia-brokered", "EU-mediated"), as entity ids ("state:russia", "org:european-union") */
  brokers: string[];
  /** the brokers are named after the head ("the deal mediated by X"): taken up again by its own word where the article
   * named that happening before */
  brokeredBy?: boolean;
  /** talks named by the city they were held in ("the Almaty talks", "talks in Ohrid"): a known happening must name it too */
  city?: string;
  date?: string;
  ordinal?: number;
  /** the phrase names one round or session of a recurring happening ("the 63rd round of the Geneva discussions"):
   * a happening of its own, never the whole the gazetteer knows */
  round?: boolean;
  /** the phrase has something that makes it one particular happening (a date, a name, parties) */
  specific: boolean;
}

export interface Relation {
  type: RelType;
  source: string;
  target: string;
  sentence: number;
  role?: string;
  of?: string;
  demand?: string;
}

export interface Doc {
  raw: RawArticle;
  /** the text with markup and boilerplate removed, one paragraph per line */
  text: string;
  title: string;
  date: string | null;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Map<string, EntityNode>;
  relations: Relation[];
  /** the two sides of the conflict the article is about, as entity ids ("state:armenia"), for "the parties", "both sides" */
  sides: string[];
}

export type { Evidence };
