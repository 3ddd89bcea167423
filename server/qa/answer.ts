// ask(): question analysis, retrieval, answer-span extraction and the confidence to stand by it.
import { analyze, normalize } from '../../indexer/analysis/index.ts';
import type { Figure, Sentence, TextSpan } from '../../indexer/figures/index.ts';
import type { Clause } from '../../indexer/store/index.ts';
import type { AskResponse } from '../contract/ask.ts';
import type { IndexStore } from '../search/index-store.ts';
import { inRegions, type RegionFilter } from '../search/regions.ts';
import type { ParsedQuery, QueryUnit } from '../search/query-parser.ts';
import { makeUnit } from '../search/query-parser.ts';
import { rankByTerms } from '../search/rank.ts';
import { clauseHit, searchClauses, unitMatches, type SearchHit } from '../search/search-service.ts';
import { englishName } from '../../indexer/regions/index.ts';
import { figureInEnglish, namesInEnglish } from './english.ts';
import { analyzeQuestion, type Question } from './question.ts';
import { attachment, respectively, sentences } from '../../indexer/figures/index.ts';
import { figureSpans, nameSpans, placeSpans, type Span } from './spans.ts';

/** The answer to a question, with the clauses that say so: the response of `GET /api/ask` without its timing. */
export type AskResult = Omit<AskResponse, 'tookMs'>;

/** Below this confidence no answer is given, only the closest clauses: a wrong answer is worse than none. */
export const CONFIDENCE_THRESHOLD = 0.45;
const CANDIDATE_CLAUSES = 25;

interface Candidate {
  readonly span: Span;
  readonly clause: number;
  readonly score: number;
  readonly coverage: number;
  readonly fit: number;
  readonly aligned: boolean;
}

/**
 * Answers a question from the corpus, extractively. Number, which, what, when and period
 * questions get a span of the best clause; list questions name every region whose documents say
 * it, compare questions give a row per region. Declines (answer null, the closest clauses, a note)
 * when the best candidate's confidence is under CONFIDENCE_THRESHOLD.
 * @param provinces filters given as parameters (浙江, Zhejiang…), besides places named in the question
 */
export function ask(store: IndexStore, text: string, provinces: readonly RegionFilter[] = []): AskResult {
  const q = analyzeQuestion(store, text);
  const regions = provinces.length > 0 ? provinces : q.regions;
  const understood = {
    focus: q.focus.map((f) => f.forms.join('/')),
    regions: regions.map((r) => r.zh),
    years: q.years,
    ...(q.unit ? { unit: q.unit } : {}),
    translations: q.translations,
  };
  const base = { question: text, lang: q.lang, type: q.type, understood };
  if (q.focus.length === 0) {
    return {
      ...base,
      answer: null,
      confidence: 0,
      citations: [],
      note: 'The question names nothing to look for; try naming the subject (营业收入, 一致性评价…).',
    };
  }
  if (q.type === 'list') return { ...base, ...answerList(store, q, regions) };
  if (q.type === 'compare') return { ...base, ...answerCompare(store, q, regions) };
  const ranked = retrieve(store, q, (c) => inRegions(c, regions));
  const fromMeta =
    q.type === 'period' || (q.type === 'when' && ISSUED.test(normalize(text).text))
      ? answerFromMetadata(store, q, ranked, regions)
      : undefined;
  if (fromMeta) return { ...base, ...fromMeta };
  const candidates = rankCandidates(store, q, ranked);
  return { ...base, ...assemble(store, q, ranked, candidates) };
}

const ISSUED = /印发|发布|出台|颁布|签发|下发|issued|published|released|adopted/;

/**
 * When a document was issued and which years it covers are its metadata (the sidecar's or what the
 * indexer read from its header and title). The document is the one the question is about: the only
 * one of its region, else the one of the best-matching clause. The answer is marked where the text
 * states it (004's header: 2021年12月15日).
 */
