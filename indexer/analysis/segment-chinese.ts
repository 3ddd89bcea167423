// Chinese word segmentation: jieba (nodejieba) loaded once with the domain user dictionary.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nodejieba from 'nodejieba';
import { projectPath } from '../paths.ts';

/** The domain user dictionary: one `word freq tag` a line, generated from the corpus (see README). */
export const USER_DICT_PATH = projectPath('indexer', 'analysis', 'user-dict.txt');

/**
 * jieba's load also reads the tables of its keyword extraction (a 6 MB IDF file and a stop-word
 * list), which this project never uses (no extract, no textRankExtract): it is given this one-line
 * table for both instead, 0.17 s and 20 MB less at every start. Cutting and tagging do not read them.
 */
const KEYWORD_STUB = projectPath('indexer', 'analysis', 'jieba-keyword-stub.utf8');

const require = createRequire(import.meta.url);
const JIEBA_VERSION: string = (require('nodejieba/package.json') as { version: string }).version;

let loaded = false;

/**
 * Loads jieba's dictionaries and the user dictionary. Called once at start-up; throws (never falls
 * back to another segmenter) when the native binding or a dictionary cannot be loaded, because an
 * index and its queries must be cut by the same segmenter.
 */
export function loadChineseSegmenter(options: { userDict?: boolean } = {}): void {
  if (loaded) return;
  // Without the user dictionary: only for discovering the terms that go into it.
  const stub = { idfDict: KEYWORD_STUB, stopWordDict: KEYWORD_STUB };
  nodejieba.load(options.userDict === false ? stub : { ...stub, userDict: USER_DICT_PATH });
  // The first cut builds jieba's internal tables; pay it here, not on the first request.
  nodejieba.cut('预热', true);
  loaded = true;
}

/**
 * Cuts a run of simplified Han characters into words. The words concatenate back to `run`.
 * HMM is on: without it jieba falls back to single characters for unknown sequences.
 * @example cutWords('推进集中带量采购') -> ['推进', '集中带量采购']
 */
export function cutWords(run: string): string[] {
  if (!loaded) loadChineseSegmenter();
  return nodejieba.cut(run, true);
}

/**
 * Dictionary words inside `word`, shorter than it (jieba's full mode). Search mode alone would miss
 * 带量采购 inside 集中带量采购 once the longer one is a dictionary word; full mode does not. The same
 * words recur throughout a corpus: each one's answer is kept (up to SUB_WORDS_KEPT words).
 * @example subWords('集中带量采购') -> ['集中', '带量采购', '采购']
 */
export function subWords(word: string): string[] {
  if (!loaded) loadChineseSegmenter();
  let subs = subWordsOf.get(word);
  if (!subs) {
    subs = nodejieba.cutAll(word).filter((w) => w.length > 1 && w.length < word.length);
    if (subWordsOf.size >= SUB_WORDS_KEPT) subWordsOf.clear();
    subWordsOf.set(word, subs);
  }
  return [...subs];
}

const SUB_WORDS_KEPT = 200_000;
const subWordsOf = new Map<string, readonly string[]>();

/**
 * Part-of-speech tags of jieba's words in `text` (`v` verb, `n` noun, `m` numeral, `x` unknown…).
 * @example tagWords('鼓励企业') -> [{ word: '鼓励', tag: 'v' }, { word: '企业', tag: 'n' }]
 */
export function tagWords(text: string): Array<{ word: string; tag: string }> {
  if (!loaded) loadChineseSegmenter();
  return nodejieba.tag(text);
}

/** Identifies the segmenter and its dictionaries; an index built with another is refused. */
export function segmenterFingerprint(): string {
  const hash = createHash('sha256');
  hash.update(`nodejieba@${JIEBA_VERSION}\n`);
  hash.update(readFileSync(USER_DICT_PATH));
  return hash.digest('hex').slice(0, 16);
}
