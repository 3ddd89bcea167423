// English beside a Chinese clause: its key terms, and headings or short phrases in English where the glossary has them.
import { pinyin } from 'pinyin-pro';
import { analyze, glossary, isStopword, type Token } from '../../indexer/analysis/index.ts';
import { metricNamed } from '../../indexer/figures/index.ts';
import type { ClauseEnglish, KeyTerm, PhraseEnglish } from '../contract/gloss.ts';
import type { IndexStore } from './index-store.ts';
import { chooseSense } from './sense-choice.ts';

/** How many key terms a clause gets, and how much more a glossary term weighs than a dictionary word. */
export const KEY_TERM_DEFAULTS = { max: 6, glossaryWeight: 1.5, headingTerms: 3 } as const;

const HAN = /\p{Script=Han}/u;
// A heading's own number: 一、 （二） (3) 1. 2、 专栏4 表1, and the space after it.
const LABEL = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．]|专栏\s*\d+|表\s*\d+)\s*/u;

// The dictionary gloss of a word the corpus uses (see chooseSense).
function senseOf(store: IndexStore, zh: string): string | undefined {
  return chooseSense(zh, store.lexicon?.words.get(zh)?.en, {
    wordsGlossed: (key) => store.lexicon?.english.get(key),
    frequency: (w) => store.documentFrequency(w),
  });
}

function termOf(store: IndexStore, zh: string): KeyTerm | undefined {
  const entry = glossary().byChinese.get(zh);
  const word = store.lexicon?.words.get(zh);
  const en = entry?.en[0] ?? senseOf(store, zh);
  if (!en) return undefined;
  return { zh, en, pinyin: word?.py ?? pinyin(zh, { toneType: 'symbol' }), source: entry ? 'glossary' : 'dictionary' };
}

// The whole words of a text (not their sub-words), Chinese ones that mean something.
function words(text: string): Token[] {
  return analyze(text).filter((t) => !t.sub && HAN.test(t.term) && [...t.term].length > 1 && !isStopword(t.term));
}

/**
 * The key terms of `text`: its words that the glossary or CC-CEDICT translates, rarest in the corpus
 * first (a glossary term weighs more), each once, at most `max`.
 * @example keyTerms(store, '以化学药一致性评价为契机')[0] -> { zh: '一致性评价', en: 'consistency evaluation', … }
 */
export function keyTerms(store: IndexStore, text: string, max: number = KEY_TERM_DEFAULTS.max): KeyTerm[] {
  const clauses = Math.max(1, store.clauses.length);
  const scored = new Map<string, { term: KeyTerm; score: number }>();
  for (const t of words(text)) {
    if (scored.has(t.term)) continue;
    const term = termOf(store, t.term);
    if (!term) continue;
    const idf = Math.log(1 + clauses / (1 + store.documentFrequency(t.term)));
    scored.set(t.term, { term, score: idf * (term.source === 'glossary' ? KEY_TERM_DEFAULTS.glossaryWeight : 1) });
  }
  return [...scored.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, max)
    .map((s) => s.term);
}

// The English joining two glossed words, from what the text has between them.
function joint(between: string): string {
  if (/[，,、；;]/.test(between)) return ', ';
  return /[和与及]/.test(between) ? ' and ' : ' ';
}

/**
 * A heading or another short phrase in English, where that is mechanical: a metric head by its name
 * (indexer/data/metrics.tsv), the phrase as one glossary entry, or every word of it glossed (joined
 * in order): a glossary term, else the dictionary sense the corpus uses (chooseSense). Otherwise
 * `en` is absent and `terms` still gives the glossary terms it holds.
 * A heading's number (一、 （二） 专栏4 表1) is returned apart, as written.
 * @example phraseEnglish(store, '四、保障措施') -> { zh: '四、保障措施', label: '四、', en: 'safeguard measures', terms: […] }
 */
export function phraseEnglish(store: IndexStore, zh: string): PhraseEnglish {
  const label = LABEL.exec(zh)?.[0] ?? '';
  const title = zh.slice(label.length).trim();
  const terms = keyTerms(store, title, KEY_TERM_DEFAULTS.headingTerms).filter((t) => t.source === 'glossary');
  const base = { zh, label: label.trim(), terms };
  const whole = metricNamed(title)?.en ?? glossary().byChinese.get(title)?.en[0];
  if (whole) return { ...base, en: whole };
  const tokens = analyze(title).filter((t) => !t.sub && !isStopword(t.term));
  if (tokens.length === 0) return base;
  let en = '';
  let end = 0;
  for (const t of tokens) {
    // The glossary's term, else the sense the corpus uses of the dictionary's (word by word, mechanical).
    const gloss = HAN.test(t.term)
      ? (glossary().byChinese.get(t.term)?.en[0] ?? senseOf(store, t.term)?.replace(/^to\s+/i, ''))
      : title.slice(t.start, t.end);
    if (!gloss) return base;
    en += (end > 0 ? joint(title.slice(end, t.start)) : '') + gloss;
    end = t.end;
  }
  return { ...base, en };
}

/** A clause's key terms and its section path in English (see {@link phraseEnglish}). */
export function clauseEnglish(store: IndexStore, clause: { id: string; text: string; section: readonly string[] }) {
  const out: ClauseEnglish = {
    id: clause.id,
    terms: keyTerms(store, clause.text),
    section: clause.section.map((s) => phraseEnglish(store, s)),
  };
  return out;
}
