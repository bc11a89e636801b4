// Stage: relationships from each sentence: the lexicon's cue patterns (verbs, nouns, passives, compounds) with their
// subjects and objects, plus what a phrase states by its form: titles (REPRESENTS), bodies (PART_OF), the sides and
// brokers of an agreement or event (PARTY_TO, PARTICIPATED_IN, MEDIATED).
import { REL_META, type EntityNode, type RelType } from "../../graph-schema/index.ts";
import type { Doc, Mention, Relation, Sentence } from "../document.ts";
import type { RelationCue } from "../lexicon/load-lexicon.ts";
import type { Resources } from "../resources.ts";
import { baseCandidates, isForm } from "../lexicon/word-forms.ts";

const ACTOR_KINDS = new Set(["state", "capital", "seat", "organisation", "body", "person", "office", "side", "pronoun"]);
/** Words a pattern may skip between its own words: "once again calls on", "held separate telephone conversations". */
const GAP_POS = new Set(["ADV", "ADJ", "DET", "NUM", "AUX", "PART"]);
const GAP_WORDS = new Set(["once", "again", "also", "separate", "his", "her", "its", "their", "our", "been", "be", "being", "was", "were", "is", "are", "has", "have", "had"]);
/** Words that end a clause: a subject is not looked for beyond them. */
const CLAUSE_END = new Set([";", "but", "while", "whereas", "although", "though"]);
const GROUP_GLUE = new Set([",", "and", "the", "both", "as", "well", "its", "his", "her", "their"]);
const MULTI = new Set(["trilateral", "tripartite", "three-way", "joint", "multilateral", "quadrilateral"]);

type Element = { word: string } | { slot: "obj" | "agent" | "org" | "happening" };
const compiled = new WeakMap<RelationCue, Element[]>();
function elements(cue: RelationCue): Element[] {
  let e = compiled.get(cue);
  if (!e) {
    e = cue.pattern.split(/\s+/).map((w) => (/^\{(obj|agent|org|happening)\}$/.test(w) ? { slot: w.slice(1, -1) as "obj" } : { word: w }));
    compiled.set(cue, e);
  }
  return e;
}

interface Ctx {
  s: Sentence;
  ms: Mention[];
  labelOf: (id: string) => EntityNode["label"] | undefined;
}

const isActor = (m: Mention, ctx: Ctx) => ACTOR_KINDS.has(m.kind) && !!m.entity?.length && !m.venue && m.entity.every((id) => ["Person", "State", "Organisation"].includes(ctx.labelOf(id) ?? ""));
const startingAt = (ctx: Ctx, k: number, test: (m: Mention) => boolean) => ctx.ms.find((m) => m.start === k && test(m));

/** Words before a name that are not actors themselves: "his Russian counterpart Vladimir Putin", "colleagues from
 * Armenia", "Turkish President Recep Tayyip Erdogan" (the title belongs to the name that follows). */
function skipToName(ctx: Ctx, k: number): number {
  const toks = ctx.s.tokens;
  const lead = ["the", "his", "her", "its", "their", "both", "our", "colleague", "colleagues", "counterpart", "counterparts", "representatives", "leaders", "officials", "from", "of", "in"];
  for (let guard = 0; guard < 8 && k < toks.length; guard++) {
    const m = ctx.ms.find((x) => x.start === k);
    const possessive = m?.kind === "pronoun" && ["his", "her", "its", "their", "our", "my"].includes(toks[k].norm);
    // "Mossad chief David Barnea": an organisation that opens a title belongs to the name after it
    const titleOrg = m && ["organisation", "body", "state", "capital", "seat"].includes(m.kind) && ctx.ms.some((x) => x.start === m.end && x.kind === "office" && !x.entity);
    if (m && (m.kind === "adjective" || (m.kind === "office" && !m.entity) || possessive || titleOrg)) {
      k = m.end;
      // "President of Kazakhstan Kassym-Jomart Tokayev": the state after the office is part of the title
      if (m.kind === "office" && toks[k]?.norm === "of") {
        const j = toks[k + 1]?.norm === "the" ? k + 2 : k + 1;
        const st = ctx.ms.find((x) => x.start === j && ["state", "capital"].includes(x.kind));
        if (st && ctx.ms.some((x) => x.start === st.end && x.kind === "person")) k = st.end;
      }
      continue;
    }
    if (!m && lead.includes(toks[k].norm)) {
      k++;
      continue;
    }
    if (toks[k].norm === "'s" || toks[k].text === "’s") {
      k++;
      continue;
    }
    break;
  }
  return k;
}

