// The weights and thresholds of search, related clauses and question retrieval, in one place, each
// with what it is for. Hand-set: each says why it is not learned.

/** Every setting the query builders and the executor read. */
export const SEARCH_DEFAULTS = {
  ranking: {
    /** A piece of a longer word (带量采购 in 集中带量采购) counts this much of a whole word. */
    subWordWeight: 0.3,
    /**
     * A form an expansion added (a synonym, a thesaurus entry, a long form) ranks a clause this much
     * of what the form typed would; its pieces rank nothing (质量和疗效一致性评价, added for 一致性评价,
     * must not rank clauses by 质量 and 疗效).
     */
    alternativeWeight: 0.5,
  },
  matching: {
    /** A clause matching this many times more clauses than the rarest… */
    commonRatio: 5,
    /** …and more than this share of all clauses, is common: it ranks instead of filtering (Lucene's common terms). */
    commonShare: 0.05,
  },
  partial: {
    /** Fewer complete matches than this (a page) and the page is filled with partial ones. */
    fillBelow: 10,
    /** At most this many partial matches are listed. */
    max: 100,
  },
  english: {
    /**
     * A general (CC-CEDICT) sense of one character is kept only when the corpus uses it as a word of
     * its own in at least this share of the clauses that hold the character (水 in 节水, 用水: yes;
     * 度 of measures, inside 年度 and 力度: no).
     */
    oneCharWordShare: 0.25,
    /** General senses kept per English word: the most used by the corpus. */
    maxSenses: 4,
    /** A general sense weighs its use beside the word's most used sense, never less than this. */
    minSenseWeight: 0.3,
    /** A sense found inside a gloss of several words (water in "save water" -> 节水) weighs this much more. */
    withinWeight: 0.6,
    /**
     * Of an ambiguous word's senses, those the query's other words meet in the corpus at least this
     * share as often as its best sense does are kept (see sense-agreement.ts).
     */
    senseKeepShare: 0.25,
    /** Co-occurrence is counted over the index's first clauses, at most this many: a bounded sample. */
    cooccurrenceWindow: 20000,
  },
  abbreviations: {
    /** Short forms of this many characters… */
    minChars: 2,
    maxChars: 5,
    /** …that the corpus writes in at most this many clauses are looked for as longer forms. */
    maxUses: 20,
    /** A long form spans at most this many times the short form's characters. */
    maxStretch: 3,
    /** A long form must occur in at least this many clauses, */
    minClauses: 2,
    /** and at least this share of the most used long form's clauses; */
    minShare: 0.2,
    /** at most this many long forms are added. */
    max: 3,
  },
  related: {
    /** How many of the clause's terms make the query: its most telling ones. */
    maxQueryTerms: 25,
    /** The immediate heading says what the clause is about; its words count this much of the clause's. */
    headingWeight: 0.5,
    /** A piece of a longer word (飞地 in 双飞地, 追溯 in 追溯体系) counts this much of a whole word. */
    subWordWeight: 0.5,
    /** A related clause must share at least this many of the query's terms (one shared word is chance). */
    minShared: 2,
    /** How many of BM25's best are considered (a page of related clauses comes from the first of them). */
    considered: 200,
  },
} as const;