function answerFromMetadata(
  store: IndexStore,
  q: Question,
  ranked: ReadonlyArray<{ index: number }>,
  regions: readonly RegionFilter[],
): Pick<AskResult, 'answer' | 'confidence' | 'citations' | 'note'> | undefined {
  const inRegion = regions.length === 0 ? [] : [...store.documents.values()].filter((d) => inRegions(d.meta, regions));
  const top = ranked[0] ? store.clauses[ranked[0].index]?.docId : undefined;
  const doc = inRegion.length === 1 ? inRegion[0] : top ? store.documents.get(top) : undefined;
  if (!doc) return undefined;
  const clauses = store.clauses.map((c, index) => ({ c, index })).filter(({ c }) => c.docId === doc.meta.id);
  const certainty = inRegion.length === 1 ? 0.9 : 0.7;
  const cite = (index: number, span?: { start: number; end: number }) =>
    clauseHit(store, { index, score: 1 }, [], span ? [span] : []);
  if (q.type === 'when') {
    const issued = doc.meta.issued;
    if (!issued) return undefined;
    const [y, m, d] = issued.split('-').map(Number);
    const pattern = new RegExp(`${y}\\s*年\\s*0?${m}\\s*月\\s*0?${d}\\s*日`);
    for (const { c, index } of clauses) {
      const found = pattern.exec(c.text);
      if (!found) continue;
      const span = { start: found.index, end: found.index + found[0].length };
      return {
        answer: { text: found[0], year: y as number, english: issued },
        confidence: certainty,
        citations: [cite(index, span)],
      };
    }
    const first = clauses[0];
    return first
      ? {
          answer: { text: issued, year: y as number, english: issued },
          confidence: certainty * 0.9,
          citations: [cite(first.index)],
          note: "The date is from the document's metadata.",
        }
      : undefined;
  }
  const period = doc.meta.period;
  if (!period?.to) return undefined;
  const range = period.from ? `${period.from}-${period.to}年` : `${period.to}年`;
  const english = period.from
    ? `${period.from}–${period.to}${period.label ? ` (the ${period.label === '十四五' ? '14th' : period.label} Five-Year Plan period)` : ''}`
    : `until ${period.to}`;
  const inText = new RegExp(period.from ? `${period.from}\\s*[-—–至到]\\s*${period.to}\\s*年?` : `${period.to}\\s*年`);
  for (const { c, index } of clauses) {
    const found = inText.exec(c.text) ?? (period.label ? new RegExp(`“?${period.label}”?`).exec(c.text) : null);
    if (!found) continue;
    return {
      answer: { text: found[0], year: period.to, english },
      confidence: certainty,
      citations: [cite(index, { start: found.index, end: found.index + found[0].length })],
    };
  }
  const first = clauses[0];
  return first
    ? {
        answer: { text: range, year: period.to, english },
        confidence: certainty * 0.9,
        citations: [cite(first.index)],
        note: `The period is stated in the title: ${doc.meta.title}`,
      }
    : undefined;
}

// BM25 over the question's terms, each weighted by its rarity; quoted names must match exactly.
function retrieve(
  store: IndexStore,
  q: Question,
  keep: (c: Clause) => boolean,
): Array<{ index: number; score: number }> {
  const weight = new Map<string, number>();
  for (const f of q.focus)
    for (const form of f.forms)
      for (const t of analyze(form))
        weight.set(t.term, Math.max(weight.get(t.term) ?? 0, f.weight * (t.sub ? 0.3 : 1)));
  const scores = new Map<number, number>();
  for (const r of rankByTerms(store, weight, keep)) scores.set(r.index, r.score);
  for (const f of q.focus.filter((x) => x.strong)) {
    for (const form of f.forms) {
      const unit = makeUnit(form, true);
      if (!unit) continue;
      for (const k of unitMatches(store, unit))
        if (keep(store.clauses[k] as Clause)) scores.set(k, (scores.get(k) ?? 0) * 1.5 + 5);
    }
  }
  return [...scores]
    .map(([index, score]) => ({ index, score }))
    .sort((a, b) => b.score - a.score)
    .slice(0, CANDIDATE_CLAUSES);
}

