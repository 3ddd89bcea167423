// The Chinese an English word may stand for, beyond the glossary's phrases: the corpus' CC-CEDICT
// senses read both ways (a gloss that is the word, and a gloss of several words that holds it), and
// the glossary's phrases taken apart (traceability system -> 追溯体系 gives traceability -> 追溯).
import { englishTokens, type Glossary } from '../../indexer/analysis/index.ts';
import type { Lexicon } from '../../indexer/store/index.ts';
import { SEARCH_DEFAULTS } from './search-defaults.ts';

/** Chinese terms proposed for a word, best first, each with its weight in the ranking. */
export interface Senses {
  readonly to: readonly string[];
  readonly weights: readonly number[];
}

/** What the corpus says of a Chinese term: in how many clauses it is a word, and is written at all. */
export interface Usage {
  readonly word: (zh: string) => number;
  readonly written: (zh: string) => number;
}

/** A gloss of several words read the other way: a word's lemma -> the corpus words one of whose glosses holds it. */
type Within = ReadonlyMap<string, readonly string[]>;
const withinCache = new WeakMap<Lexicon, Within>();

function withinIndex(lexicon: Lexicon): Within {
  const known = withinCache.get(lexicon);
  if (known) return known;
  const out = new Map<string, string[]>();
  for (const [key, words] of lexicon.english) {
    const tokens = englishTokens(key);
    if (tokens.length < 2) continue;
    for (const t of tokens) {
      if (t.stopword) continue;
      const list = out.get(t.word) ?? [];
      for (const w of words) if (!list.includes(w)) list.push(w);
      out.set(t.word, list);
    }
  }
  withinCache.set(lexicon, out);
  return out;
}

/**
 * The general (CC-CEDICT) senses of an English word by its key (lemma): the corpus words glossed as the word, then
 * those with a gloss of a few words holding it (water -> 节水 "save water"), ranked by how many clauses
 * use them, weighted by that use beside the most used one. A sense of one character is kept only when
 * the corpus writes it as a word of its own often enough (measures -> 度 is inside 年度 and 力度).
 */
export function dictionarySenses(lexicon: Lexicon | undefined, stem: string, usage: Usage): Senses {
  if (!lexicon) return { to: [], weights: [] };
  const { oneCharWordShare, maxSenses, minSenseWeight } = SEARCH_DEFAULTS.english;
  const direct = lexicon.english.get(stem) ?? [];
  const within = withinIndex(lexicon).get(stem) ?? [];
  const keep = (zh: string) =>
    [...zh].length > 1 || (usage.word(zh) > 0 && usage.word(zh) >= oneCharWordShare * usage.written(zh));
  const byUse = (list: readonly string[]) => list.filter(keep).sort((a, b) => usage.word(b) - usage.word(a));
  const ranked = [...new Set([...byUse(direct), ...byUse(within)])].slice(0, maxSenses);
  const best = Math.max(1, ...ranked.map((zh) => usage.word(zh)));
  // A word glossed as the word itself says it; one that only holds it in a longer gloss, less.
  const weights = ranked.map((zh) => {
    const share = Math.max(minSenseWeight, Math.sqrt(usage.word(zh) / best));
    return direct.includes(zh) ? share : share * SEARCH_DEFAULTS.english.withinWeight;
  });
  return { to: ranked, weights };
}

// The glossary's phrases of two or more words by each of their words, made once per glossary, so
// that a word's composed senses read the phrases holding it, not the whole glossary (a scan of every
// phrase for every English word of a question was most of an English question's analysis).
const PHRASES_BY_WORD = new WeakMap<Glossary, Map<string, Array<[string[], readonly string[]]>>>();

function phrasesHolding(glossary: Glossary, stem: string): ReadonlyArray<[string[], readonly string[]]> {
  let index = PHRASES_BY_WORD.get(glossary);
  if (!index) {
    index = new Map();
    for (const [key, zhs] of glossary.byEnglish) {
      const stems = key.split(' ');
      if (stems.length < 2) continue;
      for (const word of new Set(stems)) {
        const list = index.get(word) ?? [];
        list.push([stems, zhs]);
        index.set(word, list);
      }
    }
    PHRASES_BY_WORD.set(glossary, index);
  }
  return index.get(stem) ?? [];
}

/**
 * A word the glossary knows only inside its phrases, taken out of them: for each phrase holding the
 * word, its Chinese less the Chinese of the phrase's other words (traceability system -> 追溯体系, less
 * 体系 for system, is 追溯), kept when the corpus uses what is left as a word. Best supported first.
 */
export function composedSenses(
  glossary: Glossary,
  lexicon: Lexicon | undefined,
  stem: string,
  usage: Usage,
): readonly string[] {
  const support = new Map<string, number>();
  for (const [stems, zhs] of phrasesHolding(glossary, stem)) {
    const others = stems.filter((s) => s !== stem);
    const otherZh = others.flatMap((s) => [...(glossary.byEnglish.get(s) ?? []), ...(lexicon?.english.get(s) ?? [])]);
    for (const zh of zhs) {
      for (const part of otherZh) {
        if (part.length < 1 || part.length >= zh.length) continue;
        let rest: string | undefined;
        if (zh.startsWith(part)) rest = zh.slice(part.length);
        else if (zh.endsWith(part)) rest = zh.slice(0, zh.length - part.length);
        if (rest && [...rest].length >= 2 && usage.word(rest) > 0) support.set(rest, (support.get(rest) ?? 0) + 1);
      }
    }
  }
  return [...support].sort((a, b) => b[1] - a[1] || usage.word(b[0]) - usage.word(a[0])).map(([zh]) => zh);
}
