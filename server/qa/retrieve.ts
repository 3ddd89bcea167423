// The clauses a question is most likely answered in: its query (BM25 over its weighted terms, exact
// names lifted) run by the search executor.
import { analyze, normalize } from '../../indexer/analysis/index.ts';
import { topCollector } from '../search/collect.ts';
import { execute } from '../search/execute.ts';
import type { Clause } from '../../indexer/store/index.ts';
import type { IndexStore } from '../search/index-store.ts';
import type { Ranked } from '../search/rank.ts';
import type { RegionFilter } from '../search/regions.ts';
import { emptyQuery, makeUnit, type Query, type QueryUnit } from '../search/query.ts';
import { SEARCH_DEFAULTS } from '../search/search-defaults.ts';
import { QA_DEFAULTS } from './defaults.ts';
import { namedScope } from './document-named.ts';
import type { Question } from './question.ts';
import { versionAsked } from './asked-version.ts';

/** A clause holding a quoted (strong) term verbatim: its score times this, plus the bonus. */
const EXACT_FACTOR = 1.5;
const EXACT_BONUS = 5;

/**
 * A question as a query: one terms clause, each analysed word of its focus weighted by the focus
 * term's rarity times its sense's weight (a piece of a longer word `subWordWeight` of that), the
 * clauses holding a quoted or Chinese-in-English term verbatim lifted above the rest.
 */
export function questionQuery(q: Question): Query {
  const weight = new Map<string, number>();
  for (const f of q.focus) {
    for (const [k, form] of f.forms.entries()) {
      const sense = f.senseWeights?.[k] ?? 1;
      for (const t of analyze(form)) {
        const w = f.weight * sense * (t.sub ? SEARCH_DEFAULTS.ranking.subWordWeight : 1);
        weight.set(t.term, Math.max(weight.get(t.term) ?? 0, w));
      }
    }
  }
  const lift = q.focus
    .filter((x) => x.strong)
    .flatMap((f) => f.forms.map((form) => makeUnit(form, true, 'question')))
    .filter((u): u is QueryUnit => u !== undefined);
  const terms = [...weight].map(([term, w]) => ({ term, weight: w }));
  return {
    ...emptyQuery(q.text),
    clauses: [
      { kind: 'terms', occur: 'should', terms, lift: { units: lift, factor: EXACT_FACTOR, bonus: EXACT_BONUS } },
    ],
  };
}

/**
 * The clauses of `regions` (all when none), and of the documents `docIds` when given, ranked for
 * the question (at most QA_DEFAULTS.spans.candidates). For an English question naming one document,
 * that document's clauses come first, in their own order, then the rest: the list is in rank order,
 * its scores are not comparable across the two parts.
 */
export function retrieve(
  store: IndexStore,
  q: Question,
  regions: readonly RegionFilter[],
  docIds?: ReadonlySet<string>,
): Ranked[] {
  // Of a document held in several versions, only the version the question asks about answers.
  const asked = versionAsked(store, q);
  return ranked(store, q, regions, docIds).filter((r) => asked(store.clauses.get(r.index)?.docId ?? ''));
}

function ranked(
  store: IndexStore,
  q: Question,
  regions: readonly RegionFilter[],
  docIds?: ReadonlySet<string>,
): Ranked[] {
  const everywhere = run(store, q, regions, docIds);
  if (docIds || q.lang === 'zh') return everywhere;
  // An English question naming one document (the Biosecurity Law): its clauses first, ranked on the
  // question's other words. The title's words, translated, are rarely what its clauses write, and
  // ranked everywhere they lift other documents that happen to write them.
  const scope = namedScope(store, q, regions);
  if (scope.ids?.size !== 1) return everywhere;
  const named = run(store, scope.asked, regions, scope.ids);
  const seen = new Set(named.map((r) => r.index));
  return [...named, ...everywhere.filter((r) => !seen.has(r.index))].slice(0, QA_DEFAULTS.spans.candidates);
}

function run(store: IndexStore, q: Question, regions: readonly RegionFilter[], docIds?: ReadonlySet<string>): Ranked[] {
  const keep = docIds ? { keep: (c: Clause) => docIds.has(c.docId) } : {};
  const collector = topCollector(QA_DEFAULTS.spans.candidates);
  return [...execute(store, questionQuery(q), collector, { within: regions, ...keep }).matched];
}

/** An occurrence of one of the question's terms in a text (offsets in the original text). */
export interface Occurrence {
  readonly start: number;
  readonly end: number;
  readonly weight: number;
  /** Which focus term. */
  readonly term: number;
}

/** Where the question's terms stand in `text` (`n`: the text normalised, when the caller has it). */
export function occurrences(text: string, q: Question, n = normalize(text)): Occurrence[] {
  const out: Occurrence[] = [];
  q.focus.forEach((f, term) => {
    for (const form of f.forms) {
      for (let at = n.text.indexOf(form); at >= 0; at = n.text.indexOf(form, at + 1)) {
        out.push({
          start: n.starts[at] as number,
          end: n.ends[at + form.length - 1] as number,
          weight: f.weight,
          term,
        });
      }
    }
  });
  return out;
}
