// The reading aid: a text's words, cut as the index cuts them, with pinyin and English glosses.
import { pinyin } from 'pinyin-pro';
import { analyze, glossary } from '../../indexer/analysis/index.ts';
import type { GlossedWord } from '../contract/gloss.ts';
import type { IndexStore } from './index-store.ts';

const HAN = /\p{Script=Han}/u;

/**
 * Glosses the Chinese words of `text`: the analyzer's whole words (not their sub-words), each
 * with pinyin and English (the field glossary first, then CC-CEDICT through the lexicon).
 * @example glossText(store, '推进带量采购')[1]
 *   -> { text: '带量采购', pinyin: 'dài liàng cǎi gòu', en: ['volume-based procurement', …], source: 'glossary' }
 */
export function glossText(store: IndexStore, text: string): GlossedWord[] {
  const terms = glossary().byChinese;
  return analyze(text)
    .filter((t) => !t.sub && HAN.test(t.term))
    .map((t) => {
      const entry = terms.get(t.term);
      const word = store.lexicon?.words.get(t.term);
      const en = entry?.en ?? word?.en ?? [];
      return {
        text: text.slice(t.start, t.end),
        start: t.start,
        end: t.end,
        pinyin: word?.py ?? pinyin(t.term, { toneType: 'symbol' }),
        en,
        source: sourceOf(entry !== undefined, word !== undefined),
      };
    });
}

function sourceOf(inGlossary: boolean, inLexicon: boolean): GlossedWord['source'] {
  if (inGlossary) return 'glossary';
  return inLexicon ? 'dictionary' : null;
}
