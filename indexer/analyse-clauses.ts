// Clause texts -> their normalised text and the terms of each field: the analysis a build does once per clause.
import { analyze, analyzeNormalized, grams, normalize } from './analysis/analyzer.ts';
import { PostingsWriter, type FieldPostings } from './postings-runs.ts';

/** What is analysed of one clause: its text and its heading text (see headingText). */
export interface ClauseText {
  readonly text: string;
  readonly heading: string;
  /** Heading lines searched with the clause (Clause.lead): in its exact-match text, not its words. */
  readonly lead?: string;
}

/** Consecutive clauses analysed: per clause its normalised text, and the postings of each field. */
export interface AnalysedClauses {
  readonly normalized: string[];
  /** The analyzer's terms of the clause text (repeats counted), for ranking and the vocabulary. */
  readonly text: FieldPostings;
  /** The analyzer's terms of the heading text. */
  readonly heading: FieldPostings;
  /** Exact-match grams of the normalised text (Han characters and pairs, Latin tokens and parts). */
  readonly grams: FieldPostings;
}

/**
 * Analyses clauses in order. Each text is normalised once: its terms and grams are cut from that
 * normalised text. Sibling clauses share their heading text; each is analysed once per call. The
 * terms go into postings run by run (see postings-runs.ts): no list of every clause's terms is kept.
 * @param onClause called after each clause with its number in the run and its size in UTF-8 bytes
 */
export function analyseClauses(
  clauses: readonly ClauseText[],
  onClause?: (k: number, bytes: number) => void,
): AnalysedClauses {
  const normalized: string[] = [];
  const text = new PostingsWriter();
  const heading = new PostingsWriter();
  const gramLists = new PostingsWriter(false);
  const headingTerms = new Map<string, string[]>();
  clauses.forEach((clause, k) => {
    const n = normalize(clause.text);
    // A quoted search confirms a match on the normalised text: a lead heading is searched with it.
    const exact = clause.lead ? `${n.text}\n${normalize(clause.lead).text}` : n.text;
    normalized.push(exact);
    text.add(analyzeNormalized(n).map((t) => t.term));
    gramLists.add(grams(exact));
    let terms = headingTerms.get(clause.heading);
    if (!terms) {
      terms = analyze(clause.heading).map((t) => t.term);
      headingTerms.set(clause.heading, terms);
    }
    heading.add(terms);
    onClause?.(k, Buffer.byteLength(clause.text));
  });
  return { normalized, text: text.finish(), heading: heading.finish(), grams: gramLists.finish() };
}
