// Stage: relationships from each sentence: the lexicon's cue patterns (verbs, nouns, passives, compounds) with their
// subjects and objects, plus what a phrase states by its form: titles (REPRESENTS), bodies (PART_OF), the sides and
// brokers of an agreement or event (PARTY_TO, PARTICIPATED_IN, MEDIATED).
import { REL_META, type EntityNode, type RelType } from "../../graph-schema/index.ts";
import type { Doc, Mention, Relation, Sentence, Token } from "../document.ts";
import type { RelationCue } from "../lexicon/load-lexicon.ts";
import type { Resources } from "../resources.ts";
import { baseCandidates, formsOf } from "../lexicon/word-forms.ts";

const ACTOR_KINDS = new Set(["state", "capital", "seat", "organisation", "body", "person", "office", "side", "pronoun", "group"]);
/** Words a pattern may skip between its own words: "once again calls on", "held separate telephone conversations". */
const GAP_POS = new Set(["ADV", "ADJ", "DET", "NUM", "AUX", "PART"]);
const GAP_WORDS = new Set(["once", "again", "also", "separate", "his", "her", "its", "their", "our", "been", "be", "being", "was", "were", "is", "are", "has", "have", "had"]);
const DAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow"]);
/** Words that end a clause: a subject is not looked for beyond them. */
const CLAUSE_END = new Set([";", "but", "while", "whereas", "although", "though"]);
const GROUP_GLUE = new Set([",", "and", "together", "the", "both", "as", "well", "its", "his", "her", "their"]);
const REPEATED = new Set(["with", "on"]);
const MULTI = new Set(["trilateral", "tripartite", "three-way", "joint", "multilateral", "quadrilateral"]);

/** A pattern's word (with every form that matches it, as isForm would) or slot. */
type Element = { word: string; forms: Set<string> } | { slot: "obj" | "agent" | "org" | "happening" };
/** A cue with its pattern read once. */
interface CompiledCue {
  cue: RelationCue;
  els: Element[];
  /** a cue opening on a slot: its first two elements, shared by the cues that open alike ("{agent} -") */
  prefix?: number;
}
const elements = (cue: RelationCue): Element[] =>
  cue.pattern.split(/\s+/).map((w) => (/^\{(obj|agent|org|happening)\}$/.test(w) ? { slot: w.slice(1, -1) as "obj" } : { word: w, forms: formsOf(w) }));

interface Ctx {
  s: Sentence;
  ms: Mention[];
  labelOf: (id: string) => EntityNode["label"] | undefined;
  /** per token, the mentions starting at it (in the order of `ms`) */
  at: Mention[][];
  // made when first needed (most sentences state nothing):
  /** the mentions that are actors (see `actsAsActor`) */
  actors?: Set<Mention>;
  /** actorGroup's answers by token: the cues try the same places many times */
  groups?: Map<number, { ids: string[]; start: number; end: number } | undefined>;
}

const ACTOR_LABELS = new Set(["Person", "State", "Organisation"]);
const actsAsActor = (m: Mention, labelOf: Ctx["labelOf"]) => ACTOR_KINDS.has(m.kind) && !!m.entity?.length && !m.venue && m.entity.every((id) => ACTOR_LABELS.has(labelOf(id) ?? ""));
const isActor = (m: Mention, ctx: Ctx) => (ctx.actors ??= new Set(ctx.ms.filter((x) => actsAsActor(x, ctx.labelOf)))).has(m);
const normsOf = (ctx: Ctx) => ctx.s.norms;
const NONE: Mention[] = [];
const mentionsAt = (ctx: Ctx, k: number): Mention[] => ctx.at[k] ?? NONE;
const startingAt = (ctx: Ctx, k: number, test: (m: Mention) => boolean) => mentionsAt(ctx, k).find(test);

function sentenceCtx(s: Sentence, ms: Mention[], labelOf: Ctx["labelOf"]): Ctx {
  const at: Mention[][] = ms.length ? new Array(s.tokens.length) : NO_MENTIONS_AT;
  for (const m of ms) {
    const here = at[m.start];
    if (here) here.push(m);
    else at[m.start] = [m];
  }
  // every field present from the start: one shape for every context (fields added later would make several)
  return { s, ms, labelOf, at, actors: undefined, groups: undefined };
}
const NO_MENTIONS_AT: Mention[][] = [];

/** Whether a resolved mention starts at token k (a slot may open there). */
function namedAt(ctx: Ctx, k: number): boolean {
  const here = ctx.at[k];
  if (here) for (let n = 0; n < here.length; n++) if (here[n].entity) return true;
  return false;
}

/** Whether an actor starts at token k (a loop, not a closure: asked for every gap word of every cue). */
function actorAt(ctx: Ctx, k: number): boolean {
  const here = ctx.at[k];
  if (here) for (let n = 0; n < here.length; n++) if (isActor(here[n], ctx)) return true;
  return false;
}

