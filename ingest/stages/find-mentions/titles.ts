// Titles on persons: the office before a name (with the state or organisation it is of), a counterpart, an apposition
// after the name.
import type { Mention, Sentence } from "../../document.ts";
import type { Resources } from "../../resources.ts";
import { triesFor } from "./lexicon-index.ts";

/** Kinds of mention that say whose an office is: "Russian", "Russia's", "Moscow's". */
const STATE_KINDS = new Set<Mention["kind"]>(["adjective", "state", "capital", "seat"]);
/** Words before a title held once: "former Nigerian President X". */
const FORMER_WORDS = new Set(["former", "ex", "late", "then", "outgoing"]);

/** The first mention that ends at token `end` (a loop, not find: it is asked for every unknown name). */
function endingAt(mentions: Mention[], end: number): Mention | undefined {
  for (let n = 0; n < mentions.length; n++) if (mentions[n].end === end) return mentions[n];
  return undefined;
}

/** A title that ends at token k, with the state it is of: "Russian Foreign Minister", "Russia's Deputy Foreign
 * Minister", "President of Kyrgyzstan", "U.N. Secretary-General" (the organisation is found by the relations stage). */
export function titleEndingAt(mentions: Mention[], norms: string[], k: number): { office: Mention; state?: string; start: number; org?: boolean } | undefined {
  let m = endingAt(mentions, k);
  let state: string | undefined;
  // "President of Kyrgyzstan Sadyr Japarov", "Deputy Minister of Foreign Affairs of Georgia"
  if (m && (m.kind === "state" || m.kind === "capital") && !m.venue) {
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
    if (before && STATE_KINDS.has(before.kind)) {
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
export function attachTitles(s: Sentence, norms: string[], res: Resources, mentions: Mention[]): void {
  const { counterpart } = triesFor(res);
  for (const p of mentions) {
    if (p.kind !== "person") continue;
    if (counterpart.has(norms[p.start - 1] ?? "")) {
      p.title = "counterpart";
      const adj = mentions.find((m) => m.end === p.start - 1 && (m.kind === "adjective" || m.kind === "state"));
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
      p.former = FORMER_WORDS.has(norms[t.start - 1] ?? "") || (norms[t.start - 1] === "-" && norms[t.start - 2] === "ex");
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
      if (norms[k] === "the" || norms[k] === "a") k++;
      const former = norms[k] === "former";
      if (former) k++;
      const adj = mentions.find((m) => m.start === k && (m.kind === "adjective" || m.kind === "state"));
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
        if (!state && norms[off.end] === "of") state = mentions.find((m) => m.start === off.end + (norms[off.end + 1] === "the" ? 2 : 1) && (m.kind === "state" || m.kind === "capital"))?.state;
        p.title = off.title;
        p.state = state ?? p.state;
        if (p.body === "candidate") p.body = undefined;
      }
    }
  }
}
