// Happenings: an agreement or event phrase resolved to a known one, to one the article spoke of already, or to a new
// one named from its head, sides, brokers and date.
import type { Doc, HappeningPhrase, Mention, Sentence } from "../../document.ts";
import type { Gazetteer } from "../../gazetteer/load-gazetteer.ts";
import { matchHappening } from "../../gazetteer/match-happening.ts";
import { displayDate } from "../../names.ts";
import type { Resources } from "../../resources.ts";
import { cleanAlias } from "./aliases.ts";
import { add, addOrg, addState, slugOf, type EntityRegistry } from "./entity-registry.ts";

/** A known agreement or event named outright fits the article unless its sides or its date say otherwise. */
const fitsArticle = (g: Gazetteer, ref: string, date: string | undefined, sides: string[]): boolean => {
  const e = g.happenings.get(ref);
  if (!e) return false;
  if (e.parties.length && sides.length && !sides.some((x) => e.parties.includes(x))) return false;
  return !(date && e.date && date.slice(0, 4) !== e.date.slice(0, 4));
};

/** What happenings are resolved in: the article, and the entity each category or head as written ("word:" + head)
 * named last (`last`). */
export interface HappeningScope {
  doc: Doc;
  res: Resources;
  reg: EntityRegistry;
  last: Map<string, string>;
  /** the article's sides without their prefixes, once asked for */
  sideKeys?: string[];
}

/** The entity of a happening mention in sentence `s` (its mentions `ms`), by what the article said before. */
export function resolveHappening(m: Mention, s: Sentence, ms: Mention[], scope: HappeningScope): void {
  const { doc, res, reg, last: lastHappening } = scope;
  const g = res.gazetteer;
  if (m.kind === "happening" && m.happening) {
    const h = m.happening;
    // An agreement followed closely by a date is that date's agreement ("a ceasefire ... was concluded on 16 July").
    if (!h.date && h.label === "Agreement") {
      const after = s.dates?.find((d) => d.value.length === 10 && d.start >= m.end && d.start - m.end <= 12);
      if (after && !ms.some((x) => x.kind === "happening" && x.start >= m.end && x.start < after.start)) {
        h.date = after.value;
        h.specific = true;
      }
    }
    // "In autumn 2020, ... Moscow brokered a ceasefire between Yerevan and Baku": the sentence's one year dates it
    if (!h.date && h.specific) {
      const year = sentenceYear(m, s, ms);
      if (year !== undefined) h.date = year;
    }
    for (const st of h.parties) addState(reg, st);
    for (const b of h.brokers) {
      if (b.startsWith("state:")) addState(reg, b.slice(6));
      else if (b.startsWith("org:")) addOrg(reg, b.slice(4));
      // (a person broker is the person the sentence names, resolved with it)
    }
    const sideStates = (scope.sideKeys ??= doc.sides.map((x) => x.replace(/^(state|org):/, "")));
    // one round of a known happening is not that happening
    const known = h.round ? undefined : (m.ref && fitsArticle(g, m.ref, h.date, sideStates) ? m.ref : undefined) ?? matchHappening(h, m.text, sideStates, g);
    const wordKey = `word:${h.headText}`;
    if (known) {
      const e = g.happenings.get(known)!;
      // "the war" names nothing by itself: only a phrase that says which one is kept as an alias
      m.entity = [add(reg, e.label, known, e.name, h.specific ? m.text : undefined, e.date?.length === 10 ? { date: e.date } : undefined)];
    } else if (h.brokeredBy && !h.date && !h.parties.length && !h.partyOrgs?.length && lastHappening.has(wordKey)) {
      // "a truce ... in a deal mediated by Qatar": the deal the article spoke of already, not another one
      m.entity = [lastHappening.get(wordKey)!];
    } else if (h.specific) {
      const name = h.round ? cleanAlias(m.text.replace(/^(the|a|an)\s+/i, "")) : happeningName(h, m.text, res);
      m.entity = [add(reg, h.label, slugOf(name), name, m.text, h.date?.length === 10 ? { date: h.date } : undefined)];
    } else if (lastHappening.has(wordKey) || lastHappening.has(h.head)) m.entity = [(lastHappening.get(wordKey) ?? lastHappening.get(h.head))!];
    // "the talks" after "talks in Moscow on 12 October" are those talks, but "the mediation" is not one dated
    // meeting: a dated meeting is taken up again only by its own word
    if (m.entity) {
      lastHappening.set(wordKey, m.entity[0]);
      if (!(h.head === "talks" && h.date?.length === 10 && !known)) lastHappening.set(h.head, m.entity[0]);
    }
  }
  if (m.kind === "happening" && !m.happening && m.ref && fitsArticle(g, m.ref, undefined, doc.sides.map((x) => x.replace(/^state:/, "")))) {
    const e = g.happenings.get(m.ref)!;
    m.entity = [add(reg, e.label, e.id, e.name, m.text, e.date?.length === 10 ? { date: e.date } : undefined)];
  }
}

/** The one year the sentence's dates near a happening give (none, or several, give none): dates written with a year,
 * not inside another happening's phrase, at most 12 tokens from `m`. */
function sentenceYear(m: Mention, s: Sentence, ms: Mention[]): string | undefined {
  let year: string | undefined;
  for (const d of s.dates ?? []) {
    if (!spansYear(s, d.start, d.end)) continue;
    if (ms.some((x) => x !== m && x.kind === "happening" && x.start <= d.start && d.start < x.end)) continue;
    if (Math.min(Math.abs(d.start - m.end), Math.abs(m.start - d.end)) > 12) continue;
    const y = d.value.slice(0, 4);
    if (year !== undefined && year !== y) return undefined;
    year = y;
  }
  return year;
}

/** Whether tokens `from..to` of a sentence include a year written out (four digits). */
function spansYear(s: Sentence, from: number, to: number): boolean {
  for (let i = from; i < to && i < s.tokens.length; i++) if (FOUR_DIGITS.test(s.tokens[i].norm)) return true;
  return false;
}
const FOUR_DIGITS = /^\d{4}$/;

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