/** Words before a name that are not actors themselves: "his Russian counterpart Vladimir Putin", "colleagues from
 * Armenia", "Turkish President Recep Tayyip Erdogan" (the title belongs to the name that follows). */
/** Common nouns that stand in apposition before a name: "neighbour Turkey", "its ally Armenia". */
const APPOSITIVE = new Set(["neighbor", "neighbour", "neighbors", "neighbours", "ally", "allies", "partner", "partners"]);
const LEAD = new Set([...APPOSITIVE, "former", "the", "his", "her", "its", "their", "both", "our", "colleague", "colleagues", "counterpart", "counterparts", "representatives", "leaders", "officials", "from", "of", "in"]);
const POSSESSIVES = new Set(["his", "her", "its", "their", "our", "my"]);
const TITLE_ORG_KINDS = new Set(["organisation", "body", "state", "capital", "seat"]);
function skipToName(ctx: Ctx, k: number): number {
  const toks = ctx.s.tokens;
  for (let guard = 0; guard < 8 && k < toks.length; guard++) {
    const m = mentionsAt(ctx, k)[0];
    const possessive = m?.kind === "pronoun" && POSSESSIVES.has(toks[k].norm);
    // "Mossad chief David Barnea": an organisation that opens a title belongs to the name after it
    const titleOrg = m && TITLE_ORG_KINDS.has(m.kind) && mentionsAt(ctx, m.end).some((x) => x.kind === "office" && !x.entity);
    if (m && (m.kind === "adjective" || (m.kind === "office" && !m.entity) || possessive || titleOrg)) {
      k = m.end;
      // "President of Kazakhstan Kassym-Jomart Tokayev": the state after the office is part of the title
      // "the EU Special Representative for the Horn of Africa, Ana Ruiz": the title's complement runs to the comma
      // before the name it introduces
      if (m.kind === "office" && (toks[k]?.norm === "for" || toks[k]?.text === ",")) {
        let c = k;
        while (c < toks.length && c < k + 10 && toks[c].text !== "," && toks[c].pos !== "VERB") c++;
        if (toks[c]?.text === "," && c + 1 < toks.length) {
          const named = skipToName(ctx, c + 1);
          if (mentionsAt(ctx, named).some((x) => x.kind === "person" && x.entity)) return named;
        }
      }
      if (m.kind === "office" && toks[k]?.norm === "of") {
        const j = toks[k + 1]?.norm === "the" ? k + 2 : k + 1;
        const st = mentionsAt(ctx, j).find((x) => x.kind === "state" || x.kind === "capital");
        if (st && mentionsAt(ctx, st.end).some((x) => x.kind === "person")) k = st.end;
      }
      continue;
    }
    if (!m && LEAD.has(toks[k].norm)) {
      k++;
      continue;
    }
    // "maritime neighbour Turkey", "key ally X": a descriptive noun in apposition before the name
    if (!m && toks[k].pos === "ADJ" && APPOSITIVE.has(toks[k + 1]?.norm ?? "") && !mentionsAt(ctx, k + 1).length) {
      k += 2;
      continue;
    }
    // "the international community, including X": a collective that the names after it stand for
    if (!m) {
      const inc = including(ctx, k);
      if (inc) {
        k = inc;
        continue;
      }
    }
    // "Tajikistan's President Emomali Rahmon", "Qatar's Emir, Sheikh Tamim": the state is the title's
    if (m && (m.kind === "state" || m.kind === "capital") && toks[m.end]?.norm === "'s") {
      const office = mentionsAt(ctx, m.end + 1).find((x) => x.kind === "office");
      const after = office && (toks[office.end]?.text === "," ? office.end + 1 : office.end);
      if (after !== undefined && mentionsAt(ctx, after).some((x) => x.kind === "person" && x.entity)) {
        k = after;
        continue;
      }
    }
    if (toks[k].norm === "'s" || toks[k].text === "’s") {
      k++;
      continue;
    }
    break;
  }
  return k;
}

/** After a short common-noun phrase ending in "including" or "such as" ("the international community including",
 * "countries such as"), the token where the names it lists start. */
function including(ctx: Ctx, k: number): number | undefined {
  const toks = ctx.s.tokens;
  let c = k;
  while (c < k + 4 && c < toks.length && ["DET", "ADJ", "NOUN"].includes(toks[c].pos) && toks[c].norm !== "such" && !mentionsAt(ctx, c).length) c++;
  if (c === k || !toks.slice(k, c).some((t) => t.pos === "NOUN")) return undefined;
  if (toks[c]?.text === ",") c++;
  if (toks[c]?.norm === "including") return c + 1;
  if (toks[c]?.norm === "such" && toks[c + 1]?.norm === "as") return c + 2;
  return undefined;
}

/** Actors coordinated from token k: "Russia, the United States and the European Union". */
function actorGroup(ctx: Ctx, k: number): { ids: string[]; start: number; end: number } | undefined {
  ctx.groups ??= new Map();
  if (ctx.groups.has(k)) return ctx.groups.get(k);
  const g = findActorGroup(ctx, k);
  ctx.groups.set(k, g);
  return g;
}

