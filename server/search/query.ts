// The query model: a query is a value (clauses and filters) before anything runs it, as lunr's and
// tantivy's `Query` are. Builders make one (the search box, a question, a clause); one executor runs it.
import { analyze, normalize, phraseGrams } from '../../indexer/analysis/index.ts';
import type { Translation } from '../contract/common.ts';

/** How a clause takes part: required, ranking only, or excluding. */
export type Occur = 'must' | 'should' | 'must-not';

/**
 * Where a phrase or clause came from: typed in the box, translated (by the glossary, or by the general
 * dictionary), added by an expansion (a synonym, a thesaurus entry, an abbreviation or full name), or
 * built from a question or from a clause (more like this).
 */
export type Origin =
  | 'typed'
  | 'glossary'
  | 'dictionary'
  | 'composed'
  | 'synonym'
  | 'thesaurus'
  | 'abbreviation'
  | 'document'
  | 'question'
  | 'clause';

/** One form a clause can be held by: matched verbatim (after normalisation), ranked by its words. */
export interface QueryUnit {
  /** As typed or translated (quotes removed). */
  readonly text: string;
  /** Normalised, for the exact-match check. */
  readonly normalized: string;
  readonly quoted: boolean;
  /** Analysed terms for ranking; `sub` marks pieces of a longer term. */
  readonly terms: ReadonlyArray<{ term: string; sub: boolean }>;
  /** The grams every clause containing the unit has. */
  readonly grams: readonly string[];
  /** For a form an expansion added: the form of the query it stands for (集采 for 集中带量采购). */
  readonly synonymOf?: string;
  /** Where the form came from. */
  readonly origin: Origin;
  /** How much its words weigh in the ranking beside a form typed (1). */
  readonly boost: number;
}

/** A clause of forms: held when a clause of the index contains any of its units verbatim. */
export interface PhraseClause {
  readonly kind: 'phrases';
  readonly occur: Occur;
  readonly units: readonly QueryUnit[];
  /** English text still to be translated (the parser's output before the translation step). */
  readonly english?: string;
  /** The English text was quoted: its translations are searched exactly, without synonyms. */
  readonly quoted?: boolean;
}

/** Weighted analysed terms: they rank by BM25 and never require anything (questions, more like this). */
export interface TermsClause {
  readonly kind: 'terms';
  readonly occur: 'should';
  readonly terms: ReadonlyArray<{ readonly term: string; readonly weight: number }>;
  /**
   * Forms whose verbatim presence lifts a clause above the rest (a question's quoted names): its score
   * times `factor`, plus `bonus`.
   */
  readonly lift?: { readonly units: readonly QueryUnit[]; readonly factor: number; readonly bonus: number };
}

/** An article of a law (第九十八条): the clauses it labels come first, or are all a query asks for. */
export interface ArticleClause {
  readonly kind: 'article';
  readonly occur: 'must' | 'should';
  /** The article label as a law writes it: 第九十八条. */
  readonly label: string;
  /** As typed: `第98条`, `art. 98`. */
  readonly text: string;
}

/** Every clause within the filters, in document order (a query that only names a document). */
export interface AllClause {
  readonly kind: 'all';
  readonly occur: 'must';
}

export type QueryClause = PhraseClause | TermsClause | ArticleClause | AllClause;

/** A form of the query also searched as other forms (`query.expansions` of the response). */
export interface Expansion {
  readonly from: string;
  readonly to: readonly string[];
  /** What found them: the synonym data, the thesaurus, or the corpus' abbreviations. */
  readonly source?: 'synonym' | 'thesaurus' | 'abbreviation';
}

/** A document the query named by its title, and the filter it became. */
export interface NamedDocument {
  readonly from: string;
  readonly doc: string;
  readonly title: string;
}

/** A query: clauses, filters, and how the text was read (for the response). */
export interface Query {
  /** The query as typed. */
  readonly q: string;
  readonly clauses: readonly QueryClause[];
  readonly filters: {
    readonly province: readonly string[];
    readonly doc: readonly string[];
    /** Documents left out (more like this leaves out the source's). */
    readonly notDoc?: readonly string[];
  };
  /** How English words were understood (empty for a Chinese query). */
  readonly translations: readonly Translation[];
  /** The query's language as detected: Chinese, English, or both. */
  readonly lang: 'zh' | 'en' | 'mixed';
  /** Forms also searched as other forms (synonyms, thesaurus, abbreviations); a quoted form is not. */
  readonly expansions: readonly Expansion[];
  /** Documents named by their titles (they are in `filters.doc` too). */
  readonly documents?: readonly NamedDocument[];
}

/** An empty query for `q`, to be filled by a builder. */
export function emptyQuery(q: string): Query {
  return { q, clauses: [], filters: { province: [], doc: [] }, translations: [], lang: 'zh', expansions: [] };
}

/**
 * Builds a unit from text; undefined when nothing in it can be searched (only punctuation).
 * @param origin where it came from (typed by default), @param boost its words' weight in ranking
 */
export function makeUnit(text: string, quoted: boolean, origin: Origin = 'typed', boost = 1): QueryUnit | undefined {
  const normalized = normalize(text).text.trim();
  const grams = phraseGrams(normalized);
  if (grams.length === 0) return undefined;
  const seen = new Set<string>();
  const terms = analyze(text)
    .filter((t) => !seen.has(t.term) && seen.add(t.term))
    .map((t) => ({ term: t.term, sub: t.sub === true }));
  return { text, normalized, quoted, terms, grams, origin, boost };
}

/** A clause of forms. */
export function phraseClause(occur: Occur, units: readonly QueryUnit[]): PhraseClause {
  return { kind: 'phrases', occur, units };
}

/** The phrase clauses of a query that `occur`s so, in order. */
export function phraseClauses(query: Query, ...occur: Occur[]): PhraseClause[] {
  return query.clauses.filter((c): c is PhraseClause => c.kind === 'phrases' && occur.includes(c.occur));
}

/** The units of each clause that must or should match (the groups a complete match is made of). */
export function unitGroups(query: Query): QueryUnit[][] {
  return phraseClauses(query, 'must', 'should').map((c) => [...c.units]);
}

/** The query with `f` applied to each clause (returning several clauses, one, or none). */
export function mapClauses(query: Query, f: (clause: QueryClause) => readonly QueryClause[]): Query {
  return { ...query, clauses: query.clauses.flatMap(f) };
}

/** A readable plan of a query, one clause a line: `must [集采 | 集中带量采购~synonym]`. For tests and logs. */
export function describeQuery(query: Query): string[] {
  const lines = query.clauses.map((c) => {
    if (c.kind === 'phrases') {
      const units = c.units.map((u) => {
        const mark = u.origin === 'typed' ? '' : `~${u.origin}`;
        return `${u.quoted ? `"${u.normalized}"` : u.normalized}${mark}`;
      });
      return `${c.occur} [${units.join(' | ')}]${c.english !== undefined ? ` en:${c.english}` : ''}`;
    }
    if (c.kind === 'terms') return `should terms(${c.terms.map((t) => `${t.term}^${round(t.weight)}`).join(' ')})`;
    if (c.kind === 'article') return `${c.occur} article ${c.label}`;
    return 'must all';
  });
  const f = query.filters;
  if (f.province.length > 0) lines.push(`filter province ${f.province.join(',')}`);
  if (f.doc.length > 0) lines.push(`filter doc ${f.doc.join(',')}`);
  if (f.notDoc && f.notDoc.length > 0) lines.push(`filter not-doc ${f.notDoc.join(',')}`);
  return lines;
}

const round = (x: number) => Math.round(x * 100) / 100;
