// Happenings: an agreement or event phrase resolved to a known one, to one the article spoke of already, or to a new
// one named from its head, sides, brokers and date.
import type { Doc, HappeningPhrase, Mention, Sentence } from "../../document.ts";
import type { Gazetteer } from "../../gazetteer/load-gazetteer.ts";
import { matchHappening } from "../../gazetteer/match-happening.ts";
import { displayDate, slugify } from "../../names.ts";
import type { Resources } from "../../resources.ts";
import { cleanAlias } from "./aliases.ts";
import type { EntityRegistry } from "./entity-registry.ts";

/** A known agreement or event named outright fits the article unless its sides or its date say otherwise. */
const fitsArticle = (g: Gazetteer, ref: string, date: string | undefined, sides: string[]): boolean => {
  const e = g.happenings.get(ref);
  if (!e) return false;
  if (e.parties.length && sides.length && !sides.some((x) => e.parties.includes(x))) return false;
  return !(date && e.date && date.slice(0, 4) !== e.date.slice(0, 4));
};

/** The entity of a happening mention in sentence `s` (its mentions `ms`), by what the article said before (`lastHappening`). */
export function resolveHappening(m: Mention, s: Sentence, ms: Mention[], doc: Doc, res: Resources, { add, addState, addOrg }: EntityRegistry, lastHappening: Map<string, string>): void {
  const g = res.gazetteer;
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
    const known = h.round ? undefined : (m.ref && fitsArticle(g, m.ref, h.date, sideStates) ? m.ref : undefined) ?? matchHappening(h, m.text, sideStates, g);
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
  if (m.kind === "happening" && !m.happening && m.ref && fitsArticle(g, m.ref, undefined, doc.sides.map((x) => x.replace(/^state:/, "")))) {
    const e = g.happenings.get(m.ref)!;
    m.entity = [add(e.label, e.id, e.name, m.text, e.date && e.date.length === 10 ? { date: e.date } : {})];
  }
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