function findActorGroup(ctx: Ctx, k: number): { ids: string[]; start: number; end: number } | undefined {
  const norms = normsOf(ctx);
  k = skipToName(ctx, k);
  // (a first name may open a compound: the "{agent} - broker" cues read "Moscow-brokered")
  const first = startingAt(ctx, k, (m) => isActor(m, ctx));
  if (!first) return undefined;
  const ids = [...first.entity!];
  let end = skipAcronym(ctx, first);
  for (;;) {
    let j = end;
    // "with A, and with B": a repeated preposition after "and" still coordinates
    // ("A, together with B": "together" coordinates too)
    while (j < norms.length && (GROUP_GLUE.has(norms[j]) || (REPEATED.has(norms[j]) && (norms[j - 1] === "and" || norms[j - 1] === "together")))) j++;
    if (j === end || !norms.slice(end, j).some((w) => w === "," || w === "and")) break;
    // the next name may open on a glue word itself ("the U.N.")
    const ok = (m: Mention) => isActor(m, ctx) && !modifies(ctx, m);
    const glued = ctx.ms.find((m) => m.start > end && m.start < j && ok(m) && norms.slice(end, m.start).some((w) => w === "," || w === "and"));
    // (one that opens a title, "the EU Special Representative, X", gives way to the name the title introduces)
    const next = startingAt(ctx, skipToName(ctx, j), ok) ?? (glued && (startingAt(ctx, skipToName(ctx, glued.start), ok) ?? glued));
    if (!next) break;
    // "..., the White House said": after a bare comma, a name followed by its verb opens a new clause
    if (!norms.slice(end, next.start).includes("and") && ctx.s.tokens[next.end]?.pos === "VERB") break;
    ids.push(...next.entity!);
    end = skipAcronym(ctx, next);
  }
  return { ids: [...new Set(ids)], start: first.start, end };
}

/** A name in a compound that describes what follows: "the Moscow-led bloc" is no further member of a group. */
function modifies(ctx: Ctx, m: Mention): boolean {
  const toks = ctx.s.tokens;
  // (a hyphen joins without spaces: "Peru – issued" is a dash)
  return toks[m.end]?.norm === "-" && toks[m.end].start === toks[m.end - 1].end && /(ed|en)$/.test(toks[m.end + 1]?.norm ?? "") && toks[m.end + 1].pos !== "PROPN";
}

/** Whether a group is part of an agreement's or event's name: "hosts the Armenia-Azerbaijan peace deal". */
function inHappeningName(ctx: Ctx, g: { start: number; end: number }): boolean {
  const isNamed = (m: Mention) => m.kind === "happening" && (!!m.entity || !!m.happening);
  if (mentionsAt(ctx, g.start).some((m) => isNamed(m) && m.end > g.end)) return true;
  return ctx.s.tokens[g.end]?.norm === "-" && mentionsAt(ctx, g.end + 1).some(isNamed);
}

/** The end of a name with its acronym after it in brackets: "the Intergovernmental Authority on Development (IGAD)". */
function skipAcronym(ctx: Ctx, m: Mention): number {
  const toks = ctx.s.tokens;
  if (toks[m.end]?.text !== "(") return m.end;
  const a = mentionsAt(ctx, m.end + 1).find((x) => x.entity && x.entity[0] === m.entity![0]);
  return a && toks[a.end]?.text === ")" ? a.end + 1 : m.end;
}

const PREPOSITIONS = new Set(["with", "to", "of", "from", "between", "for", "against", "on", "in", "at", "into", "toward", "towards", "among", "over", "about", "like", "than", "outside", "inside", "near", "behind", "before", "after", "during", "under", "via", "through", "across", "beyond", "within", "without", "including"]);

/** The preposition governing the coordinated group an actor belongs to, if any. */
function groupPreposition(ctx: Ctx, a: Mention): boolean {
  const toks = ctx.s.tokens;
  let k = a.start;
  // walk back over the group: other actors, glue words, titles and adjectives before a name
  for (;;) {
    const prev = k - 1;
    if (prev < 0) return false;
    const m = ctx.ms.find((x) => x.end === k && x !== a);
    if (m && (isActor(m, ctx) || m.kind === "adjective" || m.kind === "office")) { k = m.start; continue; }
    if (GROUP_GLUE.has(toks[prev].norm) || ["counterpart", "colleague", "colleagues", "counterparts"].includes(toks[prev].norm)) { k = prev; continue; }
    // "before the two leaders joined him": a word that opens a clause as well as a phrase, whose actor has its verb
    if (SUBORDINATORS.has(toks[prev].norm) && ["VERB", "AUX"].includes(toks[a.end]?.pos ?? "")) return false;
    return PREPOSITIONS.has(toks[prev].norm);
  }
}
/** Prepositions that also open a clause ("before X met Y"). */
const SUBORDINATORS = new Set(["before", "after", "until", "since"]);

