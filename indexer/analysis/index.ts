// Public surface of the analyzer: the one tokenizer of documents, queries and highlights, and its glossary.
export {
  ANALYZER_VERSION,
  analyze,
  analyzeNormalized,
  analyzerFingerprint,
  grams,
  isHan,
  loadAnalyzer,
  normalize,
  phraseGrams,
  type Normalized,
  type Token,
} from './analyzer.ts';
export { englishTokens, phraseKey, splitCompounds, stemWord, type EnglishToken } from './english.ts';
export { glossary, type Glossary, type GlossaryEntry } from './glossary.ts';
export { tagWords } from './segment-chinese.ts';
export { isStopword } from './stopwords.ts';
export { parseSynonyms, synonyms, type SynonymGroup, type Synonyms } from './synonyms.ts';
export { UNITS, unitOf, type Unit, type UnitKind } from './units.ts';
export { parseThesaurus, thesaurus, type Thesaurus, type ThesaurusEntry } from './thesaurus.ts';
export { chineseNumeral } from './chinese-numerals.ts';
