// "Which provinces mention X": every region whose documents contain the subject verbatim, one citation each.
import { englishName } from '../../indexer/regions/index.ts';
import type { AskResponse } from '../contract/ask.ts';
import type { IndexStore } from '../search/index-store.ts';
import { emptyQuery, makeUnit, phraseClause, type Query, type QueryUnit } from '../search/query.ts';
import type { RegionFilter } from '../search/regions.ts';
import { searchClauses } from '../search/search-service.ts';
import type { Question } from './question.ts';
import type { RegionAnswer } from './region-answer.ts';

/** The region a document speaks for: a city-level document by its city and province, 巴中（四川）. */
export function regionLabel(store: IndexStore, docId: string): { province: string; region: string; regionEn: string } {
  const meta = store.documents.get(docId)?.meta;
  if (!meta) return { province: '', region: docId, regionEn: docId };
  if (!meta.city) return { province: meta.province, region: meta.province, regionEn: meta.provinceEn };
  return {
    province: meta.province,
    region: `${meta.city}（${meta.province}）`,
    regionEn: `${meta.cityEn ?? englishName(meta.city)} (${meta.provinceEn})`,
  };
}

function unitsOf(forms: readonly string[]): QueryUnit[] {
  return forms.map((form) => makeUnit(form, false)).filter((u): u is QueryUnit => u !== undefined);
}

/**
 * Lists the regions whose documents state the question's subject (its strong terms, or its terms
 * when it has two or fewer), one row and citation per document; declined when no document states
 * it in these words.
 */
export function regionList(
  store: IndexStore,
  q: Question,
  regions: readonly RegionFilter[],
): RegionAnswer & { rows?: AskResponse['rows'] } {
  const subject = q.focus.filter((f) => f.forms.length > 0 && (f.strong || q.focus.length <= 2));
  const groups = (subject.length > 0 ? subject : q.focus).map((f) => unitsOf(f.forms)).filter((g) => g.length > 0);
  const query: Query = { ...emptyQuery(q.text), clauses: groups.map((g) => phraseClause('must', g)) };
  const result = searchClauses(store, query, { province: regions.map((r) => r.zh), doc: [], limit: 50, offset: 0 });
  if (result.query.complete === 0 || result.query.mode === 'partial' || result.query.mode === 'any-terms') {
    return {
      answer: null,
      confidence: 0.2,
      citations: result.hits.slice(0, 3),
      note: 'No document states it in these words; the closest clauses are given.',
      decline: { reason: 'not-in-these-words' },
    };
  }
  // Only the clauses that say it: partial matches filling the page name no region.
  const seen = new Set<string>();
  const hits = result.hits.filter((h) => !h.missing && !seen.has(h.doc.id) && seen.add(h.doc.id));
  const rows = hits.map((h) => ({
    ...regionLabel(store, h.doc.id),
    text: h.snippet.replace(/<\/?mark>/g, ''),
    clauseId: h.id,
  }));
  const answer = { text: rows.map((r) => r.region).join('、'), english: rows.map((r) => r.regionEn).join(', ') };
  return { answer, confidence: 0.9, citations: hits, rows };
}