/** Actors coordinated from token k: "Russia, the United States and the European Union". */
function actorGroup(ctx: Ctx, k: number): { ids: string[]; end: number } | undefined {
  const norms = ctx.s.tokens.map((t) => t.norm);
  k = skipToName(ctx, k);
  const first = startingAt(ctx, k, (m) => isActor(m, ctx));
  if (!first) return undefined;
  const ids = [...first.entity!];
  let end = first.end;
  for (;;) {
    let j = end;
    while (j < norms.length && GROUP_GLUE.has(norms[j])) j++;
    if (j === end || !norms.slice(end, j).some((w) => w === "," || w === "and")) break;
    // the next name may open on a glue word itself ("the U.N.")
    const next = startingAt(ctx, skipToName(ctx, j), (m) => isActor(m, ctx)) ??
      ctx.ms.find((m) => m.start > end && m.start < j && isActor(m, ctx) && norms.slice(end, m.start).some((w) => w === "," || w === "and"));
    if (!next) break;
    ids.push(...next.entity!);
    end = next.end;
  }
  return { ids: [...new Set(ids)], end };
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
    return PREPOSITIONS.has(toks[prev].norm);
  }
}

/** The nearest actor group ending before token `k`, within the clause. */
function subjectBefore(ctx: Ctx, k: number): string[] | undefined {
  const norms = ctx.s.tokens.map((t) => t.norm);
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
      if (g && g.end === a.end) return g.ids;
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

function matchAt(cue: RelationCue, ctx: Ctx, i: number): Match | undefined {
  const toks = ctx.s.tokens;
  const els = elements(cue);
  const m: Match = { start: i, end: i };
  let k = i;
  for (let e = 0; e < els.length; e++) {
    const el = els[e];
    if ("word" in el) {
      let gaps = 0;
      while (e > 0 && k < toks.length && gaps < 3 && !isForm(toks[k], el.word) && (GAP_POS.has(toks[k].pos) || GAP_WORDS.has(toks[k].norm)) && !ctx.ms.some((x) => x.start === k && isActor(x, ctx))) {
        k++;
        gaps++;
      }
      if (k >= toks.length || !isForm(toks[k], el.word)) return undefined;
      k++;
    } else if (el.slot === "happening") {
      let found: Mention | undefined;
      for (let j = k; j < Math.min(toks.length, k + 7) && !found; j++) found = ctx.ms.find((x) => x.start === j && x.kind === "happening" && x.entity);
      if (!found) return undefined;
      m.happening = found.entity;
      k = found.end;
    } else if (el.slot === "org") {
      let j = k;
      while (["the", "its", "their", "his", "her"].includes(toks[j]?.norm)) j++;
      const org = ctx.ms.find((x) => x.start === j && x.entity && ctx.labelOf(x.entity[0]) === "Organisation");
      if (!org) return undefined;
      m.org = org.entity;
      k = org.end;
    } else {
      const g = actorGroup(ctx, k);
      if (!g) return undefined;
      m[el.slot] = g.ids;
      k = g.end;
    }
  }
  m.end = k;
  // "A and B held talks", "they met": only a verb makes the subjects meet ("in talks facilitated by X" does not)
  if (cue.subjectsAmong && !["VERB", "AUX"].includes(toks[i].pos)) return undefined;
  return m;
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
  const hs = ctx.ms.filter((x) => x.kind === "happening" && (x.entity || x.happening?.label === "Agreement"));
  if (!hs.length) return undefined;
  const dist = (x: Mention) => (x.end <= m.start ? m.start - x.end + (preferLeft ? 0 : 0.5) : x.start - m.end + (preferLeft ? 0.5 : 0));
  return [...hs].sort((a, b) => dist(a) - dist(b))[0].entity;
}

/** Cues indexed by their first word, so each token tries only the cues that can start at it. */
const indexes = new WeakMap<RelationCue[], { byWord: Map<string, number[]>; slotFirst: number[] }>();
function cueIndex(cues: RelationCue[]) {
  let ix = indexes.get(cues);
  if (!ix) {
    ix = { byWord: new Map(), slotFirst: [] };
    cues.forEach((c, n) => {
      const first = elements(c)[0];
      if ("word" in first) ix!.byWord.set(first.word, [...(ix!.byWord.get(first.word) ?? []), n]);
      else ix!.slotFirst.push(n);
    });
    indexes.set(cues, ix);
  }
  return ix;
}

function candidateCues(cues: RelationCue[], ctx: Ctx, i: number): RelationCue[] {
  const ix = cueIndex(cues);
  const found = new Set<number>();
  // a cue word after a hyphen is part of a compound ("Russian-brokered"): the phrase's own reading covers it
  if (ctx.s.tokens[i - 1]?.text !== "-") for (const b of baseCandidates(ctx.s.tokens[i])) for (const n of ix.byWord.get(b) ?? []) found.add(n);
  if (ctx.ms.some((m) => m.start === i && m.entity)) for (const n of ix.slotFirst) found.add(n);
  return [...found].sort((a, b) => a - b).map((n) => cues[n]);
}

function cueRelations(ctx: Ctx, cues: RelationCue[], hedges: Set<string>): Relation[] {
  const out: Relation[] = [];
  const toks = ctx.s.tokens;
  const claimed: [number, number][] = [];
  let lastSources: string[] | undefined;
  for (let i = 0; i < toks.length; i++) {
    for (const cue of candidateCues(cues, ctx, i)) {
      const m = matchAt(cue, ctx, i);
      if (!m) continue;
      // the first (most specific) cue to cover a span wins it: "call on" is not also "call"
      if (claimed.some(([a, b]) => i >= a && i < b && m.end <= b)) continue;
      if (cue.near && cue.near.length && !toks.slice(Math.max(0, i - 10), i).some((t) => baseCandidates(t).some((b) => cue.near!.includes(b)))) continue;
      // "a possible meeting", "a bid to join": no fact is stated
      if (!cue.presupposed && toks.slice(Math.max(0, m.start - 4), m.start).some((t) => t.text === t.norm && hedges.has(t.norm))) continue;
      const rest = cue.rest || cue.objects ? restOf(ctx.s, m.end) : undefined;
      let targets: string[] | undefined = m.obj ?? m.org ?? m.happening;
      if (cue.target === "happening" && !targets) targets = nearestHappening(ctx, m, !!m.agent);
      if (cue.target === "org-before") targets = ctx.ms.filter((x) => x.end <= m.start && x.entity && ctx.labelOf(x.entity[0]) === "Organisation").at(-1)?.entity;
      if (cue.objects === "rest") {
        const ids: string[] = [];
        for (let k = m.end; k < toks.length && k < m.end + 20 && toks[k].text !== ";"; k++) {
          const x = ctx.ms.find((y) => y.start === k && isActor(y, ctx));
          if (x) ids.push(...x.entity!);
        }
        targets = ids.length ? ids : undefined;
      }
      // "X accused Y of ..., and urged Z": a verb after "and" shares the subject of the verb before it
      const coordinated = toks[m.start - 1]?.norm === "and" && lastSources;
      // "his telephone conversation with X", "Russia's mediation": the possessor is the one acting
      const possessor = ctx.ms.find((x) => isActor(x, ctx) && ((x.end === m.start && x.kind === "pronoun" && ["his", "her", "their", "its"].includes(toks[x.start].norm)) || (x.end === m.start - 1 && toks[x.end].norm === "'s")));
      let sources = m.agent && !(cue.reverse && !m.happening) ? m.agent : coordinated ? lastSources : possessor?.entity ?? subjectBefore(ctx, m.start) ?? subjectAfter(ctx, m.end);
      if (cue.reverse) {
        // "X was accused by Y": the agent acts on the subject; "{happening} between A and B": the actors are parties.
        const subject = m.agent ? subjectBefore(ctx, m.start) : undefined;
        if (m.agent) [sources, targets] = [m.agent, subject];
        else [sources, targets] = [targets, sources];
      }
      // "A and B held talks": the subjects met each other
      if (cue.subjectsAmong && sources && sources.length >= 2) targets = sources;
      if (!sources?.length || !targets?.length) continue;
      claimed.push([m.start, m.end]);
      if (!cue.reverse && !m.agent) lastSources = sources;
      const multi = cue.type === "MET" && (cue.among || toks.slice(Math.max(0, m.start - 3), m.start).some((t) => MULTI.has(t.norm)));
      const pairs: [string, string][] = [];
      if (cue.among) for (let a = 0; a < targets.length; a++) for (let b = a + 1; b < targets.length; b++) pairs.push([targets[a], targets[b]]);
      else if (cue.subjectsAmong) for (let a = 0; a < sources.length; a++) for (let b = a + 1; b < sources.length; b++) pairs.push([sources[a], sources[b]]);
      else {
        for (const s of sources) for (const t of targets) pairs.push([s, t]);
        if (multi) for (let a = 0; a < targets.length; a++) for (let b = a + 1; b < targets.length; b++) pairs.push([targets[a], targets[b]]);
      }
      for (const [s, t] of pairs) out.push({ type: cue.type, source: s, target: t, sentence: ctx.s.index, ...(cue.rest && rest ? { [cue.rest]: rest } : {}) });
      break;
    }
  }
  return out;
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
      for (const p of known?.parties ?? []) if (ctx.labelOf(`state:${p}`) === "State") out.push({ type: "PARTY_TO", source: `state:${p}`, target: id, sentence: si });
      for (const b of m.happening.brokers) out.push({ type: "MEDIATED", source: b, target: id, sentence: si });
    }
  }
  return out;
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
  return source === r.target ? undefined : { ...r, type, source };
}

export function extractRelations(doc: Doc, res: Resources): Doc {
  const labelOf = (id: string) => doc.entities.get(id)?.label;
  const countryOf = (id: string) => doc.entities.get(id)?.country;
  const relations: Relation[] = [];
  const grouped = new Map<number, Mention[]>();
  for (const m of doc.mentions) grouped.set(m.sentence, [...(grouped.get(m.sentence) ?? []), m]);
  for (const s of doc.sentences) {
    const ctx: Ctx = { s, ms: grouped.get(s.index) ?? [], labelOf };
    for (const r of [...cueRelations(ctx, res.lexicon.cues, res.lexicon.hedges), ...structuralRelations(ctx, res)]) {
      const ok = conform(r, labelOf, countryOf);
      if (ok && doc.entities.has(ok.source)) relations.push(ok);
    }
  }
  return { ...doc, relations };
}
