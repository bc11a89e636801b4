// Happening phrases: an agreement or event around its head noun, with the qualifiers, sides, brokers, date and round
// the phrase gives it.
import { mention, type HappeningPhrase, type Mention, type Sentence } from "../../document.ts";
import { longestAfter, matchesAfter } from "../../gazetteer/phrase-dictionary.ts";
import type { Resources } from "../../resources.ts";
import { brokersAfter } from "./brokered-by.ts";
import { caseAgrees } from "./dictionary.ts";
import { triesFor, type WordStarts } from "./lexicon-index.ts";
import { roundBefore } from "./rounds.ts";
import { dateAt, isCap, mentionAt, textOf } from "./spans.ts";
import { entityId } from "../../entity-ids.ts";

const BROKER_VERBS = new Set(["broker", "brokered", "mediate", "mediated", "sponsor", "sponsored", "facilitate", "facilitated", "backed", "led"]);
/** Kinds of mention before a head that qualify it: "Russian-Turkish talks", "the Almaty talks". */
const QUALIFIER_KINDS = new Set<Mention["kind"]>(["state", "adjective", "capital", "place"]);
/** Kinds of mention that are sides of "between A and B". */
const SIDE_KINDS = new Set<Mention["kind"]>(["state", "capital", "seat", "adjective"]);
/** Words between the sides of "between A and B". */
const SIDE_JOINS = new Set(["the", "and", ",", "its", "their"]);
/** Words before a date after a head: "the ceasefire of 12 May". */
const DATE_WORDS = new Set(["of", "on", "in", "from"]);
/** Words before a place after a head: "talks in Almaty", "the dispute over Karabakh". */
const PLACE_WORDS = new Set(["over", "in", "on"]);
const ORDINAL = /^\d+(st|nd|rd|th)$/;
const YEAR = /^\d{4}$/;
/** A digit first: what ORDINAL and YEAR need, told before either pattern is run on every word left of a head. */
const digitFirst = (w: string) => w.charCodeAt(0) >= 0x30 && w.charCodeAt(0) <= 0x39;
/** A count in a compound: "five-day ceasefire", "44-day war". */
const COUNT = /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|forty-four)$/;

/** The longest name of a known agreement or event inside a phrase's span ("Russia-brokered ceasefire"). */
function knownNameIn(s: Sentence, norms: string[], starts: (WordStarts | undefined)[], start: number, end: number): string | undefined {
  let best: [number, string] | undefined;
  for (let k = start; k < end; k++) {
    // (most words open no name: no list is read for them)
    const first = starts[k]?.dictionary;
    if (!first) continue;
    const matches = matchesAfter(first, norms, k);
    for (let m = 0; m < matches.length; m++) {
      const [e, entries] = matches[m];
      if (e > end) continue;
      const h = entries.find((x) => x.kind === "happening" && caseAgrees(x, s.tokens, k, e));
      if (h && (!best || e - k > best[0])) best = [e - k, h.ref!];
    }
  }
  return best?.[1];
}