/** The nearest actor group ending before token `k`, within the clause. */
function subjectBefore(ctx: Ctx, k: number): string[] | undefined {
  const norms = normsOf(ctx);
  const actors = ctx.ms.filter((m) => m.end <= k && isActor(m, ctx)).sort((a, b) => b.end - a.end);
  // ", who led the Georgian delegation," and ", mediated by Norway and Chile," are asides: their actors are not
  // the subject of what follows
  const aside = new Set<number>();
  for (let i = 0; i < k; i++) {
    if (norms[i] === "," && (["who", "which", "whose"].includes(norms[i + 1]) || (norms[i + 2] === "by" && /(ed|en)$/.test(norms[i + 1])))) {
      let j = i + 1;
      while (j < k && norms[j] !== ",") aside.add(j++);
    }
  }
  for (const a of actors) {
    if (aside.has(a.start)) continue;
    if (norms.slice(a.end, k).some((w) => CLAUSE_END.has(w))) return undefined;
    // the object of a preposition ("ties with the US", "to Armenia") is not the one acting
    if (groupPreposition(ctx, a)) continue;
    // take the whole coordinated group the nearest actor ends
    const starts = ctx.ms.filter((m) => m.end <= a.end && isActor(m, ctx)).sort((x, y) => x.start - y.start);
    for (const st of starts) {
      const g = actorGroup(ctx, st.start);
      // (the nearest may be an acronym in brackets closing the group: "the Authority on Development (IGAD)")
      if (g && (g.end === a.end || (g.end === a.end + 1 && ctx.s.tokens[a.end].text === ")"))) return g.ids;
    }
    return a.entity;
  }
  return undefined;
}

/** The main clause's subject when the cue sits in a fronted phrase: "At a meeting with X, Lavrov said ...". */
function subjectAfter(ctx: Ctx, k: number): string[] | undefined {
  for (const m of ctx.ms.filter((x) => x.start >= k && isActor(x, ctx)).sort((a, b) => a.start - b.start)) {
    const g = actorGroup(ctx, m.start);
    if (g && ctx.s.tokens[g.end]?.pos === "VERB") return g.ids;
  }
  return undefined;
}

interface Match {
  start: number;
  end: number;
  obj?: string[];
  agent?: string[];
  org?: string[];
  happening?: string[];
}

function matchAt({ cue, els }: CompiledCue, ctx: Ctx, i: number): Match | undefined {
  // "A and B held talks", "they met": only a verb makes the subjects meet ("in talks facilitated by X" does not)
  if (cue.subjectsAmong && !["VERB", "AUX"].includes(ctx.s.tokens[i].pos)) return undefined;
  // a bare verb followed by "by" is a passive: its subject is not the one acting ("talks facilitated by X")
  if (els.length === 1 && ctx.s.tokens[i + 1]?.norm === "by") return undefined;
  return matchElements(els, ctx, i);
}

const ORG_LEAD = new Set(["the", "its", "their", "his", "her"]);
const isResolvedHappening = (x: Mention) => x.kind === "happening" && !!x.entity;

// (tried hundreds of times an article and mostly failing: nothing is allocated until it matches)
function matchElements(els: Element[], ctx: Ctx, i: number): Match | undefined {
  const toks = ctx.s.tokens;
  let obj: string[] | undefined, agent: string[] | undefined, org: string[] | undefined, happening: string[] | undefined;
  let k = i;
  for (let e = 0; e < els.length; e++) {
    const el = els[e];
    if ("word" in el) {
      // between words, a few gap words may intervene (not an actor)
      for (let gaps = 0; k < toks.length && !el.forms.has(toks[k].norm); gaps++) {
        // "spoke by phone on Tuesday with": a day is no part of the pattern
        if (e > 0 && toks[k].norm === "on" && DAYS.has(toks[k + 1]?.norm ?? "")) { k += 2; continue; }
        if (e === 0 || gaps >= 3 || !(GAP_POS.has(toks[k].pos) || GAP_WORDS.has(toks[k].norm) || DAYS.has(toks[k].norm)) || actorAt(ctx, k)) return undefined;
        k++;
      }
      if (k >= toks.length) return undefined;
      k++;
    } else if (el.slot === "happening") {
      let found: Mention | undefined;
      for (let j = k; j < Math.min(toks.length, k + 7) && !found; j++) found = mentionsAt(ctx, j).find(isResolvedHappening);
      if (!found) return undefined;
      happening = found.entity;
      k = found.end;
    } else if (el.slot === "org") {
      let j = k;
      while (j < toks.length && ORG_LEAD.has(toks[j].norm)) j++;
      // "the Russian-led CSTO", "the Moscow-backed bloc": the compound describes the organisation
      const lead = mentionsAt(ctx, j).find((x) => !x.entity || ctx.labelOf(x.entity[0]) !== "Organisation");
      if (lead && toks[lead.end]?.text === "-" && /ed$/.test(toks[lead.end + 1]?.norm ?? "")) j = lead.end + 2;
      const o = orgAt(ctx, j);
      if (!o) return undefined;
      org = o.entity;
      k = o.end;
    } else {
      let g = actorGroup(ctx, k);
      if (!g) return undefined;
      // "A, B and C's chairmanship": a possessive belongs to the last name only, not to the list it closes
      const next = els[e + 1];
      if (next && "word" in next && next.word === "'s" && g.ids.length > 1) {
        const one = startingAt(ctx, skipToName(ctx, k), (x) => isActor(x, ctx));
        if (!one) return undefined;
        g = { ids: one.entity!, start: one.start, end: one.end };
      }
      // a cue's last slot names its object: not a name inside the name of a deal ("hosts the A-B peace deal")
      if (e === els.length - 1 && inHappeningName(ctx, g)) return undefined;
      if (el.slot === "agent") agent = g.ids;
      else obj = g.ids;
      k = g.end;
    }
  }
  return { start: i, end: k, obj, agent, org, happening };
}

