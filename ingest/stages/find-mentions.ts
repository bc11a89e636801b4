// Stage: spans of each sentence that name or point at something: gazetteer phrases, names after titles, organisations
// by their form, agreements and events by their head noun, "the parties", pronouns.
import { mention, type Doc, type HappeningPhrase, type Mention, type Sentence, type Token } from "../document.ts";
import type { DictEntry } from "../gazetteer/load-gazetteer.ts";
import { addPhrase, createTrie, longestAt, matchesAt, type Trie } from "../gazetteer/phrase-dictionary.ts";
import { sameNameWord } from "../names.ts";
import type { Resources } from "../resources.ts";

/** When two dictionary entries cover the same span, the more specific kind wins. */
const PRIORITY: DictEntry["kind"][] = ["body", "organisation", "person", "happening", "place", "state", "capital", "seat", "office", "adjective"];
/** No prototype: a word of the text such as "constructor" must not find one of Object's methods. */
const PRONOUNS: Record<string, "person" | "speaker"> = Object.assign(Object.create(null) as Record<string, "person" | "speaker">, { he: "person", she: "person", his: "person", her: "person", him: "person", we: "speaker", our: "speaker", us: "speaker", i: "speaker", my: "speaker" });
const BROKER_VERBS = new Set(["broker", "brokered", "mediate", "mediated", "sponsor", "sponsored", "facilitate", "facilitated", "backed", "led"]);
const isCap = (t: Token | undefined) => {
  if (!t) return false;
  // ASCII first letters are told by their code; only others need the Unicode class
  const c = t.text.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : /^\p{Lu}/u.test(t.text);
};
/** Clock words after a number ("10.30 a.m.", "1 pm"). */
const CLOCK = new Set(["a.m.", "p.m.", "am", "pm"]);
const isAcronym = (t: Token | undefined) => !!t && /^[A-Z]{2,6}$/.test(t.text);
/** Tags a word of an unknown name may have. */
const NAME_POS = new Set(["PROPN", "NOUN", "ADJ", "X", "VERB"]);
/** Tags of the word after a place or state that cannot be the rest of a longer name. */
const NOT_NAME_POS = new Set(["ADP", "DET", "CCONJ", "SCONJ", "PUNCT", "PRON"]);

interface HeadInfo {
  category: string;
  label: "Agreement" | "Event";
}

interface LexiconIndex {
  heads: Trie<HeadInfo>;
  sides: Trie<true>;
  /** group nouns ("the two men"), each with the office its members hold ("" for any) */
  groups: Trie<string>;
  /** the descriptors' word lists as sets: they are looked up for every token */
  notNames: Set<string>;
  organisationHeads: Set<string>;
  mediaCues: Set<string>;
  counterpart: Set<string>;
  stateNouns: Set<string>;
  modifiers: Set<string>;
}

/** Tries and sets built from the lexicon once per Resources (the lexicon never changes while a process runs). */
const tries = new WeakMap<Resources, LexiconIndex>();
function triesFor(res: Resources): LexiconIndex {
  let t = tries.get(res);
  if (!t) {
    const heads = createTrie<HeadInfo>();
    for (const h of res.lexicon.happenings.heads) {
      for (const f of h.forms) addPhrase(heads, res.nlp.phraseNorms(f), { category: h.category, label: h.label });
    }
    const sides = createTrie<true>();
    for (const f of res.lexicon.descriptors.sides) addPhrase(sides, res.nlp.phraseNorms(f), true);
    const d = res.lexicon.descriptors;
    const groups = createTrie<string>();
    for (const [noun, office] of Object.entries(d.groupNouns)) addPhrase(groups, res.nlp.phraseNorms(noun), office.toLowerCase());
    t = {
      heads, sides, groups, notNames: new Set(d.notNames), organisationHeads: new Set(d.organisationHeads), mediaCues: new Set(d.mediaCues),
      counterpart: new Set(d.counterpart), stateNouns: new Set(d.stateNouns), modifiers: new Set(res.lexicon.happenings.modifiers),
    };
    tries.set(res, t);
  }
  return t;
}

/** The case of a dictionary form: a short all-capitals form ("US", "UN"), a capitalised one ("Chad"). Read once per entry. */
const formCases = new WeakMap<DictEntry, { capitals: boolean; capitalised: boolean }>();
function formCase(e: DictEntry): { capitals: boolean; capitalised: boolean } {
  let c = formCases.get(e);
  if (!c) {
    const letters = e.form.replace(/[^\p{L}]/gu, "");
    c = { capitals: letters.length <= 5 && letters === letters.toUpperCase(), capitalised: /^\p{Lu}/u.test(e.form.replace(/^(the|a)\s+/i, "")) };
    formCases.set(e, c);
  }
  return c;
}

/** The case of a dictionary form must agree with the text (tokens from..to): "US" is not "us", "Chad" is not "chad". */
function caseAgrees(e: DictEntry, toks: Token[], from: number, to: number): boolean {
  if (e.kind === "office") return true;
  const c = formCase(e);
  if (c.capitals) {
    for (let k = from; k < to; k++) if (/\p{Ll}/u.test(toks[k].text)) return false;
    return true;
  }
  if (!c.capitalised) return true;
  const firstTok = /^(the|a)$/i.test(toks[from].text) && to - from > 1 ? toks[from + 1] : toks[from];
  return /^[\p{Lu}\d]/u.test(firstTok.text);
}

