// Cue relations: each cue matched in a sentence, with its sources and targets, turned into the relations it states.
import type { Mention, Relation, Token } from "../../document.ts";
import type { RelationCue } from "../../lexicon/load-lexicon.ts";
import { baseCandidates } from "../../lexicon/word-forms.ts";
import { actorStartingAt, isActor, labelOf, type Ctx } from "./context.ts";
import { hedgedBefore, infinitive, someBefore } from "./cue-guards.ts";
import { candidateCues, cueIndex, mayMatch, noteWords } from "./cue-index.ts";
import { matchAt, matchElements, type Match } from "./cue-matcher.ts";
import { nearestHappening, orgBefore, restOf } from "./cue-targets.ts";
import { subjectAfter, subjectBefore } from "./subjects.ts";

const MULTI = new Set(["trilateral", "tripartite", "three-way", "joint", "multilateral", "quadrilateral"]);
const isMulti = (t: Token) => MULTI.has(t.norm);
const POSSESSIVE = new Set(["his", "her", "their", "its"]);

/** Who the sentence reports, and who the sentence or the one before names as chair or host: asked only when a cue
 * needs them. */
export interface Roles {
  speaker(): string | undefined;
  chair(): string[] | undefined;
}

export function cueRelations(ctx: Ctx, cues: RelationCue[], hedges: Set<string>, roles?: Roles): Relation[] {
  const st: CueState = { out: [], claimed: [], lastSources: undefined, roles };
  const toks = ctx.s.tokens;
  const ix = cueIndex(cues);
  // (the cues opening on a slot are asked of every name: they are left out of a sentence none of them may match in)
  const slots = noteWords(ix, ctx);
  for (let i = 0; i < toks.length; i++) {
    const { cues: candidates, runEnd } = candidateCues(ix, ctx, i, slots);
    // cues that open alike fail alike: their shared opening is matched once per token (bit p: opening p tried, fits)
    let tried = 0, fits = 0;
    for (let n = 0; n < candidates.length; n++) {
      const c = candidates[n];
      if (!mayMatch(ix, c)) continue;
      if (c.prefix !== undefined) {
        const bit = 1 << c.prefix;
        if (!(tried & bit)) {
          tried |= bit;
          if (matchElements(ix.prefixes[c.prefix], ctx, i)) fits |= bit;
        }
        if (!(fits & bit)) {
          n = runEnd[n] - 1;
          continue;
        }
      }
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
  lastSources: string[] | undefined;
  roles: Roles | undefined;
}

/** Whether a cue matched at token i lies within a span a cue before it stated (and ends within it). */
function claimedBefore(st: CueState, i: number, end: number): boolean {
  for (const span of st.claimed) if (i >= span[0] && i < span[1] && end <= span[1]) return true;
  return false;
}

/** The actor whose possessive opens the phrase at token k: "his telephone conversation with X", "Russia's mediation". */
function possessorOf(ctx: Ctx, k: number): Mention | undefined {
  const toks = ctx.s.tokens;
  for (const x of ctx.ms) {
    if ((x.end === k && x.kind === "pronoun" && POSSESSIVE.has(toks[x.start].norm)) || (x.end === k - 1 && toks[x.end].norm === "'s")) {
      if (isActor(x, ctx)) return x;
    }
  }
  return undefined;
}

/** The relations a cue matched at token i states, added to `st`; false if it states none (the next cue is tried). */
function statesFact(ctx: Ctx, cue: RelationCue, m: Match, i: number, hedges: Set<string>, st: CueState): boolean {
  const toks = ctx.s.tokens;
  // the first (most specific) cue to cover a span wins it: "call on" is not also "call"
  if (claimedBefore(st, i, m.end)) return false;
  if (cue.near && cue.near.length && !someBefore(toks, i, 10, (t) => baseCandidates(t).some((b) => cue.near!.includes(b)))) return false;
  // "a possible meeting", "a bid to join": no fact is stated
  if (!cue.presupposed && hedgedBefore(toks, m.start, hedges)) return false;
  if (cue.finite && infinitive(toks, m.start)) return false;
  let targets: string[] | undefined = m.obj ?? m.org ?? m.happening;
  if (cue.target === "happening" && !targets) targets = nearestHappening(ctx, m, !!m.agent);
  if (cue.target === "org-before") targets = orgBefore(ctx, m.start);
  if (cue.objects === "rest") {
    const ids: string[] = [];
    for (let k = m.end; k < toks.length && k < m.end + 20 && toks[k].text !== ";"; k++) {
      const x = actorStartingAt(ctx, k);
      if (x) ids.push(...x.entity!);
    }
    targets = ids.length ? ids : undefined;
  }
  // "X accused Y of ..., and urged Z": a verb after "and" shares the subject of the verb before it
  const coordinated = toks[m.start - 1]?.norm === "and" && st.lastSources;
  // "his telephone conversation with X", "Russia's mediation": the possessor is the one acting
  let sources = m.agent && !(cue.reverse && !m.happening) ? m.agent : coordinated ? st.lastSources : possessorOf(ctx, m.start)?.entity ?? subjectBefore(ctx, m.start) ?? subjectAfter(ctx, m.end);
  if (cue.source === "speaker") {
    const sp = st.roles?.speaker();
    // (no one reported, or the one reported is the one charged: no charge)
    sources = sp && !targets?.includes(sp) ? [sp] : undefined;
  }
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
  const multi = cue.type === "MET" && (cue.among || someBefore(toks, m.start, 3, isMulti));
  const pairs: [string, string][] = [];
  if (cue.among) for (let a = 0; a < targets.length; a++) for (let b = a + 1; b < targets.length; b++) pairs.push([targets[a], targets[b]]);
  // "the session, chaired by X, was attended by A and B": the chair met each of them
  if (cue.among && cue.chairMeets) {
    const chairs = st.roles?.chair()?.filter((c) => !targets.includes(c));
    if (chairs) for (const c of chairs) for (const t of targets) pairs.push([c, t]);
  }
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
  // (the clause after the match, as a demand or what is charged: worked out only for a cue that states it)
  const rest = cue.rest ? restOf(ctx.s, m.end) : undefined;
  for (const [s, t] of pairs) {
    if (personal && personal.size && ((personal.has(s) && labelOf(ctx, t) === "Person") || (personal.has(t) && labelOf(ctx, s) === "Person"))) continue;
    const r: Relation = { type: cue.type, source: s, target: t, sentence: ctx.s.index };
    if (cue.rest && rest) r[cue.rest] = rest;
    st.out.push(r);
  }
  return true;
}

/** The entities the sentence names only by a title ("the Qatari prime minister" for Qatar). */
function titledOnly(ctx: Ctx): ReadonlySet<string> {
  // (most sentences name no title: no set made)
  if (!ctx.ms.some(isResolvedOffice)) return NO_IDS;
  const titled = new Set<string>();
  for (const m of ctx.ms) if (m.kind === "office" && m.entity) for (const id of m.entity) titled.add(id);
  if (titled.size) for (const m of ctx.ms) if (m.kind !== "office" && m.entity) for (const id of m.entity) titled.delete(id);
  return titled;
}
const isResolvedOffice = (m: Mention) => m.kind === "office" && !!m.entity;
const NO_IDS: ReadonlySet<string> = new Set();