/** The first organisation named at token j. */
function orgAt(ctx: Ctx, j: number): Mention | undefined {
  const here = ctx.at[j];
  if (here) for (let n = 0; n < here.length; n++) if (here[n].entity && ctx.labelOf(here[n].entity![0]) === "Organisation") return here[n];
  return undefined;
}

/** The organisation a phrase before token k is about: its head, not the body that completes its name ("the Minsk
 * Group of the OSCE, co-chaired by ..." is about the Minsk Group; "(OSCE)" repeats the name before it). */
function orgBefore(ctx: Ctx, k: number): string[] | undefined {
  const norms = normsOf(ctx);
  const orgs = ctx.ms.filter((x) => x.end <= k && x.entity && ctx.labelOf(x.entity[0]) === "Organisation").sort((a, b) => a.start - b.start);
  let n = orgs.length - 1;
  while (n > 0) {
    const [prev, cur] = [orgs[n - 1], orgs[n]];
    const between = norms.slice(prev.end, cur.start).join(" ");
    if (prev.end <= cur.start && (between === "of" || between === "of the" || between === "(")) n--;
    else if (prev.end > cur.start) n--; // a name inside a longer one
    else break;
  }
  return orgs[n]?.entity;
}

/** The clause after a match, as the text of a demand or an accusation: "to immediately cease fire". */
function restOf(s: Sentence, from: number): string | undefined {
  const toks = s.tokens;
  let end = from;
  while (end < toks.length && end - from < 20 && ![";", ".", "”", "\""].includes(toks[end].text) && !(toks[end].text === "," && end - from > 3)) end++;
  if (end <= from) return undefined;
  const text = s.text.slice(toks[from].start, toks[end - 1].end).replace(/^(to|of|for|that)\s+/i, "").replace(/^[“"]/, "").trim();
  return text || undefined;
}

function nearestHappening(ctx: Ctx, m: Match, preferLeft: boolean): string[] | undefined {
  // the nearest agreement or event, even one left unnamed: then nothing is the target, rather than a farther one
  // (not one inside the match: "mediated by the Envoy for the Belgrade-Pristina Dialogue, X" names it in a title)
  const hs = ctx.ms.filter((x) => x.kind === "happening" && (x.entity || x.happening?.label === "Agreement") && !(x.start > m.start && x.start < m.end));
  if (!hs.length) return undefined;
  // (a phrase that holds the match is nearest: "the deal mediated by X")
  const dist = (x: Mention) => (x.start <= m.start && x.end > m.start ? 0 : x.end <= m.start ? m.start - x.end + (preferLeft ? 0 : 0.5) : x.start - m.end + (preferLeft ? 0.5 : 0));
  return [...hs].sort((a, b) => dist(a) - dist(b))[0].entity;
}

/** Cues indexed by their first word, so each token tries only the cues that can start at it. */
interface CueIndex {
  compiled: CompiledCue[];
  /** the openings shared by cues that start on a slot: tried once per token, not once per cue */
  prefixes: Element[][];
  byWord: Map<string, number[]>;
  slotFirst: CompiledCue[];
  /** their places in `compiled` */
  slotFirstAt: number[];
  /** the answers of candidateCues by token form, without and with the cues opening on a slot */
  byNorm: [Map<string, CompiledCue[]>, Map<string, CompiledCue[]>];
}
const indexes = new WeakMap<RelationCue[], CueIndex>();
function cueIndex(cues: RelationCue[]): CueIndex {
  let ix = indexes.get(cues);
  if (!ix) {
    ix = { compiled: cues.map((cue) => ({ cue, els: elements(cue) })), prefixes: [], byWord: new Map(), slotFirst: [], slotFirstAt: [], byNorm: [new Map(), new Map()] };
    const prefixKeys: string[] = [];
    ix.compiled.forEach((c, n) => {
      const first = c.els[0];
      if ("word" in first) ix!.byWord.set(first.word, [...(ix!.byWord.get(first.word) ?? []), n]);
      else {
        ix!.slotFirst.push(c);
        ix!.slotFirstAt.push(n);
      }
      if (!("word" in first) && c.els.length > 2) {
        const key = c.cue.pattern.split(/\s+/).slice(0, 2).join(" ");
        if (!prefixKeys.includes(key)) {
          prefixKeys.push(key);
          ix!.prefixes.push(c.els.slice(0, 2));
        }
        c.prefix = prefixKeys.indexOf(key);
      }
    });
    indexes.set(cues, ix);
  }
  return ix;
}

const NO_CUES: CompiledCue[] = [];
/** The cues that may start at token i, in the lexicon's order. */
function candidateCues(ix: CueIndex, ctx: Ctx, i: number): CompiledCue[] {
  const tok = ctx.s.tokens[i];
  // a cue word after a hyphen is part of a compound ("Russian-brokered"): the phrase's own reading covers it
  const words = ctx.s.tokens[i - 1]?.text !== "-";
  const slots = namedAt(ctx, i);
  if (!words) return slots ? ix.slotFirst : NO_CUES;
  // the answer depends on the token's form only (and whether a name starts there): remembered per form (bounded)
  const memo = ix.byNorm[slots ? 1 : 0];
  let found = memo.get(tok.norm);
  if (!found) {
    if (memo.size > 100_000) memo.clear();
    const ns = new Set<number>();
    for (const b of baseCandidates(tok)) for (const n of ix.byWord.get(b) ?? []) ns.add(n);
    // most forms (every new name) start no cue of their own: they share one answer rather than each keeping a copy
    if (!ns.size) found = slots ? ix.slotFirst : NO_CUES;
    else {
      if (slots) for (const n of ix.slotFirstAt) ns.add(n);
      found = [...ns].sort((a, b) => a - b).map((n) => ix.compiled[n]);
    }
    memo.set(tok.norm, found);
  }
  return found;
}

/** Whether one of the `n` tokens before token `k` passes the test (no slice made). */
function someBefore(toks: Token[], k: number, n: number, test: (t: Token) => boolean): boolean {
  for (let j = Math.max(0, k - n); j < k; j++) if (test(toks[j])) return true;
  return false;
}

/** A hedge among the four words before token k, in the same clause: "crossed no red lines and blamed X" is not hedged. */
function hedgedBefore(toks: Token[], k: number, hedges: Set<string>): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const t = toks[j];
    if (t.norm === "and" || t.norm === "," || CLAUSE_END.has(t.norm)) return false;
    if (t.text === t.norm && hedges.has(t.norm)) return true;
  }
  return false;
}