function dictionaryMentions(s: Sentence, norms: string[], res: Resources, taken: boolean[]): Mention[] {
  const { notNames } = triesFor(res);
  const out: Mention[] = [];
  for (let i = 0; i < norms.length; ) {
    let chosen: [number, DictEntry] | undefined;
    for (const [end, entries] of matchesAt(res.gazetteer.dictionary, norms, i)) {
      // a known agreement or event with a head noun is read as a phrase (happeningMentions), so that its compounds
      // and sides count ("a Russia-brokered ceasefire" says who brokered it); only headless names are taken here
      // "1 p.m." is a time of day, not the Prime Minister
      const clock = end - i === 1 && /^\d/.test(norms[i - 1] ?? "") && CLOCK.has(norms[i]);
      const ok = entries.filter((e) => caseAgrees(e, s.tokens, i, end) && !(e.kind === "happening" && hasHead(res, norms, i, end)) && !(clock && e.kind === "office"));
      if (!ok.length) continue;
      ok.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
      chosen = [end, ok[0]];
      break;
    }
    if (!chosen) {
      i++;
      continue;
    }
    const [end, e] = chosen;
    // A place or state glued to an unknown capitalised word is part of another name ("Caucasus Watch").
    const next = s.tokens[end];
    // Not after "<office> of (the)": "Deputy Secretary of State of the United States Stephen Biegun" names the state, then a person.
    const ofAt = norms[i - 1] === "the" ? i - 2 : i - 1;
    const afterOffice = norms[ofAt] === "of" && out.at(-1)?.kind === "office" && out.at(-1)!.end === ofAt;
    if ((e.kind === "place" || e.kind === "state") && !afterOffice && !s.titleCase && isCap(next) && !NOT_NAME_POS.has(next.pos) && !matchesAt(res.gazetteer.dictionary, norms, end).length && !notNames.has(next.text)) {
      i = end;
      continue;
    }
    // A surname the gazetteer knows after a first name it does not list: "Sregey Lavrov" (a slip), "Heydar Aliyev"
    // (another person): the whole name is the mention, and resolution decides who it is.
    let from = i;
    const prevTok = s.tokens[i - 1];
    if (e.kind === "person" && end - i === 1 && isCap(prevTok) && !taken[i - 1] && prevTok.pos === "PROPN" && !notNames.has(prevTok.text)) {
      const p = res.gazetteer.people.get(e.ref!);
      const firsts = p ? [p.name, ...p.aliases].filter((a) => a.includes(" ")).map((a) => a.split(/\s+/)[0]) : [];
      from = i - 1;
      if (!firsts.some((f) => sameNameWord(f, prevTok.text))) {
        out.push(mention({ sentence: s.index, start: from, end, text: textOf(s, from, end), kind: "person", body: "candidate" }));
        for (let k = from; k < end; k++) taken[k] = true;
        i = end;
        continue;
      }
    }
    // "UN Secretary-General", "US Secretary of State": an office form that opens with an organisation's or a
    // state's name is that owner and its office, so the title is credited to the owner.
    if (e.kind === "office") {
      const OWNER = ["organisation", "state", "adjective", "capital", "seat"];
      const owner = matchesAt(res.gazetteer.dictionary, norms, from).find(([oe, es]) => oe < end && es.some((x) => OWNER.includes(x.kind) && caseAgrees(x, s.tokens, from, oe)));
      if (owner) {
        const oe = owner[0];
        const o = owner[1].filter((x) => OWNER.includes(x.kind)).sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind))[0];
        out.push(mention({ sentence: s.index, start: from, end: oe, text: textOf(s, from, oe), kind: o.kind, ref: o.ref, state: o.state }));
        from = oe;
      }
    }
    // A gazetteer person's usual office is not a title the text gives: only the text's own titles make REPRESENTS.
    const own = e.kind === "person" ? {} : { state: e.state, title: e.title };
    out.push(mention({ sentence: s.index, start: from, end, text: textOf(s, from, end), kind: e.kind, ref: e.ref, body: e.body, ...own }));
    for (let k = Math.min(i, from); k < end; k++) taken[k] = true;
    i = end;
  }
  return out;
}

const textOf = (s: Sentence, start: number, end: number) => s.text.slice(s.tokens[start].start, s.tokens[end - 1].end);

/** "top Russian diplomat": an office whose words a state's adjective interrupts. */
function splitOffices(s: Sentence, norms: string[], res: Resources, mentions: Mention[], taken: boolean[]): Mention[] {
  const out: Mention[] = [];
  for (const adj of mentions.filter((m) => m.kind === "adjective")) {
    const before = adj.start - 1;
    if (before < 0 || taken[before]) continue;
    const seq = [norms[before], ...norms.slice(adj.end)];
    const hit = matchesAt(res.gazetteer.dictionary, seq, 0).find(([end, es]) => end > 1 && es.some((e) => e.kind === "office"));
    if (!hit) continue;
    const office = hit[1].find((e) => e.kind === "office")!;
    const end = adj.end + hit[0] - 1;
    out.push(mention({ sentence: s.index, start: before, end, text: textOf(s, before, end), kind: "office", title: office.title, body: office.body, state: adj.state }));
    taken[before] = true;
    for (let k = adj.end; k < end; k++) taken[k] = true;
  }
  return out;
}

/** Kinds of known mention a title's "for ..." may hold: "for Europe and Eurasia", "for the South Caucasus". */
const PORTFOLIO_KINDS = new Set<Mention["kind"]>(["place", "state", "capital", "seat", "adjective", "organisation"]);

