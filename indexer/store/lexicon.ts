// The corpus' own words in CC-CEDICT: pinyin and English for the reading aid, English -> Chinese
// for query translation, pinyin -> Chinese for pinyin queries. Derived at index time, never in the server.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { phraseKey } from '../analysis/english.ts';

/** Bumped when the lexicon's layout or derivation changes. */
export const LEXICON_VERSION = 1;

/** A dictionary look-up the lexicon is built from: CC-CEDICT's English senses of a simplified word. */
export type SenseLookup = (simplified: string) => readonly string[];

/** The lexicon file's content. */
export interface Lexicon {
  /** The index identity (analyzer and corpus) it was derived for, and its own version. */
  readonly identity: string;
  /** Chinese word -> pinyin with tone marks and its English senses (those CC-CEDICT has). */
  readonly words: Readonly<Record<string, { readonly py: string; readonly en: readonly string[] }>>;
  /** Stemmed English gloss -> Chinese words of the corpus with that sense, most frequent first. */
  readonly english: Readonly<Record<string, readonly string[]>>;
  /** Toneless pinyin without spaces (yizhixingpingjia) -> the corpus words that read so. */
  readonly pinyin: Readonly<Record<string, readonly string[]>>;
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
 * up; reserves` -> `store up`, `reserves`), stemmed, and mapped back to every corpus word having
 * them, ranked by how many clauses use the word; words CC-CEDICT lacks get no English here (the
 * glossary covers the field's terms).
 * @param vocabulary term -> clause count, from the index, in the order the build met the terms
 */
export function buildLexicon(identity: string, vocabulary: ReadonlyMap<string, number>, senses: SenseLookup): Lexicon {
  const words: Record<string, { py: string; en: string[] }> = {};
  const english = new Map<string, Map<string, number>>();
  const byPinyin = new Map<string, Map<string, number>>();
  for (const [word, count] of vocabulary) {
    if (!HAN.test(word)) continue;
    const en = senses(word).filter((s) => !NOT_A_SENSE.test(s));
    const py = pinyin(word, { toneType: 'symbol' });
    if (en.length > 0) words[word] = { py, en: en.slice(0, 6) };
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
  const ranked = (m: Map<string, Map<string, number>>) =>
    Object.fromEntries(
      [...m].map(([k, v]) => [
        k,
        [...v]
          .sort((a, b) => b[1] - a[1])
          .slice(0, MAX_CANDIDATES)
          .map(([w]) => w),
      ]),
    );
  return { identity, words, english: ranked(english), pinyin: ranked(byPinyin) };
}

/** Writes the lexicon atomically (temporary file, then rename). */
export function writeLexicon(path: string, lexicon: Lexicon): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(lexicon));
  renameSync(tmp, path);
}

/**
 * Reads a lexicon; undefined when it is missing, unreadable or was derived for another index. Its
 * tables are keyed by corpus and query text, so they come without a prototype: looking up
 * `constructor` finds nothing rather than Object's.
 */
export function readLexicon(path: string, identity: string): Lexicon | undefined {
  try {
    const lexicon = JSON.parse(readFileSync(path, 'utf8')) as Lexicon;
    if (lexicon.identity !== identity) return undefined;
    const bare = <T>(table: Readonly<Record<string, T>>): Record<string, T> =>
      Object.assign(Object.create(null) as Record<string, T>, table);
    return { identity, words: bare(lexicon.words), english: bare(lexicon.english), pinyin: bare(lexicon.pinyin) };
  } catch {
    return undefined;
  }
}
