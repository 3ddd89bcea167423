// When a document was issued and which years it covers: its metadata, marked where its text states it.
import type { IndexedDocument } from '../../indexer/store/index.ts';
import type { IndexStore } from '../search/index-store.ts';
import type { Ranked } from '../search/rank.ts';
import { inRegions, type RegionFilter } from '../search/regions.ts';
import { clauseHit } from '../search/search-service.ts';
import { periodInEnglish } from './english.ts';
import type { Question } from './question.ts';
import type { RegionAnswer } from './region-answer.ts';

const ISSUED = /印发|发布|出台|颁布|签发|下发|issued|published|released|adopted|signed/;

/** True when a when-question asks for the date of issue, which only metadata gives. */
export function asksForIssue(q: Question): boolean {
  return q.shape === 'period' || (q.shape === 'when' && ISSUED.test(q.norm));
}

function documentOf(
  store: IndexStore,
  ranked: readonly Ranked[],
  regions: readonly RegionFilter[],
): { doc?: IndexedDocument; sure: boolean } {
  const inRegion = regions.length === 0 ? [] : [...store.documents.values()].filter((d) => inRegions(d.meta, regions));
  if (inRegion.length === 1) return { doc: inRegion[0], sure: true };
  const top = ranked[0] ? store.clauses[ranked[0].index]?.docId : undefined;
  const doc = top ? store.documents.get(top) : undefined;
  return doc ? { doc, sure: false } : { sure: false };
}

function clausesOf(store: IndexStore, docId: string): Array<{ text: string; index: number }> {
  return store.clauses.flatMap((c, index) => (c.docId === docId ? [{ text: c.text, index }] : []));
}

function issued(store: IndexStore, doc: IndexedDocument, certainty: number): RegionAnswer {
  const date = doc.meta.issued;
  if (!date) {
    const status = doc.meta.status ? ` (it is a ${doc.meta.status.en})` : '';
    return {
      answer: null,
      confidence: 0,
      citations: [],
      note: `《${doc.meta.title}》 states no date of issue${status}.`,
      decline: { reason: 'no-date', document: doc.meta.title },
    };
  }
  const [y, m, d] = date.split('-').map(Number);
  const pattern = new RegExp(`${y}\\s*年\\s*0?${m}\\s*月\\s*0?${d}\\s*日`);
  const clauses = clausesOf(store, doc.meta.id);
  for (const { text, index } of clauses) {
    const found = pattern.exec(text);
    if (!found) continue;
    const span = { start: found.index, end: found.index + found[0].length };
    return {
      answer: { text: found[0], year: y as number, english: date },
      confidence: certainty,
      citations: [clauseHit(store, { index, score: 1 }, [], [span])],
    };
  }
  const first = clauses[0];
  if (!first) return { answer: null, confidence: 0, citations: [] };
  const note = "The date is from the document's metadata.";
  return {
    answer: { text: date, year: y as number, english: date },
    confidence: certainty * 0.9,
    citations: [clauseHit(store, { index: first.index, score: 1 }, [])],
    note,
  };
}

function covered(store: IndexStore, doc: IndexedDocument, certainty: number): RegionAnswer {
  const period = doc.meta.period;
  if (!period?.to)
    return {
      answer: null,
      confidence: 0,
      citations: [],
      note: `《${doc.meta.title}》 states no period.`,
      decline: { reason: 'no-period', document: doc.meta.title },
    };
  const english = periodInEnglish({ ...period, to: period.to });
  const range = period.from ? `${period.from}-${period.to}年` : `${period.to}年`;
  const inText = new RegExp(period.from ? `${period.from}\\s*[-—–至到]\\s*${period.to}\\s*年?` : `${period.to}\\s*年`);
  const clauses = clausesOf(store, doc.meta.id);
  for (const { text, index } of clauses) {
    const found = inText.exec(text) ?? (period.label ? new RegExp(`“?${period.label}”?`).exec(text) : null);
    if (!found) continue;
    const span = { start: found.index, end: found.index + found[0].length };
    return {
      answer: { text: found[0], year: period.to, english },
      confidence: certainty,
      citations: [clauseHit(store, { index, score: 1 }, [], [span])],
    };
  }
  const first = clauses[0];
  if (!first) return { answer: null, confidence: 0, citations: [] };
  const note = `The period is stated in the title: ${doc.meta.title}`;
  return {
    answer: { text: range, year: period.to, english },
    confidence: certainty * 0.9,
    citations: [clauseHit(store, { index: first.index, score: 1 }, [])],
    note,
  };
}

/**
 * The date of issue or the period of the document a question is about (the only one of its
 * region, else the one of the best-matching clause), from its metadata, marked where its text
 * states it. A document that states no date is declined with a note saying so.
 */
export function metadataAnswer(
  store: IndexStore,
  q: Question,
  ranked: readonly Ranked[],
  regions: readonly RegionFilter[],
): RegionAnswer | undefined {
  const { doc, sure } = documentOf(store, ranked, regions);
  if (!doc) return undefined;
  const certainty = sure ? 0.9 : 0.7;
  return q.shape === 'period' ? covered(store, doc, certainty) : issued(store, doc, certainty);
}
