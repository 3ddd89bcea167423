// The corpus' own words in CC-CEDICT: pinyin and English for the reading aid, English -> Chinese
// for query translation, pinyin -> Chinese for pinyin queries. Derived at index time, never in the server.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { compoundsApartKey, phraseKey } from '../analysis/english.ts';

/** Bumped when the lexicon's layout or derivation changes. */
export const LEXICON_VERSION = 5;

/** A dictionary look-up the lexicon is built from: CC-CEDICT's English senses of a simplified word. */
export type SenseLookup = (simplified: string) => readonly string[];

/** English headwords -> their Chinese, from an English -> Chinese dictionary (ECDICT). */
export type TranslationLookup = ReadonlyMap<string, readonly string[]>;

/** A word's reading and meanings. */
export interface LexiconWord {
  readonly py: string;
  readonly en: readonly string[];
}

/**
 * The lexicon: lookups keyed by corpus and query text, so Maps (a plain object would answer
 * `constructor` with Object's own function).
 */
export interface Lexicon {
  /** The index identity (analyzer and corpus) it was derived for, and its own version. */
  readonly identity: string;
  /** Chinese word -> pinyin with tone marks and its English senses (those CC-CEDICT has). */
  readonly words: ReadonlyMap<string, LexiconWord>;
  /** English gloss by its key (see phraseKey) -> Chinese words of the corpus with that sense, most used first. */
  readonly english: ReadonlyMap<string, readonly string[]>;
  /** Toneless pinyin without spaces (yizhixingpingjia) -> the corpus words that read so. */
  readonly pinyin: ReadonlyMap<string, readonly string[]>;
}

/** The lexicon as its file holds it: each Map as a JSON array of [key, value] entries. */
interface LexiconFile {
  readonly identity: string;
  readonly words: ReadonlyArray<readonly [string, LexiconWord]>;
  readonly english: ReadonlyArray<readonly [string, readonly string[]]>;
  readonly pinyin: ReadonlyArray<readonly [string, readonly string[]]>;
}

const HAN = /^\p{Script=Han}+$/u;
// Senses that are cross-references or grammar notes, not meanings.
const NOT_A_SENSE = /^(variant of|old variant|see |surname|abbr\. for|cl:|used in|\(bound form\))/i;
const MAX_CANDIDATES = 4;

/** The identity a lexicon must carry to go with an index. */
export function lexiconIdentity(analyzer: string, corpus: string): string {
  return createHash('sha256').update(`${LEXICON_VERSION}\0${analyzer}\0${corpus}`).digest('hex').slice(0, 24);
}

/**
 * Builds the lexicon of the corpus vocabulary. English senses are split into glosses (`to store
 * up; reserves` -> `store up`, `reserves`), keyed by their lemmas, and mapped back to every corpus
 * word having them; an English -> Chinese dictionary's headwords add the corpus words they
 * translate to (promulgate -> 公布, which no CC-CEDICT gloss of a corpus word says). Each gloss's
 * words are ranked by how many clauses use them; words neither dictionary has get no English here
 * (the glossary covers the field's terms).
 * @param vocabulary term -> clause count, from the index
 * @param translations English headword -> Chinese, in the dictionary's order
 */
export function buildLexicon(
  identity: string,
  vocabulary: Iterable<readonly [string, number]>,
  senses: SenseLookup,
  translations: TranslationLookup = new Map(),
): Lexicon {
  const words = new Map<string, LexiconWord>();
  const english = new Map<string, Map<string, number>>();
  const byPinyin = new Map<string, Map<string, number>>();
  const counts = new Map(vocabulary);
  for (const [word, count] of counts) {
    if (!HAN.test(word)) continue;
    const en = senses(word).filter((s) => !NOT_A_SENSE.test(s));
    const py = pinyin(word, { toneType: 'symbol' });
    if (en.length > 0) words.set(word, { py, en: en.slice(0, 6) });
    for (const sense of en) {
      for (const gloss of sense.replace(/\([^)]*\)/g, ' ').split(/[;,]/)) {
        const key = phraseKey(gloss.replace(/^\s*to\s+/i, ''));
        if (!key || key.split(' ').length > 3) continue;
        const map = english.get(key) ?? new Map<string, number>();
        map.set(word, count);
        english.set(key, map);
      }
    }
    if (word.length >= 2) {
      const key = pinyin(word, { toneType: 'none', type: 'array' }).join('');
      const map = byPinyin.get(key) ?? new Map<string, number>();
      map.set(word, count);
      byPinyin.set(key, map);
    }
  }
  const glossed = new Set(english.keys());
  for (const [headword, zhs] of translations) {
    const key = phraseKey(headword);
    if (!key || key.split(' ').length > 3 || glossed.has(key)) continue;
    for (const zh of zhs) {
      const count = counts.get(zh);
      if (!count) continue;
      const map = english.get(key) ?? new Map<string, number>();
      map.set(zh, count);
      english.set(key, map);
    }
  }
  const ranked = (m: Map<string, Map<string, number>>) =>
    new Map(
      [...m].map(([k, v]) => [
        k,
        [...v]
          .sort((a, b) => b[1] - a[1])
          .slice(0, MAX_CANDIDATES)
          .map(([w]) => w),
      ]),
    );
  return { identity, words, english: withCompoundsApart(ranked(english)), pinyin: ranked(byPinyin) };
}

/**
 * The glosses keyed by their words with the hyphens taken apart too (non-governmental organization
 * is also non governmental organization), as the glossary is: a query's compound nothing knows whole
 * is read as its words (splitCompounds). Made when the lexicon is built or read (an older file holds none).
 */
function withCompoundsApart(english: ReadonlyMap<string, readonly string[]>): ReadonlyMap<string, readonly string[]> {
  const out = new Map(english);
  for (const [key, zh] of english) {
    if (!key.includes('-')) continue;
    const apart = compoundsApartKey(key);
    if (!out.has(apart)) out.set(apart, zh);
  }
  return out;
}

/** Writes the lexicon atomically (temporary file, then rename). */
export function writeLexicon(path: string, lexicon: Lexicon): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const file: LexiconFile = {
    identity: lexicon.identity,
    words: [...lexicon.words],
    english: [...lexicon.english],
    pinyin: [...lexicon.pinyin],
  };
  writeFileSync(tmp, JSON.stringify(file));
  renameSync(tmp, path);
}

/** Reads a lexicon; undefined when it is missing, unreadable or was derived for another index. */
export function readLexicon(path: string, identity: string): Lexicon | undefined {
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as LexiconFile;
    if (file.identity !== identity) return undefined;
    return {
      identity: file.identity,
      words: new Map(file.words),
      english: withCompoundsApart(new Map(file.english)),
      pinyin: new Map(file.pinyin),
    };
  } catch {
    return undefined;
  }
}