// Where the question's terms stand in a text: offsets of each occurrence, with the term's weight.
function occurrences(text: string, q: Question): Array<{ start: number; end: number; weight: number; term: number }> {
  const n = normalize(text);
  const out: Array<{ start: number; end: number; weight: number; term: number }> = [];
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

function rankCandidates(
  store: IndexStore,
  q: Question,
  ranked: ReadonlyArray<{ index: number; score: number }>,
): Candidate[] {
  const total = q.focus.reduce((s, f) => s + f.weight, 0);
  const given = new Set(q.givenFigures);
  const questionNorm = normalize(q.text).text;
  const out: Candidate[] = [];
  ranked.forEach(({ index }, rank) => {
    const clause = store.clauses[index] as Clause;
    const doc = store.documents.get(clause.docId);
    const context = normalize(
      [...clause.section, clause.title ?? '', doc?.meta.title ?? '', ...(clause.columns ?? [])].join(' '),
    ).text;
    const clauseOcc = occurrences(clause.text, q);
    for (const s of sentences(clause.text)) {
      const occ = clauseOcc.filter((o) => o.start >= s.start && o.end <= s.end);
      const inSentence = new Set(occ.map((o) => o.term));
      const elsewhere = new Set(
        [
          ...clauseOcc.map((o) => o.term),
          ...q.focus.map((f, k) => (f.forms.some((x) => context.includes(x)) ? k : -1)),
        ].filter((k) => k >= 0 && !inSentence.has(k)),
      );
      const coverage = (sum(q, inSentence) + 0.5 * sum(q, elsewhere)) / total;
      if (coverage <= 0) continue;
      for (const { span, fit, aligned, misaligned, item, shared, yearColumn } of spansFor(
        q,
        clause,
        s,
        given,
        questionNorm,
      )) {
        // A value of a 分别 list stands, for distance and words, where its item stands.
        const anchor = item ?? span;
        const proximity = occ.reduce((acc, o) => acc + o.weight / (1 + gap(anchor, o) / 6), 0) / total;
        const own = item ?? attachment(s, span);
        const attached =
          sum(
            q,
            new Set(
              occ
                .filter(
                  (o) =>
                    (o.start >= own.start && o.end <= own.end) ||
                    shared?.some((r) => o.start >= r.start && o.end <= r.end),
                )
                .map((o) => o.term),
            ),
          ) / total;
        // The year asked for, stated in the sentence (or the table column), settles between figures.
        const yearFit =
          q.years.length === 0
            ? 0
            : yearColumn || q.years.some((y) => mentionsYear(s.text, y))
              ? 1
              : q.years.some((y) => mentionsYear(clause.text, y))
                ? 0.4
                : sentenceYears(s).length > 0
                  ? -0.5
                  : 0;
        const score =
          3 * coverage +
          2 * Math.min(1, proximity) +
          2 * attached +
          1.5 * fit +
          (aligned ? 1.5 : 0) -
          (misaligned ? 2 : 0) +
          yearFit +
          0.6 / (1 + rank);
        out.push({ span, clause: index, score, coverage, fit, aligned: aligned === true });
      }
    }
  });
  return out.sort((a, b) => b.score - a.score);
}

function sum(q: Question, terms: Set<number>): number {
  let s = 0;
  for (const k of terms) s += q.focus[k]?.weight ?? 0;
  return s;
}

function gap(span: { start: number; end: number }, o: { start: number; end: number }): number {
  return Math.max(0, o.start - span.end, span.start - o.end);
}

// A year as the text may name it: 2025, 2025年, or the end of a five-year plan (十四五末 is 2025).
const PLAN_ENDS: Record<number, readonly string[]> = {
  2020: ['十三五末', '十三五期末'],
  2025: ['十四五末', '十四五期末'],
  2030: ['十五五末', '十五五期末'],
};
function mentionsYear(text: string, year: number): boolean {
  const plain = text.replace(/[“”"\s]/g, '');
  return plain.includes(String(year)) || (PLAN_ENDS[year] ?? []).some((alias) => plain.includes(alias));
}

function sentenceYears(s: Sentence): number[] {
  return [...s.text.matchAll(/(20\d\d)\s*年/g)].map((m) => Number(m[1]));
}

const COUNT_UNITS = new Set([
  '个',
  '家',
  '户',
  '项',
  '种',
  '款',
  '人',
  '名',
  '所',
  '座',
  '条',
  '批',
  '次',
  '件',
  '台',
  '套',
]);

// The spans of a sentence that could answer the question, each with how well it fits its type.
function spansFor(
  q: Question,
  clause: Clause,
  s: Sentence,
  given: Set<string>,
  questionNorm: string,
): Array<{
  span: Span;
  fit: number;
  aligned?: boolean;
  misaligned?: boolean;
  item?: TextSpan;
  shared?: Array<{ start: number; end: number }>;
  yearColumn?: boolean;
}> {
  if (q.type === 'number') {
    if (clause.kind === 'row' && clause.columns) return tableCell(q, clause);
    const figures = figureSpans(s).filter((f) => f.kind === 'figure' && !given.has(normalize(f.text).text));
    const pairs = respectively(s, figures);
    return figures.map((span) => {
      const out: {
        span: Span;
        fit: number;
        aligned?: boolean;
        misaligned?: boolean;
        item?: TextSpan;
        shared?: Array<{ start: number; end: number }>;
      } = { span, fit: unitFit(q, span.figure as Figure) };
      if (pairs) {
        const k = pairs.values.indexOf(span);
        const matches = pairs.items.map((item) =>
          q.focus.some((f) => f.forms.some((form) => normalize(item.text).text.includes(form))),
        );
        // The value's own words are its item's (中药 for 500亿元), not the 、 around it.
        if (k >= 0) {
          out.item = pairs.items[k];
          // The words outside every item (产业链营业收入) belong to all the values.
          const bounds = [
            pairs.enumeration.start,
            ...pairs.items.flatMap((i) => [i.start, i.end]),
            pairs.enumeration.end,
          ];
          out.shared = [];
          for (let b = 0; b + 1 < bounds.length; b += 2)
            out.shared.push({ start: bounds[b] as number, end: bounds[b + 1] as number });
        }
        if (k >= 0 && matches[k] && matches.filter(Boolean).length < matches.length) out.aligned = true;
        else if (k >= 0 && matches.some(Boolean)) out.misaligned = true;
      }
      return out;
    });
  }
  if (q.type === 'when' || q.type === 'period') {
    const wantsDate = /印发|发布|出台|颁布|签发|issued|published|released|date/.test(questionNorm);
    return figureSpans(s)
      .filter((f) => f.kind === 'date' || f.kind === 'year' || f.kind === 'period')
      .map((span) => ({
        span,
        fit:
          q.type === 'period'
            ? span.kind === 'period'
              ? 1
              : 0.2
            : wantsDate
              ? span.kind === 'date'
                ? 1
                : 0.3
              : span.kind === 'year'
                ? 0.8
                : 0.6,
      }));
  }
  const plural = /哪些|哪几|\b(which|what) \w+s\b|\bwhich\b.*\bare\b/.test(questionNorm);
  const segmentAfter = (span: Span) => s.text.slice(span.end - s.start).split(/[，。；,;]/)[0] ?? '';
  const notAsked = (text: string) => questionNorm.includes(normalize(text).text.replace(/[“”"「」『』]/g, ''));
  if (q.entity === 'place') {
    return placeSpans(s)
      .filter((p) => !notAsked(p.text) && !q.regions.some((r) => p.text.startsWith(r.zh)) && p.text !== clause.province)
      .map((span) => ({ span, fit: span.kind === 'places' ? (plural ? 1 : 0.4) : plural ? 0.5 : 1 }));
  }
  const head = /品牌|行动|工程|计划|走廊|战略|模式|平台|基地|中心|园区/.exec(questionNorm)?.[0];
  return nameSpans(s)
    .filter((n) => !notAsked(n.text))
    .map(({ fit: nameFit, ...span }) => {
      // The naming word may follow a coordinated phrase: “赣十味”“赣食十味”和地理标志产品品牌建设.
      const headFit = head ? (span.text.endsWith(head) || segmentAfter(span).includes(head) ? 1 : 0.4) : 0.7;
      return {
        span,
        fit: Math.min(1, nameFit * headFit * (span.kind === 'names' ? (plural ? 1 : 0.85) : plural ? 0.8 : 1)),
      };
    });
}

// A statistics or targets table row: the cell under the year asked for (the last column if none).
function tableCell(q: Question, clause: Clause): Array<{ span: Span; fit: number; yearColumn?: boolean }> {
  const columns = clause.columns ?? [];
  const cells: Array<{ text: string; start: number }> = [];
  let pos = 0;
  for (const cell of clause.text.split('\t')) {
    cells.push({ text: cell, start: pos });
    pos += cell.length + 1;
  }
  const unitColumn = columns.findIndex((c) => c === '单位');
  const unit = unitColumn >= 0 ? (cells[unitColumn]?.text.trim() ?? '') : '';
  let at = q.years.map((y) => columns.indexOf(String(y))).find((k) => k >= 0);
  at ??= q.years.length === 0 ? cells.length - 1 : undefined;
  const cell = at === undefined ? undefined : cells[at];
  const number = cell ? /\d+(?:\.\d+)?/.exec(cell.text) : null;
  if (!cell || !number) return [];
  // The figure in the cell (力争达到4000 -> 4000); its unit is the column's, not written beside it,
  // so a sentence that writes the same figure with its unit fits a little better.
  const start = cell.start + number.index;
  const figure: Figure = {
    start,
    end: start + number[0].length,
    text: number[0],
    value: Number(number[0]),
    unit,
    kind: unit === '%' ? 'percent' : /元/.test(unit) ? 'money' : COUNT_UNITS.has(unit) ? 'count' : 'plain',
  };
  return [
    {
      span: { start, end: figure.end, text: figure.text, kind: 'figure', figure },
      fit: (unit ? unitFit(q, figure) : 0.6) * 0.9,
      yearColumn: q.years.length > 0,
    },
  ];
}

function unitFit(q: Question, f: Figure): number {
  const unit = q.unit;
  if (!unit) return f.kind === 'plain' ? 0.3 : 0.6;
  if (unit === 'money') return f.kind === 'money' ? 1 : f.kind === 'plain' ? 0.4 : 0.1;
  if (unit === 'count') return f.kind === 'count' ? 1 : f.kind === 'plain' ? 0.3 : 0.1;
  if (unit === '%') return f.kind === 'percent' ? 1 : 0;
  return f.unit === unit ? 1 : f.kind === 'count' ? 0.3 : 0;
}

// Picks the answer, measures the confidence, marks it in the first citation.
function assemble(
  store: IndexStore,
  q: Question,
  ranked: ReadonlyArray<{ index: number; score: number }>,
  candidates: readonly Candidate[],
): Pick<AskResult, 'answer' | 'confidence' | 'citations' | 'note'> {
  const needles = q.focus.flatMap((f) => f.forms);
  const best = candidates[0];
  const closest = ranked.slice(0, 3).map((r) => clauseHit(store, r, needles));
  if (!best)
    return {
      answer: null,
      confidence: 0,
      citations: closest,
      note: 'No clause states an answer; these are the closest clauses.',
    };
  const key = (c: Candidate) => normalize(c.span.text).text;
  const second = candidates.find((c) => key(c) !== key(best));
  const margin = second ? Math.min(1, (best.score - second.score) / 1.5) : 1;
  // Mostly: how much of what was asked the answer's sentence says; then how well the span fits the
  // question's type and unit, and how far it stands ahead of the next different answer.
  const confidence =
    Math.round(
      Math.min(
        1,
        Math.min(1, best.coverage + (best.aligned ? 0.15 : 0)) * (0.6 + 0.4 * best.fit) * (0.75 + 0.25 * margin),
      ) * 100,
    ) / 100;
  const hit = clauseHit(store, { index: best.clause, score: best.score }, [], [best.span]);
  const others = ranked
    .filter((r) => r.index !== best.clause)
    .slice(0, 2)
    .map((r) => clauseHit(store, r, needles));
  if (confidence < CONFIDENCE_THRESHOLD) {
    return {
      answer: null,
      confidence,
      citations: [hit, ...others],
      note: `Not sure enough to answer (confidence ${confidence} < ${CONFIDENCE_THRESHOLD}); the closest clauses are given, the most likely span marked in the first.`,
    };
  }
  return { answer: answerOf(best.span), confidence, citations: [hit, ...others] };
}

function answerOf(span: Span): NonNullable<AskResult['answer']> {
  const f = span.figure;
  if (f) {
    return {
      text: span.text,
      ...(f.kind === 'date' || f.kind === 'year' || f.kind === 'period'
        ? { year: f.value }
        : { value: f.value, unit: f.unit }),
      english: figureInEnglish(f),
    };
  }
  return {
    text: span.text,
    english: span.kind === 'places' || span.kind === 'names' ? namesInEnglish(span.text) : englishName(span.text),
  };
}

/** The region a document speaks for: a city-level document by its city and province, 巴中（四川）. */
function regionLabel(store: IndexStore, docId: string): { province: string; region: string } {
  const meta = store.documents.get(docId)?.meta;
  if (!meta) return { province: '', region: docId };
  return { province: meta.province, region: meta.city ? `${meta.city}（${meta.province}）` : meta.province };
}

// Every region whose documents contain the subject verbatim, one citation each.
function answerList(
  store: IndexStore,
  q: Question,
  regions: readonly RegionFilter[],
): Pick<AskResult, 'answer' | 'confidence' | 'citations' | 'rows' | 'note'> {
  const groups = q.focus
    .filter((f) => f.strong || q.focus.length <= 2)
    .map((f) => f.forms.map((form) => makeUnit(form, false)).filter((u): u is QueryUnit => !!u));
  const query: ParsedQuery = {
    q: q.text,
    groups:
      groups.length > 0
        ? groups
        : q.focus.map((f) => f.forms.map((form) => makeUnit(form, false)).filter((u): u is QueryUnit => !!u)),
    excluded: [],
    filters: { province: [], doc: [] },
    translations: [],
    lang: 'zh',
  };
  const result = searchClauses(store, query, { province: regions.map((r) => r.zh), doc: [], limit: 50, offset: 0 });
  if (result.total === 0 || result.query.mode === 'partial' || result.query.mode === 'any-terms') {
    return {
      answer: null,
      confidence: 0.2,
      citations: result.hits.slice(0, 3),
      note: 'No document states it in these words; the closest clauses are given.',
    };
  }
  const seen = new Set<string>();
  const hits = result.hits.filter((h) => !seen.has(h.doc.id) && seen.add(h.doc.id));
  const rows = hits.map((h) => ({
    ...regionLabel(store, h.doc.id),
    text: h.snippet.replace(/<\/?mark>/g, ''),
    clauseId: h.id,
  }));
  const text = rows.map((r) => r.region).join('、');
  return {
    answer: {
      text,
      english: rows
        .map(
          (r) =>
            englishName(r.province) +
            (r.region !== r.province ? ` (${englishName(r.region.replace(/（.*$/, ''))})` : ''),
        )
        .join(', '),
    },
    confidence: 0.9,
    citations: hits,
    rows,
  };
}

// The same figure in each region's documents: a number question asked of each document in turn.
function answerCompare(
  store: IndexStore,
  q: Question,
  regions: readonly RegionFilter[],
): Pick<AskResult, 'answer' | 'confidence' | 'citations' | 'rows' | 'note'> {
  const numberQuestion: Question = { ...q, type: 'number', ...(q.unit ? {} : { unit: 'money' }) };
  const rows: NonNullable<AskResult['rows']>[number][] = [];
  const citations: SearchHit[] = [];
  for (const doc of store.documents.values()) {
    const ranked = retrieve(store, numberQuestion, (c) => c.docId === doc.meta.id && inRegions(c, regions));
    const best = rankCandidates(store, numberQuestion, ranked)[0];
    if (!best || best.coverage < 0.5 || best.fit < 0.5) continue;
    const clause = store.clauses[best.clause] as Clause;
    const f = best.span.figure;
    const year =
      sentences(clause.text)
        .find((s) => s.start <= best.span.start && s.end >= best.span.end)
        ?.text.match(/(20\d\d)\s*年/)?.[1] ?? doc.meta.period?.to;
    rows.push({
      ...regionLabel(store, doc.meta.id),
      text: best.span.text,
      ...(f ? { value: f.value, unit: f.unit } : {}),
      ...(year ? { year: Number(year) } : {}),
      clauseId: clause.id,
    });
    citations.push(clauseHit(store, { index: best.clause, score: best.score }, [], [best.span]));
  }
  if (rows.length === 0)
    return { answer: null, confidence: 0.2, citations: [], note: 'No document states this figure.' };
  const text = rows.map((r) => `${r.region} ${r.text}${r.year ? `（${r.year}年）` : ''}`).join('；');
  return { answer: { text }, confidence: 0.7, citations, rows };
}
