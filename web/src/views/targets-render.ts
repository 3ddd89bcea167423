// The targets page as a pure render: filters, the CSV link and the table, from the page's state and words.
import type { PhraseEnglish, Target } from '../../../server/contract/index.ts';
import { v, type VChild, type VNode } from '../vnode.ts';
import { wordsOf, type Key, type Lang } from '../words.ts';
import { clauseName, extraQualifiers, sortedRows, type Column, type TargetsState } from './targets-table.ts';

const ZH = { lang: 'zh-CN' } as const;
const EN = { lang: 'en' } as const;

/** The kinds of figure the filter offers. */
export const KINDS = ['target', 'actual', 'growth', 'threshold', 'support', 'all'] as const;

/** The filters of the address (`/targets?province=…&metric=…&kind=…`). */
export interface TargetsFilter {
  readonly province: string;
  readonly metric: string;
  readonly kind: string;
}

/** Everything the page shows: the API's answer, the sort on screen, and names in the page's language. */
export interface TargetsModel {
  readonly lang: Lang;
  readonly filter: TargetsFilter;
  /** Undefined while loading. */
  readonly total?: number;
  readonly categories: readonly string[];
  readonly table: TargetsState;
  /** English of metrics and categories (English page), where the glossary has it. */
  readonly english?: ReadonlyMap<string, PhraseEnglish>;
  /** The name of each region (a row's city or province) in the page's language. */
  readonly regions: ReadonlyMap<string, string>;
}

/** What the page does on a click: sort by a column, filter (the form's fields), make the CSV. */
export interface TargetsHandlers {
  readonly sort: (col: Column) => void;
  readonly filter: (e: Event) => void;
  readonly csv: (e: Event) => void;
}

/** Capitalised first letter (English labels from lower-case words). */
function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// A Chinese phrase with its English under it (English interface) where the glossary covers it;
// else the Chinese, with the glossary terms it holds (not a translation: the words it contains).
function bilingual(zh: string, english: ReadonlyMap<string, PhraseEnglish> | undefined, lang: Lang): VNode[] {
  const e = english?.get(zh);
  if (e?.en)
    return [v('span', { class: 'en-main', ...EN }, capitalise(e.en)), v('span', { class: 'zh-sub', ...ZH }, zh)];
  const terms = e?.terms.map((x) => x.en).join(', ');
  return [
    v('span', { class: 'zh-main', ...ZH }, zh),
    ...(terms ? [v('span', { class: 'terms-sub', ...EN }, `${wordsOf(lang)('contains')} ${terms}`)] : []),
  ];
}

function categoryName(head: string, m: TargetsModel): VChild[] {
  if (head === '其他') return [wordsOf(m.lang)('otherCategory')];
  return m.english ? bilingual(head, m.english, m.lang) : [v('span', ZH, head)];
}

/** One figure's row: region, metric with its bar, category, value with its qualifiers, year, kind, clause. */
export function renderTargetRow(x: Target, m: TargetsModel): VNode {
  const t = wordsOf(m.lang);
  const region = m.regions.get(x.city ?? x.province) ?? x.city ?? x.province;
  const cell = (label: Key, attrs: Record<string, string>, ...children: VChild[]) =>
    v('td', { 'data-label': t(label), ...attrs }, ...children);
  const value = `${x.text}${x.unit && !x.text.includes(x.unit) ? ` ${x.unit}` : ''}`;
  // What tells rows of one metric apart: the bar that defines what is counted, and qualifiers such as 力争.
  const bar = x.threshold
    ? v('span', { class: 'bar-sub' }, `${t('bar')}${m.lang === 'en' ? ': ' : '：'}`, v('span', ZH, x.threshold))
    : null;
  return v(
    'tr',
    { 'data-clause': x.clauseId, 'data-text': x.text },
    cell('region', {}, region),
    v('td', { 'data-label': t('metric') }, bilingual(x.metric, m.english, m.lang), bar),
    cell('category', {}, ...categoryName(x.head, m)),
    v(
      'td',
      { 'data-label': t('value'), class: 'num', ...ZH },
      extraQualifiers(x).map((q) => v('span', { class: 'qualifier', ...ZH }, q)),
      value,
    ),
    cell('year', { class: 'num year' }, x.year ? String(x.year) : ''),
    cell('kind', { class: 'kind' }, capitalise(t(x.kind))),
    cell(
      'clause',
      {},
      v(
        'a',
        { href: `/doc/${encodeURIComponent(x.docId)}#${encodeURIComponent(x.clauseId)}`, 'data-nav': true },
        clauseName(x, m.lang),
        v('span', { class: 'sr-only' }, ` ${region} ${x.metric}`),
      ),
    ),
  );
}

/** The filter form: region, metric (with the categories offered), kind. */
export function renderTargetFilters(m: TargetsModel, on: Pick<TargetsHandlers, 'filter'>): VNode {
  const t = wordsOf(m.lang);
  return v(
    'form',
    { class: 'target-filters', method: 'get', action: '/targets', on: { submit: on.filter } },
    v('label', {}, `${t('province')} `, v('input', { name: 'province', value: m.filter.province })),
    v('label', {}, `${t('metric')} `, v('input', { name: 'metric', value: m.filter.metric, list: 'categories' })),
    v(
      'datalist',
      { id: 'categories' },
      m.categories.map((c) => v('option', { value: c })),
    ),
    v(
      'label',
      {},
      `${t('kind')} `,
      v(
        'select',
        { name: 'kind' },
        KINDS.map((k) => v('option', { value: k, selected: k === m.filter.kind }, t(k === 'all' ? 'all' : k))),
      ),
    ),
    v('button', { type: 'submit' }, t('filter')),
  );
}

const COLUMNS: ReadonlyArray<readonly [Column, Key]> = [
  ['province', 'region'],
  ['metric', 'metric'],
  ['head', 'category'],
  ['value', 'value'],
  ['year', 'year'],
  ['kind', 'kind'],
];

/** The page: heading with the count, filters, the CSV link, and the table in the order on screen. */
export function renderTargetsPage(m: TargetsModel, on: TargetsHandlers, problem?: VNode): VNode {
  const t = wordsOf(m.lang);
  const order = m.table.ascending ? 'ascending' : 'descending';
  const header = ([col, label]: readonly [Column, Key]) =>
    v(
      'th',
      { scope: 'col', 'aria-sort': col === m.table.sortBy ? order : undefined },
      v('button', { type: 'button', class: 'sort', 'data-col': col, on: { click: () => on.sort(col) } }, t(label)),
    );
  const loaded = m.total !== undefined;
  return v(
    'div',
    { class: 'targets-page' },
    v('h1', {}, loaded ? `${t('targets')} (${m.total})` : t('targets')),
    renderTargetFilters(m, on),
    problem ?? null,
    !loaded && !problem ? v('p', { class: 'status' }, t('loading')) : null,
    loaded
      ? [
          v(
            'p',
            {},
            v('a', { href: '#', class: 'csv', download: 'targets.csv', on: { click: on.csv } }, t('downloadCsv')),
          ),
          v(
            'table',
            { class: 'targets' },
            v('thead', {}, v('tr', {}, COLUMNS.map(header), v('th', { scope: 'col' }, t('clause')))),
            v(
              'tbody',
              {},
              sortedRows(m.table).map((x) => renderTargetRow(x, m)),
            ),
          ),
        ]
      : null,
  );
}
