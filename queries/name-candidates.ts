// Asks a store for the few nodes a name given as a parameter could mean, instead of loading every name it holds.
//
// Why a prefilter and not the whole resolution in Cypher: resolveName compares names with accents, case and
// punctuation folded away, which neither dialect can do. Every node that resolveName could pick has a name or
// alias whose lower case holds the text's longest folded word (or has the text as its id), so the store returns
// those, parameterised, and resolveName ranks them as before. A name found only through folding an accent
// ("Erdogan" for "Erdoğan") slips through that filter: when the few candidates name nobody, the whole list is read.
import { ACTOR_LABELS, NODE_LABELS } from "../graph-schema/index.ts";
import type { GraphStore } from "../store/index.ts";
import { foldedWords, resolveName, type NameCandidate } from "./resolve-name.ts";

export type NameKind = "actor" | "entity";

const labelsOf = (kind: NameKind): string => (kind === "actor" ? [...ACTOR_LABELS] : NODE_LABELS.filter((l) => l !== "Article")).join("|");
const RETURNS = "RETURN n.id AS id, n.name AS name, n.label AS label, n.aliases AS aliases";

/**
 * The lookup in each dialect. The embedded store crashes on a parameter inside a list predicate (`any(a IN ...
 * WHERE ... $word)`), so there the aliases are joined into one string first; the separator cannot occur in a folded word.
 */
export function candidateQuery(kind: NameKind, store: GraphStore["kind"]): string {
  const aliases = store === "embedded" ? "toLower(list_to_string('\u001f', n.aliases)) CONTAINS $word" : "any(a IN n.aliases WHERE toLower(a) CONTAINS $word)";
  return `MATCH (n:${labelsOf(kind)}) WHERE n.id = $text OR toLower(n.name) CONTAINS $word OR ${aliases} ${RETURNS}`;
}

const toCandidates = (rows: Record<string, unknown>[]): NameCandidate[] =>
  rows.map((r) => ({ id: String(r.id), name: String(r.name), label: String(r.label), aliases: (r.aliases as string[] | null) ?? [] }));

/** Resolves `text` to one node of `kind` on `store`: "Lavrov" finds Sergey Lavrov; several matches is an error naming them. */
export async function resolveNameIn(store: GraphStore, text: string, kind: NameKind): Promise<NameCandidate> {
  const what = kind === "actor" ? "actor" : "node";
  const word = foldedWords(text).sort((a, b) => b.length - a.length)[0];
  // an empty name: resolveName says so
  if (!word) return resolveName(text, [], what);
  const few = toCandidates(await store.query(candidateQuery(kind, store.kind), { text, word }));
  try {
    return resolveName(text, few, what);
  } catch (e) {
    if (!/^queries: no /.test((e as Error).message)) throw e;
  }
  const all = toCandidates(await store.query(`MATCH (n:${labelsOf(kind)}) ${RETURNS}`));
  return resolveName(text, all, what);
}
