// The brokers a happening phrase names after it: "the deal mediated by Georgian Prime Minister X", "a truce brokered
// by Qatar and Egypt".
import type { Mention, Sentence } from "../../document.ts";
import type { Resources } from "../../resources.ts";
import { isCap } from "./spans.ts";
import { entityId } from "../../entity-ids.ts";

/** Kinds of mention a "brokered by" phrase is made of. */
const BROKER_KINDS = new Set<Mention["kind"]>(["state", "capital", "seat", "adjective", "organisation", "body", "office", "person"]);

/** The actors of "by ..." from token k: "Georgian Prime Minister Irakli Garibashvili", "Qatar and Egypt", "the UN". Their
 * entity ids where the dictionary knows them (persons are found later, so an unknown name after a title is spanned but
 * not listed), and where the phrase ends; undefined when no actor follows. */
export function brokersAfter(s: Sentence, norms: string[], res: Resources, mentions: Mention[], k: number): { ids: string[]; end: number } | undefined {
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
      if (m.kind === "state" || m.kind === "capital" || m.kind === "seat") { if (m.state) ids.push(entityId("State", m.state)); }
      else if (m.kind === "organisation" && m.ref) ids.push(entityId("Organisation", m.ref));
      else if (m.kind === "person" && m.ref) ids.push(entityId("Person", m.ref));
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