/** Whether the verb at token k is an infinitive: "to" before it, perhaps with an adverb between ("to formally sign"). */
function infinitive(toks: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && toks[j].pos === "ADV") j--;
  return toks[j]?.norm === "to";
}

function cueRelations(ctx: Ctx, cues: RelationCue[], hedges: Set<string>): Relation[] {
  const st: CueState = { out: [], claimed: [] };
  const toks = ctx.s.tokens;
  const ix = cueIndex(cues);
  for (let i = 0; i < toks.length; i++) {
    let prefixFits: (boolean | undefined)[] | undefined;
    const candidates = candidateCues(ix, ctx, i);
    for (let n = 0; n < candidates.length; n++) {
      const c = candidates[n];
      // cues that open alike fail alike: their shared opening is matched once here
      if (c.prefix !== undefined && !((prefixFits ??= [])[c.prefix] ??= !!matchElements(ix.prefixes[c.prefix], ctx, i))) continue;
      const m = matchAt(c, ctx, i);
      if (m && statesFact(ctx, c.cue, m, i, hedges, st)) break;
    }
  }
  return st.out;
}

/** What the cues of a sentence found so far. */
interface CueState {
  out: Relation[];
  /** spans stated by a cue already */
  claimed: [number, number][];
  /** the sources of the last verb, for one coordinated with it */
  lastSources?: string[];
}

