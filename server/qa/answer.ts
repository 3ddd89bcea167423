// ask(): the question-answering pipeline, in order: question -> candidates -> scoring -> answer.
import { allCities, findProvince } from '../../indexer/regions/index.ts';
import type { AskResponse, QuestionType } from '../contract/ask.ts';
import type { IndexStore } from '../search/index-store.ts';
import type { RegionFilter } from '../search/regions.ts';
import { articleAnswer, asksArticle, asksChapter, chapterAnswer } from './article-answer.ts';
import { compare, compareRegions } from './compare.ts';
import { QA_DEFAULTS, type AskOptions } from './defaults.ts';
import { asksDefinition, definitionAnswer } from './definition-answer.ts';
import { asksDocNumber, asksForIssue, docNumberAnswer, metadataAnswer } from './metadata-answer.ts';
import { numberAnswer } from './number-answer.ts';
import { analyzeQuestion, type Question } from './question.ts';
import type { RegionAnswer } from './region-answer.ts';
import { regionList } from './region-list.ts';
import { retrieve } from './retrieve.ts';
import { answersWithStatement } from './span-answer.ts';
import { whichAnswer } from './which-answer.ts';

/** The answer to a question, with the clauses that say so: the response of `GET /api/ask` without its timing. */
export type AskResult = Omit<AskResponse, 'tookMs'>;

function typeOf(q: Question): QuestionType {
  if (asksArticle(q) || asksChapter(q)) return 'which';
  if (q.spread === 'regions') return 'list';
  if (q.spread === 'compare') return 'compare';
  return q.shape;
}

function understood(q: Question, regions: readonly RegionFilter[]): AskResult['understood'] {
  return {
    focus: q.focus.filter((f) => f.forms.length > 0).map((f) => f.forms.join('/')),
    regions: regions.map((r) => r.zh),
    years: q.years,
    ...(q.period ? { period: q.period.label ?? `${q.period.from}-${q.period.to}` } : {}),
    ...(q.metric ? { metric: q.metric.head } : {}),
    ...(q.want ? { want: q.want } : {}),
    ...(q.unit ? { unit: q.unit } : {}),
    translations: q.translations,
  };
}

// A province's or city's English name (广东 -> Guangdong), else the name as given.
function englishOfPlace(zh: string): string {
  return findProvince(zh)?.en ?? allCities().find((c) => c.zh === zh)?.en ?? zh;
}

// The regions the corpus has documents from, each once, in the documents' order.
function regionsThereAre(store: IndexStore): Array<{ zh: string; en: string }> {
  const seen = new Map<string, { zh: string; en: string }>();
  for (const d of store.documents.values()) if (!seen.has(d.meta.region.zh)) seen.set(d.meta.region.zh, d.meta.region);
  return [...seen.values()];
}

/**
 * Why the corpus cannot answer a question, said before anything is looked for (a note and its
 * parts); undefined when it may.
 */
export function unanswerable(
  store: IndexStore,
  q: Question,
  regions: readonly RegionFilter[],
): Pick<AskResult, 'note' | 'decline'> | undefined {
  if (regions.length === 0 && q.unknownRegions.length > 0) {
    return {
      note: `The corpus has no documents from ${q.unknownRegions.join('、')}.`,
      decline: {
        reason: 'unknown-region',
        regions: q.unknownRegions,
        regionsEn: q.unknownRegions.map(englishOfPlace),
        available: regionsThereAre(store),
      },
    };
  }
  if (q.focus.length === 0 && !q.metric)
    return {
      note: 'The question names nothing to look for; try naming the subject (营业收入, 一致性评价…).',
      decline: { reason: 'no-subject' },
    };
  return undefined;
}

function single(store: IndexStore, q: Question, regions: readonly RegionFilter[], o: AskOptions): RegionAnswer {
  if (asksChapter(q)) return chapterAnswer(store, q, regions);
  if (asksArticle(q)) return articleAnswer(store, q, regions);
  if (asksDocNumber(q)) {
    const numbered = docNumberAnswer(store, q, retrieve(store, q, regions), regions);
    if (numbered) return numbered;
  }
  if (asksDefinition(q) && q.shape !== 'number') {
    const defined = definitionAnswer(store, q, regions);
    if (defined) return defined;
  }
  if (q.shape === 'number') return numberAnswer(store, q, regions, o);
  if (q.shape === 'when' || q.shape === 'period') {
    const ranked = retrieve(store, q, regions);
    const fromMeta = asksForIssue(q) ? metadataAnswer(store, q, ranked, regions) : undefined;
    if (fromMeta) return fromMeta;
  }
  return whichAnswer(store, q, regions, o, answersWithStatement(q));
}

/**
 * Answers a question from the corpus, extractively, in stages: the question is analysed
 * (analyzeQuestion); a number is answered from the facts table (numberAnswer), a place or a name
 * from the retrieved clauses (whichAnswer), a date or period from the documents' metadata; "which
 * regions mention X" lists them (regionList); the same asked of several regions gives a row each
 * (compare). An answer under the confidence threshold is null, with the closest clauses and a note.
 * @param provinces filters given as parameters (浙江, Zhejiang…), besides places named in the question
 * @param options thresholds or a model other than the shipped one's (the eval uses 0 to see every would-be answer)
 */
export function ask(
  store: IndexStore,
  text: string,
  provinces: readonly RegionFilter[] = [],
  options: Partial<AskOptions> = {},
): AskResult {
  const model = options.model ?? QA_DEFAULTS.model;
  const o: AskOptions = { threshold: model.threshold, rowThreshold: model.rowThreshold, ...options, model };
  const q = analyzeQuestion(store, text);
  const regions = provinces.length > 0 ? provinces : q.regions;
  const base = { question: text, lang: q.lang, type: typeOf(q), understood: understood(q, regions) };
  const refused = unanswerable(store, q, regions);
  if (refused) return { ...base, answer: null, confidence: 0, citations: [], ...refused };
  if (q.spread === 'regions') {
    const { rows, ...rest } = regionList(store, q, regions);
    return { ...base, ...rest, ...(rows ? { rows } : {}) };
  }
  if (q.spread === 'compare') {
    const {
      rows,
      unstated,
      instead: _instead,
      fact: _fact,
      ...rest
    } = compare(store, q, compareRegions(store, regions), o);
    return { ...base, ...rest, rows, unstated };
  }
  const { instead: _instead, fact: _fact, ...rest } = single(store, q, regions, o);
  return { ...base, ...rest };
}
