// The weights and thresholds of question answering, in one place, each with what it is for.

/** The thresholds a caller may set (the eval sets them to 0 to see every would-be answer). */
export interface AskOptions {
  /** Below this confidence the answer is null. */
  readonly threshold: number;
  /** A compare row needs this confidence. */
  readonly rowThreshold: number;
}

/** How candidate answers are scored and when the engine declines. */
export const QA_DEFAULTS = {
  facts: {
    /** A figure whose metric head is the one asked (营业收入 asked, 营业收入 stated). */
    head: 3,
    /** Share of the question's terms (weighted by rarity) that the figure's metric, sentence and headings say. */
    coverage: 4,
    /** The year or plan period asked, stated (1) or contradicted (-1). */
    time: 2,
    /** The kind asked (a goal, a figure reached, a bar, money granted, a growth rate). */
    kind: 2,
    /** The unit asked (多少家 wants 家; 多少亿元 money; 比例 a share). */
    unit: 1.5,
    /** The question's own figures (规模超400亿元的企业) as the figure's bar. */
    given: 2,
    /** A figure of the table the question names (根据表1, According to Table 1). */
    namedTable: 1.5,
    /** Below this share of the question's terms, no figure answers it… */
    minCoverage: 0.55,
    /** …less this much for each constraint (metric, time, kind, unit, bar) it meets exactly… */
    coveragePerConstraint: 0.05,
    /** …but never less than this. */
    coverageFloor: 0.3,
  },
  spans: {
    /** How much of the question the answer's sentence (1) or its clause and headings (0.5) say. */
    coverage: 3,
    /** The question's terms close to the span. */
    proximity: 2,
    /** The question's terms inside the span's own phrase. */
    attached: 2,
    /** How well the span fits what is asked (a place, a name ending in the asked noun, a list). */
    fit: 1.5,
    /** The clause's rank in retrieval: 1 / (1 + rank) times this. */
    rank: 0.6,
    /** Clauses retrieved per question (per region for a compare question). */
    candidates: 25,
    /** Below this share of the question's terms in the answer's sentence and clause, no span answers. */
    minCoverage: 0.4,
  },
  /** Below this confidence the answer is null and the note says what the documents do state. */
  threshold: 0.5,
  /** A compare row needs this confidence; regions below it are listed as stating nothing. */
  rowThreshold: 0.45,
} as const;
