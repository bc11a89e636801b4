// The lexicon read into tries and sets for the finders: happening heads, "the parties" phrases, group nouns, the
// descriptors' word lists, and what each word opens of these and of the gazetteer's phrases. Built once per Resources.
import type { DictEntry } from "../../gazetteer/load-gazetteer.ts";
import { addPhrase, createTrie, type Trie } from "../../gazetteer/phrase-dictionary.ts";
import type { Resources } from "../../resources.ts";
import { wordTable } from "../../word-table.ts";

/** Pronouns and who they stand for. */
export const PRONOUNS = wordTable<"person" | "speaker">({ he: "person", she: "person", his: "person", her: "person", him: "person", we: "speaker", our: "speaker", us: "speaker", i: "speaker", my: "speaker" });
/** Words before a number that make a group definite: "the two men", "all three leaders" ("two men" is anyone). */
export const GROUP_DETERMINERS = new Set(["the", "these", "all"]);

/** What the finders look for that a word opens: for each phrase list, the node after the word where a phrase of it
 * starts with the word. Every token is looked up once for all of them (the look-ups, not the rules, were the cost). */
export interface WordStarts {
  dictionary: Trie<DictEntry> | undefined;
  notHappening: Trie<true> | undefined;
  head: Trie<HeadInfo> | undefined;
  side: Trie<true> | undefined;
  /** "both", or a determiner before a number: may open a group ("the two men") */
  group: boolean;
  pronoun: "person" | "speaker" | undefined;
}

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
  /** every word that opens anything the finders look for (a table, not a Map: see startsOf) */
  starts: Record<string, WordStarts>;
}

/** Tries and sets built from the lexicon once per Resources (the lexicon never changes while a process runs). */
const tries = new WeakMap<Resources, LexiconIndex>();
export function triesFor(res: Resources): LexiconIndex {
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
      starts: wordStarts(res.gazetteer.dictionary, res.gazetteer.nameParts.notHappenings, heads, sides),
    };
    tries.set(res, t);
  }
  return t;
}

function wordStarts(dictionary: Trie<DictEntry>, notHappenings: Trie<true>, heads: Trie<HeadInfo>, sides: Trie<true>): Record<string, WordStarts> {
  const words = new Set<string>(["both", ...GROUP_DETERMINERS, ...Object.keys(PRONOUNS)]);
  for (const trie of [dictionary, notHappenings, heads, sides]) for (const w of Object.keys(trie.next ?? {})) words.add(w);
  const starts: Record<string, WordStarts> = wordTable({});
  for (const w of words) {
    starts[w] = {
      dictionary: dictionary.next?.[w], notHappening: notHappenings.next?.[w], head: heads.next?.[w], side: sides.next?.[w],
      group: w === "both" || GROUP_DETERMINERS.has(w), pronoun: PRONOUNS[w],
    };
  }
  return starts;
}

/** What each token of a sentence opens (`at`; undefined: nothing, as for most), and which tokens open anything, in
 * order (`opens`): the finders visit those rather than test every token, a test that fails at random and cost more
 * than the rest of their loops. */
// (A word table, not a Map, as the tries' nodes are (phrase-dictionary.ts): it halved the time of this look-up on real text.)
export function startsOf(res: Resources, norms: string[]): { at: (WordStarts | undefined)[]; opens: number[] } {
  const { starts } = triesFor(res);
  const at: (WordStarts | undefined)[] = [];
  const opens: number[] = [];
  for (let i = 0; i < norms.length; i++) {
    const w = starts[norms[i]];
    at.push(w);
    if (w) opens.push(i);
  }
  return { at, opens };
}
