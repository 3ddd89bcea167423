// The reading aid: a text's words, cut as the index cuts them, with pinyin and English glosses.
import { pinyin } from 'pinyin-pro';
import { analyze } from '../../indexer/analysis/analyzer.ts';
import { glossary } from '../../indexer/analysis/glossary.ts';
import type { IndexStore } from './index-store.ts';

/** One Chinese word of a text with its reading and meaning. */
export interface GlossedWord {
  readonly text: string;
  /** Offsets into the text glossed. */
  readonly start: number;
  readonly end: number;
  readonly pinyin: string;
  /** English: the glossary's forms, else CC-CEDICT's senses; empty when neither knows the word. */
  readonly en: readonly string[];
  readonly source: 'glossary' | 'dictionary' | null;
}

const HAN = /\p{Script=Han}/u;

/**
 * Glosses the Chinese words of `text`: the analyzer's whole words (not their sub-words), each
 * with pinyin and English (the field glossary first, then CC-CEDICT through the lexicon).
 * @example glossText(store, '推进带量采购')[1] -> { text: '带量采购', pinyin: 'dài liàng cǎi gòu', en: ['volume-based procurement', …], source: 'glossary' }
 */
export function glossText(store: IndexStore, text: string): GlossedWord[] {
  const terms = glossary().byChinese;
  return analyze(text)
    .filter((t) => !t.sub && HAN.test(t.term))
    .map((t) => {
      const entry = terms.get(t.term);
      const word = store.lexicon?.words[t.term];
      const en = entry?.en ?? word?.en ?? [];
      return {
        text: text.slice(t.start, t.end),
        start: t.start,
        end: t.end,
        pinyin: word?.py ?? pinyin(t.term, { toneType: 'symbol' }),
        en,
        source: entry ? 'glossary' : word ? 'dictionary' : null,
      };
    });
}