/** The relations a cue matched at token i states, added to `st`; false if it states none (the next cue is tried). */
function statesFact(ctx: Ctx, cue: RelationCue, m: Match, i: number, hedges: Set<string>, st: CueState): boolean {
  const toks = ctx.s.tokens;
  // the first (most specific) cue to cover a span wins it: "call on" is not also "call"
  if (st.claimed.some((span) => i >= span[0] && i < span[1] && m.end <= span[1])) return false;
  if (cue.near && cue.near.length && !someBefore(toks, i, 10, (t) => baseCandidates(t).some((b) => cue.near!.includes(b)))) return false;
  // "a possible meeting", "a bid to join": no fact is stated
  if (!cue.presupposed && hedgedBefore(toks, m.start, hedges)) return false;
  if (cue.finite && infinitive(toks, m.start)) return false;
  const rest = cue.rest || cue.objects ? restOf(ctx.s, m.end) : undefined;
  let targets: string[] | undefined = m.obj ?? m.org ?? m.happening;
  if (cue.target === "happening" && !targets) targets = nearestHappening(ctx, m, !!m.agent);
  if (cue.target === "org-before") targets = orgBefore(ctx, m.start);
  if (cue.objects === "rest") {
    const ids: string[] = [];
    for (let k = m.end; k < toks.length && k < m.end + 20 && toks[k].text !== ";"; k++) {
      const x = mentionsAt(ctx, k).find((y) => isActor(y, ctx));
      if (x) ids.push(...x.entity!);
    }
    targets = ids.length ? ids : undefined;
  }
  // "X accused Y of ..., and urged Z": a verb after "and" shares the subject of the verb before it
  const coordinated = toks[m.start - 1]?.norm === "and" && st.lastSources;
  // "his telephone conversation with X", "Russia's mediation": the possessor is the one acting
  const possessor = ctx.ms.find((x) => isActor(x, ctx) && ((x.end === m.start && x.kind === "pronoun" && ["his", "her", "their", "its"].includes(toks[x.start].norm)) || (x.end === m.start - 1 && toks[x.end].norm === "'s")));
  let sources = m.agent && !(cue.reverse && !m.happening) ? m.agent : coordinated ? st.lastSources : possessor?.entity ?? subjectBefore(ctx, m.start) ?? subjectAfter(ctx, m.end);
  if (cue.reverse) {
    // "X was accused by Y": the agent acts on the subject; "{happening} between A and B": the actors are parties.
    const subject = m.agent ? subjectBefore(ctx, m.start) : undefined;
    if (m.agent) [sources, targets] = [m.agent, subject];
    else [sources, targets] = [targets, sources];
  }
  // "A and B held talks": the subjects met each other
  if (cue.subjectsAmong && sources && sources.length >= 2) targets = sources;
  // "a ceremony hosted by C" after "A and B signed": the host meets the subjects, who meet each other
  let subjects: string[] | undefined;
  if (cue.subjectsMeet) {
    subjects = subjectBefore(ctx, m.start);
    if (!subjects?.length) return false;
    targets = subjects;
  }
  // "the session was attended by A, B and C": those named meet each other, whoever the sentence is about
  if (cue.among && targets && targets.length >= 2) sources ??= [];
  if (!sources || (!sources.length && !cue.among) || !targets?.length) return false;
  // a shared span ("a ceremony hosted by C" also says C mediated) is not claimed
  if (!cue.subjectsMeet) st.claimed.push([m.start, m.end]);
  if (!cue.reverse && !m.agent) st.lastSources = sources;
  const multi = cue.type === "MET" && (cue.among || toks.slice(Math.max(0, m.start - 3), m.start).some((t) => MULTI.has(t.norm)));
  const pairs: [string, string][] = [];
  if (cue.among) for (let a = 0; a < targets.length; a++) for (let b = a + 1; b < targets.length; b++) pairs.push([targets[a], targets[b]]);
  else if (cue.subjectsAmong) for (let a = 0; a < sources.length; a++) for (let b = a + 1; b < sources.length; b++) pairs.push([sources[a], sources[b]]);
  else if (subjects) {
    for (const s of sources) for (const t of subjects) pairs.push([s, t]);
    for (let a = 0; a < subjects.length; a++) for (let b = a + 1; b < subjects.length; b++) pairs.push([subjects[a], subjects[b]]);
  }
  else {
    for (const s of sources) for (const t of targets) pairs.push([s, t]);
    if (multi) for (let a = 0; a < targets.length; a++) for (let b = a + 1; b < targets.length; b++) pairs.push([targets[a], targets[b]]);
  }
  // "X met the Qatari prime minister": a title standing for its state is a person of that state, not the state, when
  // the other side is a person
  const personal = (cue.type === "MET" || cue.type === "CALLED") && titledOnly(ctx);
  for (const [s, t] of pairs) {
    if (personal && personal.size && ((personal.has(s) && ctx.labelOf(t) === "Person") || (personal.has(t) && ctx.labelOf(s) === "Person"))) continue;
    st.out.push({ type: cue.type, source: s, target: t, sentence: ctx.s.index, ...(cue.rest && rest ? { [cue.rest]: rest } : {}) });
  }
  return true;
}

/** The entities the sentence names only by a title ("the Qatari prime minister" for Qatar). */
function titledOnly(ctx: Ctx): Set<string> {
  const titled = new Set<string>();
  for (const m of ctx.ms) if (m.kind === "office" && m.entity) for (const id of m.entity) titled.add(id);
  if (titled.size) for (const m of ctx.ms) if (m.kind !== "office" && m.entity) for (const id of m.entity) titled.delete(id);
  return titled;
}

