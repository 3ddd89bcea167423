// The lexicon derived for an index: the corpus' words in CC-CEDICT, and ECDICT's English headwords
// that translate to them. One function, for the indexer and for the lexicon's own process.
import { loadCedictSenses } from './cedict-senses.ts';
import { loadEcdictTranslations } from './ecdict-senses.ts';
import { buildLexicon, lexiconIdentity, type Lexicon } from './store/lexicon.ts';

/** Derives the lexicon of an index from its vocabulary (term -> clause count). */
export async function deriveLexicon(
  analyzer: string,
  corpus: string,
  vocabulary: Iterable<readonly [string, number]>,
): Promise<Lexicon> {
  const counts = new Map(vocabulary);
  const translations = await loadEcdictTranslations((zh) => (counts.get(zh) ?? 0) > 0);
  return buildLexicon(lexiconIdentity(analyzer, corpus), counts, await loadCedictSenses(), translations);
}