/** An office title is longer than its dictionary form: "Acting Assistant Secretary of State for Europe and Eurasia",
 * "Special Envoy for the Horn of Africa", "Special Representative for the Belgrade-Pristina Dialogue". What follows
 * "for" is the office's brief, not a place or an actor of the sentence: its mentions are absorbed into the title. */
function extendOffices(s: Sentence, norms: string[], res: Resources, mentions: Mention[], taken: boolean[]): void {
  const { officePrefixes, portfolioWords } = res.gazetteer.nameParts;
  const toks = s.tokens;
  for (const m of mentions) {
    if (m.kind !== "office") continue;
    if (m.start > 0 && !taken[m.start - 1] && officePrefixes.has(norms[m.start - 1]) && isCap(toks[m.start - 1]) === isCap(toks[m.start])) {
      m.start -= 1;
      m.text = textOf(s, m.start, m.end);
      taken[m.start] = true;
    }
    if (norms[m.end] !== "for") continue;
    let k = m.end + 1;
    let good = -1;
    const inside: Mention[] = [];
    for (let guard = 0; guard < 12 && k < toks.length; guard++) {
      if (norms[k] === "the" || norms[k] === "and" || norms[k] === "of" || toks[k].text === "-") { k++; continue; }
      const known = mentions.find((x) => x.start === k && x !== m);
      // an adjective only before a word of a brief ("African Affairs"), not "for Ukraine and Russian President X"
      if (known && PORTFOLIO_KINDS.has(known.kind) && (known.kind !== "adjective" || portfolioWords.has(norms[known.end] ?? ""))) { inside.push(known); k = known.end; good = k; continue; }
      // a capitalised word of a brief ("African Affairs")
      if (!known && isCap(toks[k]) && portfolioWords.has(norms[k])) { k++; good = k; continue; }
      // ...and a capitalised word before one ("Political Affairs", "Consular Affairs")
      if (!known && isCap(toks[k]) && isCap(toks[k + 1]) && portfolioWords.has(norms[k + 1] ?? "")) { k += 2; good = k; continue; }
      // a place the dictionary knows but that was not taken as one, being glued to the name after the title
      const place = known ? undefined : matchesAt(res.gazetteer.dictionary, norms, k).filter(([, es]) => es.some((e) => e.kind === "place" || e.kind === "state")).at(-1);
      if (place && isCap(toks[k])) { k = good = place[0]; continue; }
      break;
    }
    // "the minister for Armenia's ..." is not a brief; "Special Representative for the Belgrade-Pristina Dialogue" names
    // the dialogue, which stays a happening of its own
    if (good < 0 || norms[good] === "'s" || longestAt(triesFor(res).heads, norms, good)) continue;
    m.end = good;
    m.text = textOf(s, m.start, m.end);
    for (const x of inside) x.kind = "absorbed";
    for (let j = m.start; j < m.end; j++) taken[j] = true;
  }
}

