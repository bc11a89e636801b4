// What every stage may read but none changes: the NLP model, the gazetteer and the lexicon, loaded once per process.
import { loadGazetteer, type Gazetteer } from "./gazetteer/load-gazetteer.ts";
import { loadLexicon, type Lexicon } from "./lexicon/load-lexicon.ts";
import { createNlp, type Nlp } from "./nlp.ts";

export interface Resources {
  nlp: Nlp;
  gazetteer: Gazetteer;
  lexicon: Lexicon;
}

export function loadResources(): Resources {
  const nlp = createNlp();
  return { nlp, gazetteer: loadGazetteer((s) => nlp.phraseNorms(s)), lexicon: loadLexicon() };
}