/** What phrases state by their form alone. */
function structuralRelations(ctx: Ctx, res: Resources): Relation[] {
  const out: Relation[] = [];
  const g = res.gazetteer;
  const si = ctx.s.index;
  for (const m of ctx.ms) {
    if (!m.entity) continue;
    const id = m.entity[0];
    if (m.kind === "person" && !m.former && m.title && m.title !== "counterpart" && m.state && !m.orgTitle) out.push({ type: "REPRESENTS", source: id, target: `state:${m.state}`, sentence: si, role: m.title });
    // "U.N. Secretary-General Antonio Guterres", "the TPLF spokesman", "the UN's X": the title is the organisation's
    if (m.kind === "person" && !m.former && m.titleStart !== undefined) {
      const org = ctx.ms.find((x) => x.end === m.titleStart && x.entity && ctx.labelOf(x.entity[0]) === "Organisation");
      if (org) out.push({ type: "REPRESENTS", source: id, target: org.entity![0], sentence: si, ...(m.title ? { role: m.title } : {}) });
    }
    if (m.kind === "body" && m.state) out.push({ type: "PART_OF", source: id, target: `state:${m.state}`, sentence: si });
    if (m.kind === "organisation" && m.ref) {
      const o = g.organisations.get(m.ref);
      if (o?.partOf) out.push({ type: "PART_OF", source: id, target: g.states.has(o.partOf) ? `state:${o.partOf}` : `org:${o.partOf}`, sentence: si });
    }
    if (m.kind === "happening" && m.happening) {
      const label = ctx.labelOf(id);
      for (const p of m.happening.parties) out.push({ type: label === "Agreement" ? "PARTY_TO" : "PARTICIPATED_IN", source: `state:${p}`, target: id, sentence: si });
      // a known agreement's sides, where the article names them too ("a Russian-brokered ceasefire" in a report on
      // Armenia and Azerbaijan binds them both)
      const known = label === "Agreement" && m.ref ? g.happenings.get(id.replace(/^agreement:/, "")) : undefined;
      // (not the phrase's own broker: "a Russia-brokered ceasefire" does not say Russia is bound by it)
      for (const p of known?.parties ?? []) if (ctx.labelOf(`state:${p}`) === "State" && !m.happening.brokers.includes(`state:${p}`)) out.push({ type: "PARTY_TO", source: `state:${p}`, target: id, sentence: si });
      for (const b of m.happening.brokers) out.push({ type: "MEDIATED", source: b, target: id, sentence: si });
      if (label === "Agreement") for (const p of sidesBetween(ctx, m)) out.push({ type: "PARTY_TO", source: p, target: id, sentence: si });
    }
  }
  return out;
}

/** The sides an agreement's phrase names after "between", in its name or just after it ("the truce between Israel and
 * Hamas", "the Agreement on the Path to Peace between A and B"): organisations too, which the phrase's own parties
 * (states) leave out. Two sides at least; nothing past a comma or a verb, which would start another clause. */
function sidesBetween(ctx: Ctx, m: Mention): string[] {
  const toks = ctx.s.tokens;
  for (let j = m.start + 1; j < toks.length && j < m.end + 8; j++) {
    const t = toks[j];
    if (t.norm === "between") {
      const g = actorGroup(ctx, j + 1);
      return g && g.ids.length >= 2 && !g.ids.includes(m.entity![0]) ? g.ids : [];
    }
    if (j >= m.end && ([",", ";", "(", "and"].includes(t.norm) || t.pos === "VERB" || t.pos === "AUX" || mentionsAt(ctx, j).some((x) => x.kind === "happening"))) return [];
  }
  return [];
}

/** Keep what the ontology allows; a person standing for a state in a state's relationship becomes the state. */
function conform(r: Relation, labelOf: Ctx["labelOf"], countryOf: (id: string) => string | undefined): Relation | undefined {
  if (r.source === r.target) return undefined;
  let { type, source } = r;
  const sl = labelOf(source), tl = labelOf(r.target);
  if (!sl || !tl) return undefined;
  if (type === "PARTY_TO" && tl === "Event") type = "PARTICIPATED_IN";
  const meta = REL_META[type as RelType];
  if (!meta.to.includes(tl)) return undefined;
  if (!meta.from.includes(sl)) {
    const c = sl === "Person" ? countryOf(source) : undefined;
    if (!c) return undefined;
    source = `state:${c}`;
  }
  if (source === r.target) return undefined;
  return type === r.type && source === r.source ? r : { ...r, type, source };
}

export function extractRelations(doc: Doc, res: Resources): Doc {
  const labelOf = (id: string) => doc.entities.get(id)?.label;
  const countryOf = (id: string) => doc.entities.get(id)?.country;
  const relations: Relation[] = [];
  const grouped = new Map<number, Mention[]>();
  for (const m of doc.mentions) {
    const list = grouped.get(m.sentence);
    if (list) list.push(m);
    else grouped.set(m.sentence, [m]);
  }
  for (const s of doc.sentences) {
    const ms = grouped.get(s.index);
    // every relation has an actor at one end at least: a sentence that names nobody the article resolved states none
    if (!ms?.some((m) => m.entity)) continue;
    const ctx = sentenceCtx(s, ms, labelOf);
    for (const found of [cueRelations(ctx, res.lexicon.cues, res.lexicon.hedges), structuralRelations(ctx, res)]) {
      for (const r of found) {
        const ok = conform(r, labelOf, countryOf);
        if (ok && doc.entities.has(ok.source)) relations.push(ok);
      }
    }
  }
  return { ...doc, relations };
}