/** Unknown capitalised runs: a person after a title, an organisation by its head word or acronym, a media outlet. */
function nameMentions(s: Sentence, norms: string[], res: Resources, taken: boolean[], mentions: Mention[]): Mention[] {
  const d = triesFor(res);
  const out: Mention[] = [];
  const toks = s.tokens;
  const dated: boolean[] = [];
  for (const x of s.dates ?? []) for (let k = x.start; k < x.end; k++) dated[k] = true;
  // Per token: a word a name can be made of (free, capitalised, letters only, not a known non-name, a noun-like tag).
  // Read once before the scan: the scan only marks tokens taken behind it.
  const nameTok = toks.map((t, k) => !taken[k] && !dated[k] && isCap(t) && /^[\p{L}.'-]+$/u.test(t.text) && !d.notNames.has(t.text) && NAME_POS.has(t.pos));
  for (let i = 0; i < toks.length; i++) {
    if (!nameTok[i]) continue;
    let end = i;
    while (end < toks.length && (nameTok[end] || (toks[end]?.text === "-" && nameTok[end + 1] && end > i))) end++;
    // "Organization for Security and Cooperation in Europe": extend over "of/for/and/in + Capitalised".
    const orgShaped = d.organisationHeads.has(toks[end - 1].norm);
    while (["of", "for", "and", "in", "on"].includes(toks[end]?.norm) && nameTok[end + 1] && d.organisationHeads.has(toks[end - 1].norm)) {
      end += 2;
      while (end < toks.length && nameTok[end]) end++;
    }
    const prev = titleEndingAt(mentions, norms, i);
    const prevTok = toks[i - 1];
    const counterpart = prevTok && d.counterpart.has(prevTok.norm);
    const last = toks[end - 1].norm;
    const acronym = toks[end]?.text === "(" && isAcronym(toks[end + 1]) && toks[end + 2]?.text === ")";
    const media = (prevTok && d.mediaCues.has(prevTok.norm)) || (toks[end] && ["daily", "newspaper", "weekly"].includes(toks[end].norm) && !taken[end]);
    const text = textOf(s, i, end);
    // "the Presidential Working Office": a title before a name shaped like an organisation is not a person's title
    if ((prev || counterpart) && orgShaped && !acronym) {
      for (let k = i; k < end; k++) taken[k] = true;
      i = end;
      continue;
    }
    if (prev || counterpart) {
      // A person is at most four words after the title ("Deputy Foreign Minister Andrei Rudenko").
      const pe = Math.min(end, i + 4);
      out.push(mention({ sentence: s.index, start: i, end: pe, text: textOf(s, i, pe), kind: "person" }));
    } else if (d.organisationHeads.has(last) && end - i >= 2 && !s.titleCase) {
      // "Baltic Fisheries Organization": a place or adjective glued to the front is part of the name.
      const glued = mentions.find((m) => m.end === i && ["adjective", "place", "state"].includes(m.kind));
      const from = glued ? glued.start : i;
      if (glued) glued.kind = "absorbed";
      out.push(mention({ sentence: s.index, start: from, end, text: textOf(s, from, end), kind: "organisation", title: acronym ? toks[end + 1].text : undefined }));
    } else if (acronym && end - i >= 2) {
      out.push(mention({ sentence: s.index, start: i, end, text, kind: "organisation", title: toks[end + 1].text }));
    } else if (media && end - i <= 3) {
      out.push(mention({ sentence: s.index, start: i, end, text, kind: "organisation", body: "media" }));
    } else if (!s.titleCase && end - i <= 3 && (i > 0 || end - i >= 2 || toks[i].pos === "PROPN")) {
      // Otherwise a candidate name: resolution keeps it only if it is someone the article or the gazetteer knows.
      // "the UN's Cihan Sultanoglu", "Russia's Lavrov": a name someone's possessive introduces is a person
      const owner = norms[i - 1] === "'s" && mentions.some((m) => m.end === i - 1 && ["organisation", "body", "state", "capital", "seat"].includes(m.kind));
      // "in Ohrid", "OHRID, North Macedonia --": a name after "in" or opening a dateline is where, not who
      const where = ["in", "at", "near", "outside"].includes(norms[i - 1] ?? "") || (i === 0 && /^(,|- -|—|–)/.test(toks.slice(end, end + 2).map((t) => t.text).join(" ")));
      out.push(mention({ sentence: s.index, start: i, end, text, kind: "person", venue: where && !owner, body: owner ? undefined : "candidate" }));
    }
    for (let k = i; k < end; k++) taken[k] = true;
    i = end;
  }
  return out;
}

const hasHead = (res: Resources, norms: string[], from: number, to: number): boolean => {
  const { heads } = triesFor(res);
  for (let k = from; k < to; k++) if (matchesAt(heads, norms, k).some(([e]) => e <= to)) return true;
  return false;
};

/** The longest name of a known agreement or event inside a phrase's span ("Russia-brokered ceasefire"). */
function knownNameIn(res: Resources, s: Sentence, norms: string[], start: number, end: number): string | undefined {
  let best: [number, string] | undefined;
  for (let k = start; k < end; k++) {
    for (const [e, entries] of matchesAt(res.gazetteer.dictionary, norms, k)) {
      if (e > end) continue;
      const h = entries.find((x) => x.kind === "happening" && caseAgrees(x, s.tokens, k, e));
      if (h && (!best || e - k > best[0])) best = [e - k, h.ref!];
    }
  }
  return best?.[1];
}

/** An agreement or event around each head noun: qualifiers and compounds before it, "between A and B" or a date after it. */
function happeningMentions(s: Sentence, norms: string[], res: Resources, taken: boolean[], mentions: Mention[]): Mention[] {
  const { heads, organisationHeads, modifiers: modifierWords } = triesFor(res);
  const lex = res.lexicon.happenings;
  const toks = s.tokens;
  const out: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const hit = longestAt(heads, norms, i);
    if (!hit) continue;
    let [headEnd, [info]] = hit;
    // "ceasefire agreement", "truce extension": a head noun compounded with another of its kind is one head. English
    // compounds are headed on the right ("truce extension" is an extension), but a generic "agreement"/"deal" says
    // less than the word before it ("ceasefire agreement" is a ceasefire)
    for (let next = longestAt(heads, norms, headEnd); next && next[1][0].label === info.label && toks[headEnd].pos !== "VERB"; next = longestAt(heads, norms, headEnd)) {
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
        brokers.push(`org:${m.ref}`);
        k = m.start; start = k; continue;
      }
      if (m && ["state", "adjective", "capital", "place"].includes(m.kind)) {
        const isBroker = BROKER_VERBS.has(norms[m.end + 1] ?? "") && norms[m.end] === "-";
        if (m.state && m.kind !== "place") (isBroker ? brokers : parties).push(isBroker ? `state:${m.state}` : m.state);
        if (m.kind === "place") modifiers.push(m.text);
        // "the Almaty talks", "the Ohrid meeting": talks named after the city they were held in are particular talks
        if (m.kind === "place" && info.category === "talks" && m.ref && res.gazetteer.places.get(m.ref)?.kind === "city") { proper = true; city = m.text; }
        k = m.start; start = k; continue;
      }
      if (t.text === "-" || BROKER_VERBS.has(t.norm) && norms[k - 1] === "-") { start = k; continue; }
      if (lex.ordinals[t.norm] !== undefined) { ordinal = lex.ordinals[t.norm]; start = k; continue; }
      if (/^\d+(st|nd|rd|th)$/.test(t.norm)) { ordinal = parseInt(t.norm, 10); start = k; continue; }
      if (modifierWords.has(t.norm) || (t.pos === "NUM" && norms[k + 1] === "-")) { modifiers.push(t.norm); start = k; continue; }
      if (/^\d{4}$/.test(t.norm)) { date = date ?? t.norm; start = k; continue; }
      if (/^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|forty-four)$/.test(t.norm) && norms[k + 1] === "-") { modifiers.push(t.norm); start = k; continue; }
      if (isCap(t) && !s.titleCase && t.pos === "PROPN" && !taken[k]) { proper = true; modifiers.push(t.text); start = k; continue; }
      break;
    }
    let end = headEnd;
    // Rightwards: "of/on <date>", "between A and B", "over/in <place>", "in <year>".
    for (;;) {
      const w = norms[end];
      const dt = dateAt(s, end + 1);
      if (["of", "on", "in", "from"].includes(w) && dt && dt.start === end + 1) { date = date ?? dt.value; end = dt.end; continue; }
      if (w === "between" || w === "among") {
        let k = end + 1;
        const found: string[] = [];
        const orgs: string[] = [];
        while (k < toks.length) {
          if (["the", "and", ",", "its", "their"].includes(norms[k])) { k++; continue; }
          const m = mentionAt(mentions, k);
          if (m && m.state && ["state", "capital", "seat", "adjective"].includes(m.kind)) { found.push(m.state); k = m.end; continue; }
          // "between Israel and Hamas": a group or organisation the gazetteer knows is a side too
          if (m && m.ref && m.kind === "organisation") { orgs.push(m.ref); k = m.end; continue; }
          break;
        }
        if (found.length + orgs.length >= 2) { parties.push(...found); partyOrgs.push(...orgs); end = k; continue; }
        break;
      }
      if (["over", "in", "on"].includes(w)) {
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
    const phrase: HappeningPhrase = {
      label: info.label,
      head: info.category,
      headText: s.text.slice(toks[i].start, toks[headEnd - 1].end).toLowerCase(),
      modifiers: modifiers.reverse(),
      parties: [...new Set(parties)],
      ...(partyOrgs.length ? { partyOrgs: [...new Set(partyOrgs)] } : {}),
      brokers: [...new Set(brokers)],
      ...(brokeredBy ? { brokeredBy } : {}),
      ...(city ? { city } : {}),
      date,
      ordinal,
      // a venue alone does not make talks particular ("talks in Moscow" recur); with a date it does
      // (brokers named after the head make an agreement particular, not talks: "talks facilitated by X" recur)
      specific: !!date || parties.length > 0 || partyOrgs.length > 0 || proper || ordinal !== undefined || (brokeredBy ? info.label === "Agreement" : brokers.length > 0),
    };
    // a venue that no date backs is not part of the phrase: "talks in Moscow" stay "talks"
    if (venue && !date) end = headEnd;
    out.push(mention({ sentence: s.index, start, end, text: textOf(s, start, end), kind: "happening", happening: phrase, ref: knownNameIn(res, s, norms, start, end) }));
    // "the 63rd round of the Geneva International Discussions", "a session of the Collective Security Council": one
    // sitting of a recurring happening or body is a happening of its own, beside the whole it belongs to
    const r = roundBefore(s, norms, start, lex.ordinals);
    if (r && (r.ordinal !== undefined || phrase.specific)) {
      out.push(mention({ sentence: s.index, start: r.start, end, text: textOf(s, r.start, end), kind: "happening",
        happening: { ...phrase, label: "Event", head: "talks", headText: norms[r.start + (r.ordinal !== undefined ? 1 : 0)], ordinal: r.ordinal, specific: true, round: true } }));
    }
    for (let k = i; k < headEnd; k++) taken[k] = true;
    i = end - 1;
  }
  return out;
}

/** Past participles that name who brokered a happening after it: "the deal mediated by ...". */
const BROKERED = new Set(["brokered", "mediated", "facilitated", "sponsored", "negotiated"]);
/** Kinds of mention a "brokered by" phrase is made of. */
const BROKER_KINDS = new Set<Mention["kind"]>(["state", "capital", "seat", "adjective", "organisation", "body", "office", "person"]);

/** The actors of "by ..." from token k: "Georgian Prime Minister Irakli Garibashvili", "Qatar and Egypt", "the UN". Their
 * entity ids where the dictionary knows them (persons are found later, so an unknown name after a title is spanned but
 * not listed), and where the phrase ends; undefined when no actor follows. */
function brokersAfter(s: Sentence, norms: string[], res: Resources, mentions: Mention[], k: number): { ids: string[]; end: number } | undefined {
  const toks = s.tokens;
  const ids: string[] = [];
  let end = -1;
  let titled = false;
  for (let guard = 0; guard < 16 && k < toks.length; guard++) {
    if (norms[k] === "the" || (norms[k] === "and" && end === k)) { k++; continue; }
    // a comma goes on with a list only: "by Qatar, Egypt and the United States", not "by X, Yerevan reciprocated"
    if (norms[k] === "," && end === k) {
      const next = mentions.find((x) => x.start === k + 1 || (norms[k + 1] === "the" && x.start === k + 2));
      if (next && BROKER_KINDS.has(next.kind) && (norms[next.end] === "," || norms[next.end] === "and")) { k++; continue; }
      break;
    }
    const m = mentions.find((x) => x.start === k);
    if (m && BROKER_KINDS.has(m.kind)) {
      if (m.kind === "state" || m.kind === "capital" || m.kind === "seat") { if (m.state) ids.push(`state:${m.state}`); }
      else if (m.kind === "organisation" && m.ref) ids.push(`org:${m.ref}`);
      else if (m.kind === "person" && m.ref) ids.push(`person:${m.ref}`);
      titled = m.kind === "office" || (titled && m.kind === "adjective");
      k = end = m.end;
      continue;
    }
    // the name after a title ("Prime Minister Irakli Garibashvili"), not yet a mention
    if (titled && isCap(toks[k]) && toks[k].pos === "PROPN") {
      while (k < toks.length && isCap(toks[k]) && toks[k].pos === "PROPN") k++;
      end = k;
      titled = false;
      continue;
    }
    break;
  }
  // a state's adjective with a title is the state's official, who is the broker; a bare adjective is none
  return end > 0 ? { ids: [...new Set(ids)], end } : undefined;
}

const ROUND_WORDS = new Set(["round", "session", "sitting"]);
/** "<ordinal> round of (the)" just before token `start`: where it starts and its number. */
function roundBefore(s: Sentence, norms: string[], start: number, ordinals: Record<string, number>): { start: number; ordinal?: number } | undefined {
  let k = start - 1;
  if (norms[k] === "the") k--;
  if (norms[k] !== "of" || !ROUND_WORDS.has(norms[k - 1] ?? "")) return undefined;
  k -= 1;
  const o = norms[k - 1] ?? "";
  const ordinal = ordinals[o] ?? (/^\d+(st|nd|rd|th)$/.test(o) ? parseInt(o, 10) : undefined);
  return ordinal !== undefined ? { start: k - 1, ordinal } : { start: k };
}

/** The first mention over token k, the date over token k. */
const mentionAt = (mentions: Mention[], k: number) => mentions.find((m) => m.start <= k && k < m.end);
const dateAt = (s: Sentence, k: number) => s.dates?.find((x) => x.start <= k && k < x.end);

/** Words before a number that make a group definite: "the two men", "all three leaders" ("two men" is anyone). */
const GROUP_DETERMINERS = new Set(["the", "these", "all"]);

/** "the two men", "both ministers", "all three leaders": persons the article has just named, taken up by number. Not
 * "the two leaders of X and Y", which names them after. */
function groupAt(norms: string[], i: number, res: Resources): { end: number; count: number; office: string } | undefined {
  const counts = res.lexicon.descriptors.groupCounts;
  const at = norms[i] === "both" ? i + 1 : GROUP_DETERMINERS.has(norms[i]) && counts[norms[i + 1]] && norms[i + 1] !== "both" ? i + 2 : -1;
  if (at < 0) return undefined;
  const hit = longestAt(triesFor(res).groups, norms, at);
  if (!hit || norms[hit[0]] === "of") return undefined;
  return { end: hit[0], count: counts[norms[at - 1]], office: hit[1][0] };
}

/** "the parties", "both sides"; "the Armenian side"; pronouns that stand for a person or for a quote's speaker. */
function pointerMentions(s: Sentence, norms: string[], res: Resources, taken: boolean[], mentions: Mention[]): Mention[] {
  const { sides, stateNouns } = triesFor(res);
  const out: Mention[] = [];
  for (let i = 0; i < norms.length; i++) {
    const hit = longestAt(sides, norms, i);
    if (hit && !taken[i]) {
      out.push(mention({ sentence: s.index, start: i, end: hit[0], text: textOf(s, i, hit[0]), kind: "side" }));
      i = hit[0] - 1;
      continue;
    }
    const g = !taken[i] ? groupAt(norms, i, res) : undefined;
    if (g) {
      out.push(mention({ sentence: s.index, start: i, end: g.end, text: textOf(s, i, g.end), kind: "group", title: g.office, count: g.count }));
      i = g.end - 1;
      continue;
    }
    const p = PRONOUNS[norms[i]];
    if (p && !taken[i] && (p === "person" || s.quoted[i])) out.push(mention({ sentence: s.index, start: i, end: i + 1, text: s.tokens[i].text, kind: "pronoun", title: p }));
  }
  // "the Armenian side", "Azerbaijani authorities", "Qatari and Egyptian negotiators": an adjective with a state
  // noun is the state acting.
  const adjectives = mentions.filter((m) => m.kind === "adjective" || m.kind === "capital").sort((a, b) => b.start - a.start);
  const acting = new Set<Mention>();
  for (const m of adjectives) {
    const next = norms[m.end];
    const nextAdj = adjectives.find((x) => x.start === m.end + 1 && (next === "and" || next === ",") && acting.has(x));
    if ((next && stateNouns.has(next)) || nextAdj) acting.add(m);
    if (next && stateNouns.has(next)) {
      m.end += 1;
      taken[m.end - 1] = true;
    }
  }
  for (const m of acting) {
    m.kind = "state";
    m.text = textOf(s, m.start, m.end);
  }
  return out;
}

const CREDIT_WORDS = new Set(["photo", "photos", "picture", "image", "images", "video", "file", "credit", "graphic"]);
/** A news agency named as the source of the report or of a picture ("MOSCOW, May 2. /TASS/.", "AFP, BAKU", "(Reuters
 * Photo)", "Photo: AFP", "LONDON (Reuters) -") is the byline, not something the article is about: the mention goes. */
function dropCredits(s: Sentence, norms: string[], res: Resources, mentions: Mention[]): void {
  const toks = s.tokens;
  for (const m of mentions) {
    if (m.kind !== "organisation") continue;
    if (m.body !== "media" && (!m.ref || res.gazetteer.organisations.get(m.ref)?.kind !== "media")) continue;
    const before = norms[m.start - 1], after = norms[m.end];
    const slashed = before === "/" && after === "/";
    const picture = CREDIT_WORDS.has(after ?? "") || CREDIT_WORDS.has(before ?? "") || (before === ":" && CREDIT_WORDS.has(norms[m.start - 2] ?? ""));
    // in brackets of its own, or heading a dateline: "(Reuters) -", "AFP, BAKU" (a capitalised place next, the line short)
    const bracketed = before === "(" && after === ")" && (m.start === 1 || /^[-—–]$/.test(toks[m.end + 1]?.text ?? "") || m.end + 1 === toks.length);
    const dateline = m.start === 0 && after === "," && toks.length - m.end <= 4 && /^\p{Lu}{3,}$/u.test(toks[m.end + 1]?.text ?? "");
    if (slashed || picture || bracketed || dateline) m.kind = "absorbed";
  }
}

/** The first mention that ends at token `end`. */
const endingAt = (mentions: Mention[], end: number) => mentions.find((m) => m.end === end);

/** A title that ends at token k, with the state it is of: "Russian Foreign Minister", "Russia's Deputy Foreign
 * Minister", "President of Kyrgyzstan", "U.N. Secretary-General" (the organisation is found by the relations stage). */
function titleEndingAt(mentions: Mention[], norms: string[], k: number): { office: Mention; state?: string; start: number; org?: boolean } | undefined {
  let m = endingAt(mentions, k);
  let state: string | undefined;
  // "President of Kyrgyzstan Sadyr Japarov", "Deputy Minister of Foreign Affairs of Georgia"
  if (m && ["state", "capital"].includes(m.kind) && !m.venue) {
    let j = m.start - 1;
    if (norms[j] === "the") j--;
    const o = norms[j] === "of" ? endingAt(mentions, j) : undefined;
    if (o?.kind !== "office") return undefined;
    state = m.state;
    m = o;
  }
  if (m?.kind !== "office") return undefined;
  // The state inside the office ("top Russian diplomat") or just before it: "Russian", "Russia's", "Russia 's".
  let start = m.start;
  state = state ?? m.state;
  for (let guard = 0; !state && start > 0 && guard < 3; guard++) {
    const before = endingAt(mentions, start) ?? (norms[start - 1] === "'s" ? endingAt(mentions, start - 1) : undefined);
    if (before && ["adjective", "state", "capital", "seat"].includes(before.kind)) {
      state = before.state;
      start = before.start;
    } else if (before?.kind === "office") start = before.start;
    else if (norms[start - 1] === "and" && endingAt(mentions, start - 1)?.kind === "office") start = endingAt(mentions, start - 1)!.start;
    else break;
  }
  if (!state) {
    // an organisation before the office is whose title it is: "U.N. Secretary-General", "EU top diplomat"
    const org = endingAt(mentions, start);
    if (org && (org.kind === "organisation" || org.kind === "body")) return { office: m, start, org: true };
  }
  return { office: m, state, start };
}

/** Titles on persons: "Russian Foreign Minister Sergey Lavrov", "President of Kyrgyzstan Sadyr Japarov",
 * "X, the Azerbaijani president", "X, Deputy Minister of Foreign Affairs of Georgia", "his Russian counterpart Y". */
function attachTitles(s: Sentence, norms: string[], res: Resources, mentions: Mention[]): void {
  const { counterpart } = triesFor(res);
  for (const p of mentions.filter((m) => m.kind === "person")) {
    if (counterpart.has(norms[p.start - 1] ?? "")) {
      p.title = "counterpart";
      const adj = mentions.find((m) => m.end === p.start - 1 && ["adjective", "state"].includes(m.kind));
      p.state = adj?.state ?? p.state;
      if (p.body === "candidate") p.body = undefined;
      continue;
    }
    const t = titleEndingAt(mentions, norms, p.start);
    if (t) {
      p.title = t.office.title;
      p.state = t.state ?? p.state;
      p.titleStart = t.start;
      p.orgTitle = t.org;
      // "former Nigerian President X" held the office once: no REPRESENTS now
      p.former = ["former", "ex", "late", "then", "outgoing"].includes(norms[t.start - 1] ?? "") || (norms[t.start - 1] === "-" && norms[t.start - 2] === "ex");
      if (p.body === "candidate") p.body = undefined;
      continue;
    }
    // "the UN's Cihan Sultanoglu": someone of an organisation
    if (norms[p.start - 1] === "'s") {
      const org = mentions.find((m) => m.end === p.start - 1 && (m.kind === "organisation" || m.kind === "body"));
      if (org) {
        p.titleStart = p.start - 1;
        p.orgTitle = true;
        continue;
      }
    }
    // Apposition after the name: "Ilham Aliyev, the Azerbaijani president", "Lasha Darsalia, the Deputy Minister of Foreign Affairs of Georgia".
    if (norms[p.end] === ",") {
      let k = p.end + 1;
      if (["the", "a"].includes(norms[k])) k++;
      const former = norms[k] === "former";
      if (former) k++;
      const adj = mentions.find((m) => m.start === k && ["adjective", "state"].includes(m.kind));
      if (adj) k = adj.end + (norms[adj.end] === "'s" ? 1 : 0);
      // "Getachew Reda, the TPLF spokesman": the organisation owns the title
      const org = !adj ? mentions.find((m) => m.start === k && (m.kind === "organisation" || m.kind === "body")) : undefined;
      if (org) k = org.end + (norms[org.end] === "'s" ? 1 : 0);
      const off = mentions.find((m) => m.start === k && m.kind === "office");
      if (off && org) {
        p.title = off.title;
        p.titleStart = org.end;
        p.orgTitle = true;
        p.former = former;
        if (p.body === "candidate") p.body = undefined;
      } else if (off) {
        p.former = former;
        let state = off.state ?? adj?.state;
        if (!state && norms[off.end] === "of") state = mentions.find((m) => m.start === off.end + (norms[off.end + 1] === "the" ? 2 : 1) && ["state", "capital"].includes(m.kind))?.state;
        p.title = off.title;
        p.state = state ?? p.state;
        if (p.body === "candidate") p.body = undefined;
      }
    }
  }
}

/** "MOSCOW --", "OHRID, North Macedonia --": a place, perhaps its country, then a dash. */
const DASHED = /^(- -|--|—|–|,[^,]{1,40}?(- -|--|—|–))/;
/** (a list before a dash is no dateline: "Moscow, Ankara and Tehran — all urged ...") */
const LISTED = /^,[^,]*\band\b/;
/** "LONDON (Reuters) -", "BAKU, Azerbaijan (AP) —": an agency's name in brackets, then a dash. */
const AGENCY = /^(, [^,()]{1,40} )?\( [^()]{1,40} \) (- -|--|—|–|-)( |$)/;

const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
const DATED = new RegExp(`^(, [^,()]{1,40} )?, (${MONTH} \\d{1,2}|\\d{1,2} ${MONTH})( , \\d{4}| \\d{4})? (\\.|/|\\(|- -|--|—|–|-)( |$)`, "i");

/** Whether the place opening a sentence is a dateline, which says where the report was filed: the place is no actor
 * of what the sentence states ("LONDON (Reuters) - Britain urged ..." is Britain's appeal, not London's). A dash
 * after it marks one anywhere; an agency in brackets or a date ("MOSCOW, September 20.") only at a paragraph's start. */
function dateline(s: Sentence, m: Mention, opensParagraph: boolean): boolean {
  const toks = s.tokens;
  const after = toks.slice(m.end, m.end + 14).map((t) => t.text).join(" ");
  // (datelines are mostly in capitals: "SARAJEVO, Bosnia and Herzegovina --" is one, whatever its "and")
  if (DASHED.test(after) && (!LISTED.test(after) || m.text === m.text.toUpperCase())) return true;
  if (!opensParagraph) return false;
  if (AGENCY.test(after)) return true;
  // "MOSCOW, September 20.", "BAKU, Azerbaijan, 3 May (AP) -": a comma, perhaps the country, then the date and the end
  // of the line's first part (a full stop, a slash, a bracket or a dash)
  return DATED.test(after);
}

/** Kinds of mention a dateline opens with. */
const DATELINE_KINDS = new Set<Mention["kind"]>(["capital", "place", "state"]);

export function findMentions(doc: Doc, res: Resources): Doc {
  const mentions: Mention[] = [];
  for (const s of doc.sentences) {
    const norms = s.norms;
    const opensParagraph = s.index === 0 || doc.sentences[s.index - 1].paragraph !== s.paragraph;
    const taken = new Array<boolean>(s.tokens.length).fill(false);
    const dict = dictionaryMentions(s, norms, res, taken);
    const offices = splitOffices(s, norms, res, dict, taken);
    extendOffices(s, norms, res, dict.concat(offices), taken);
    // "prisoners of war", "war crimes": set phrases whose head noun names no happening
    for (let i = 0; i < norms.length; i++) {
      const hit = longestAt(res.gazetteer.nameParts.notHappenings, norms, i);
      if (hit) for (let k = i; k < hit[0]; k++) taken[k] = true;
    }
    const known = dict.concat(offices).filter((m) => m.kind !== "absorbed");
    const known2 = known.filter((m) => m.kind !== "happening");
    const pointers = pointerMentions(s, norms, res, taken, known2);
    const happenings = happeningMentions(s, norms, res, taken, known2.concat(pointers)).concat(known.filter((m) => m.kind === "happening"));
    const names = nameMentions(s, norms, res, taken, known2);
    dropCredits(s, norms, res, known2.concat(names));
    const all = known2.concat(pointers, happenings, names).filter((m) => m.kind !== "absorbed").sort((a, b) => a.start - b.start || b.end - a.end);
    attachTitles(s, norms, res, all);
    // Venues: a capital or place after "in"/"at" is where something happened, not who acted.
    for (const m of all) {
      const prev = s.tokens[m.start - 1]?.norm;
      if ((m.kind === "capital") && (prev === "in" || prev === "at") && s.tokens[m.end]?.norm !== "'s") m.venue = true;
      // a dateline is no part of what the article reports (like a byline): neither an actor nor a place it is about
      // (a name nobody knows opening one too: "TARVOSK, Peru --")
      if (m.start === 0 && (DATELINE_KINDS.has(m.kind) || (m.kind === "person" && m.venue)) && dateline(s, m, opensParagraph)) {
        m.kind = "absorbed";
        // "OHRID, North Macedonia --": the country only says which Ohrid
        const country = norms[m.end] === "," ? all.find((x) => x.start === m.end + 1 && (x.kind === "state" || x.kind === "place")) : undefined;
        if (country && /^(,|\(|-|--|—|–)$/.test(s.tokens[country.end]?.text ?? "")) country.kind = "absorbed";
      }
    }
    mentions.push(...all.filter((m) => m.kind !== "absorbed"));
  }
  return { ...doc, mentions };
}
