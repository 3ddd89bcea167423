// English words of a query: tokens with offsets, and the lemmas they are matched by.
import lemmatize from 'wink-lemmatizer';
import spellings from '../data/english-spellings.json' with { type: 'json' };
import { ENGLISH_STOPWORDS } from './stopwords.ts';

/** An English word (or code such as r&d, pd-1, 5g) with its place in the text. */
export interface EnglishToken {
  /** Lower-cased, NFKC-folded. */
  readonly word: string;
  /** What matching compares: the word's lemma (`factories` -> `factory`), see stemWord. */
  readonly stem: string;
  readonly start: number;
  readonly end: number;
  readonly stopword: boolean;
}

const WORD = /[a-z0-9]+(?:[&'\-.+][a-z0-9]+)*/g;

/**
 * The English words of `text`, lemmatised, with offsets. Plural and -ing/-ed forms share a lemma with
 * their base, so `green factories` matches a glossary entry written `green factory`.
 * @example englishTokens('Green Factories').map((t) => t.stem) -> ['green', 'factory']
 */
export function englishTokens(text: string): EnglishToken[] {
  const folded = text.normalize('NFKC').toLowerCase();
  // NFKC can change lengths; offsets are only exact when it did not (plain ASCII queries).
  const source = folded.length === text.length ? folded : text.toLowerCase();
  const out: EnglishToken[] = [];
  for (const m of source.matchAll(WORD)) out.push(token(m[0].replace(/'s$/, ''), m.index, m.index + m[0].length));
  return out;
}

// A word as a token: its lemma and whether it is a stop word.
function token(word: string, start: number, end: number): EnglishToken {
  return { word, stem: stemWord(word), start, end, stopword: ENGLISH_STOPWORDS.has(word) };
}

/**
 * The tokens with each compound written with hyphens (clinical-trial, above-scale, five-year) taken
 * apart into its words, unless `keepWhole` keeps it (a code the corpus writes as one, PD-1, COVID-19,
 * or a glossary term): a compound nothing knows whole is read as the words it is made of.
 * @example splitCompounds(englishTokens('new-drug'), () => false).map((t) => t.word) -> ['new', 'drug']
 */
export function splitCompounds(
  tokens: readonly EnglishToken[],
  keepWhole: (token: EnglishToken) => boolean,
): EnglishToken[] {
  return tokens.flatMap((t) => {
    if (!t.word.includes('-') || keepWhole(t)) return [t];
    return [...t.word.matchAll(/[^-]+/g)].map((m) => token(m[0], t.start + m.index, t.start + m.index + m[0].length));
  });
}

const SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = spellings.rules.map(
  ([pattern, replacement]) => [new RegExp(pattern as string), replacement as string] as const,
);

/** A lower-case English word in one spelling (licence -> license, organize -> organise), by the data's rules. */
export function commonSpelling(word: string): string {
  return SPELLINGS.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), word);
}

/**
 * The lemma of one lower-case English word (WordNet's base forms, through wink-lemmatizer): its
 * singular if it is a plural noun, else its base if it is an inflected verb; a noun in -ing is
 * read as its verb (buildings, building and build meet). Only inflection is undone: a suffix
 * stemmer (Porter) also folds words whose senses differ (general and generic, organization and
 * organ, policy and police, responsible and response) onto one key, and the dictionary's senses of
 * one then translate the other. Compared adjectives are left as they are (best is not good). The
 * name says stem for the key's role, which a Porter stem had before. Codes with digits or symbols
 * are their own lemma.
 */
export function stemWord(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  const common = commonSpelling(word);
  const noun = lemmatize.noun(common);
  const base = noun !== common ? noun : lemmatize.verb(common);
  return base.endsWith('ing') ? lemmatize.verb(base) : base;
}

/** The key a sequence of words is looked up by: their lemmas (stemWord) joined by spaces, stop words kept. */
export function phraseKey(text: string): string {
  return englishTokens(text)
    .map((t) => t.stem)
    .join(' ');
}

/** The key of `text` with its hyphenated compounds taken apart (five-year plan -> five year plan). */
export function compoundsApartKey(text: string): string {
  return splitCompounds(englishTokens(text), () => false)
    .map((t) => t.stem)
    .join(' ');
}
