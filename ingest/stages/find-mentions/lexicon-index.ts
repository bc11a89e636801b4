// The lexicon read into tries and sets for the finders: happening heads, "the parties" phrases, group nouns, the
// descriptors' word lists. Built once per Resources.
import { addPhrase, createTrie, type Trie } from "../../gazetteer/phrase-dictionary.ts";
import type { Resources } from "../../resources.ts";

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
    };
    tries.set(res, t);
  }
  return t;
}