/** An agreement or event around each head noun: qualifiers and compounds before it, "between A and B" or a date after it. */
export function happeningMentions(s: Sentence, norms: string[], starts: (WordStarts | undefined)[], opens: number[], res: Resources, taken: boolean[], mentions: Mention[]): Mention[] {
  const { organisationHeads, modifiers: modifierWords } = triesFor(res);
  const lex = res.lexicon.happenings;
  const toks = s.tokens;
  const out: Mention[] = [];
  // (only the words that open anything; a phrase found, the search goes on after it)
  let after = 0;
  for (const i of opens) {
    if (i < after) continue;
    const hit = longestAfter(starts[i]!.head, norms, i);
    if (!hit) continue;
    let [headEnd, [info]] = hit;
    // "ceasefire agreement", "truce extension": a head noun compounded with another of its kind is one head. English
    // compounds are headed on the right ("truce extension" is an extension), but a generic "agreement"/"deal" says
    // less than the word before it ("ceasefire agreement" is a ceasefire)
    for (let next = longestAfter(starts[headEnd]?.head, norms, headEnd); next && next[1][0].label === info.label && toks[headEnd].pos !== "VERB"; next = longestAfter(starts[headEnd]?.head, norms, headEnd)) {
      headEnd = next[0];
      if (next[1][0].category !== "agreement") info = next[1][0];
    }
    if (taken[i] && mentionAt(mentions, i)?.kind !== "adjective") continue;
    // "cease fire" as a verb, "deal with": a head must be a noun here.
    if (headEnd - i === 1 && toks[i].pos === "VERB") continue;
    // "Collective Security Treaty Organization": a capitalised head inside an organisation's name is not a happening.
    if (isCap(toks[i]) && isCap(toks[headEnd]) && organisationHeads.has(norms[headEnd])) continue;
    let start = i;
    const parties: string[] = [];
    const brokers: string[] = [];
    const modifiers: string[] = [];
    let date: string | undefined;
    let ordinal: number | undefined;
    let proper = isCap(toks[i]) && !s.titleCase && i > 0;
    let venue: string | undefined;
    const partyOrgs: string[] = [];
    let brokeredBy = false;
    let city: string | undefined;
    // Leftwards over qualifiers.
    for (let k = i - 1; k >= 0; k--) {
      const t = toks[k];
      const m = mentionAt(mentions, k);
      const dt = dateAt(s, k);
      if (dt) { date = date ?? dt.value; k = dt.start; start = k; continue; }
      if (m && m.kind === "organisation" && m.ref && norms[m.end] === "-" && BROKER_VERBS.has(norms[m.end + 1] ?? "")) {
        brokers.push(entityId("Organisation", m.ref));
        k = m.start; start = k; continue;
      }
      if (m && QUALIFIER_KINDS.has(m.kind)) {
        const isBroker = BROKER_VERBS.has(norms[m.end + 1] ?? "") && norms[m.end] === "-";
        if (m.state && m.kind !== "place") (isBroker ? brokers : parties).push(isBroker ? entityId("State", m.state) : m.state);
        if (m.kind === "place") modifiers.push(m.text);
        // "the Almaty talks", "the Ohrid meeting": talks named after the city they were held in are particular talks
        if (m.kind === "place" && info.category === "talks" && m.ref && res.gazetteer.places.get(m.ref)?.kind === "city") { proper = true; city = m.text; }
        k = m.start; start = k; continue;
      }
      if (t.text === "-" || BROKER_VERBS.has(t.norm) && norms[k - 1] === "-") { start = k; continue; }
      if (lex.ordinals[t.norm] !== undefined) { ordinal = lex.ordinals[t.norm]; start = k; continue; }
      if (digitFirst(t.norm) && ORDINAL.test(t.norm)) { ordinal = parseInt(t.norm, 10); start = k; continue; }
      if (modifierWords.has(t.norm) || (t.pos === "NUM" && norms[k + 1] === "-")) { modifiers.push(t.norm); start = k; continue; }
      if (digitFirst(t.norm) && YEAR.test(t.norm)) { date = date ?? t.norm; start = k; continue; }
      if (norms[k + 1] === "-" && COUNT.test(t.norm)) { modifiers.push(t.norm); start = k; continue; }
      if (isCap(t) && !s.titleCase && t.pos === "PROPN" && !taken[k]) { proper = true; modifiers.push(t.text); start = k; continue; }
      break;
    }
    let end = headEnd;
    // Rightwards: "of/on <date>", "between A and B", "over/in <place>", "in <year>".
    for (;;) {
      const w = norms[end];
      // (the date is looked for only after a word that may open one)
      const dt = DATE_WORDS.has(w) ? dateAt(s, end + 1) : undefined;
      if (dt && dt.start === end + 1) { date = date ?? dt.value; end = dt.end; continue; }
      if (w === "between" || w === "among") {
        let k = end + 1;
        const found: string[] = [];
        const orgs: string[] = [];
        while (k < toks.length) {
          if (SIDE_JOINS.has(norms[k])) { k++; continue; }
          const m = mentionAt(mentions, k);
          if (m && m.state && SIDE_KINDS.has(m.kind)) { found.push(m.state); k = m.end; continue; }
          // "between Israel and Hamas": a group or organisation the gazetteer knows is a side too
          if (m && m.ref && m.kind === "organisation") { orgs.push(m.ref); k = m.end; continue; }
          break;
        }
        if (found.length + orgs.length >= 2) { parties.push(...found); partyOrgs.push(...orgs); end = k; continue; }
        break;
      }
      if (PLACE_WORDS.has(w)) {
        const k = norms[end + 1] === "the" ? end + 2 : end + 1;
        const m = mentionAt(mentions, k);
        if (m && m.start === k && m.kind === "place") {
          modifiers.push(m.text);
          end = m.end;
          // "talks in Almaty": talks in a city that is no seat of government are particular talks (talks in capitals recur)
          if (w === "in" && info.category === "talks" && m.ref && res.gazetteer.places.get(m.ref)?.kind === "city") { proper = true; city = m.text; }
          continue;
        }
        // "talks in Moscow on 12 October": a city where talks were held is part of which talks they were
        if (m && m.start === k && w === "in" && m.kind === "capital" && info.category === "talks" && norms[m.end] !== "'s") { venue = m.text; end = m.end; continue; }
      }
      // "the deal mediated by Georgian Prime Minister X", "a truce brokered by Qatar and Egypt": the brokers make it particular
      if (BROKERED.has(w) && norms[end + 1] === "by") {
        const b = brokersAfter(s, norms, res, mentions, end + 2);
        if (b) { brokers.push(...b.ids); brokeredBy = true; end = b.end; continue; }
        break;
      }
      break;
    }
    // (fields set one by one in the record's order: spreading optional parts made objects per phrase)
    const phrase = { label: info.label, head: info.category, headText: s.text.slice(toks[i].start, toks[headEnd - 1].end).toLowerCase(), modifiers: modifiers.reverse(), parties: distinct(parties) } as HappeningPhrase;
    if (partyOrgs.length) phrase.partyOrgs = distinct(partyOrgs);
    phrase.brokers = distinct(brokers);
    if (brokeredBy) phrase.brokeredBy = brokeredBy;
    if (city) phrase.city = city;
    phrase.date = date;
    phrase.ordinal = ordinal;
    // a venue alone does not make talks particular ("talks in Moscow" recur); with a date it does
    // (brokers named after the head make an agreement particular, not talks: "talks facilitated by X" recur)
    phrase.specific = !!date || parties.length > 0 || partyOrgs.length > 0 || proper || ordinal !== undefined || (brokeredBy ? info.label === "Agreement" : brokers.length > 0);
    // a venue that no date backs is not part of the phrase: "talks in Moscow" stay "talks"
    if (venue && !date) end = headEnd;
    out.push(mention({ sentence: s.index, start, end, text: textOf(s, start, end), kind: "happening", happening: phrase, ref: knownNameIn(s, norms, starts, start, end) }));
    // "the 63rd round of the Geneva International Discussions", "a session of the Collective Security Council": one
    // sitting of a recurring happening or body is a happening of its own, beside the whole it belongs to
    const r = roundBefore(s, norms, start, lex.ordinals);
    if (r && (r.ordinal !== undefined || phrase.specific)) {
      out.push(mention({ sentence: s.index, start: r.start, end, text: textOf(s, r.start, end), kind: "happening",
        happening: { ...phrase, label: "Event", head: "talks", headText: norms[r.start + (r.ordinal !== undefined ? 1 : 0)], ordinal: r.ordinal, specific: true, round: true } }));
    }
    for (let k = i; k < headEnd; k++) taken[k] = true;
    after = end;
  }
  return out;
}

/** The list without repeats, in first-seen order ([...new Set(xs)]; a list of one or none has none, and is no one else's). */
const distinct = (xs: string[]): string[] => (xs.length < 2 ? xs : [...new Set(xs)]);

/** Past participles that name who brokered a happening after it: "the deal mediated by ...". */
const BROKERED = new Set(["brokered", "mediated", "facilitated", "sponsored", "negotiated"]);
