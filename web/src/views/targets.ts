// The targets page: every figure, filterable and sortable, in the interface's language, linked to its clause.
import type { DocumentMeta, PhraseEnglish, Target } from '../../../server/contract/index.ts';
import { api, isFailure } from '../api.ts';
import { EN, h, ZH } from '../dom.ts';
import { phrasesInEnglish } from '../english.ts';
import { lang, t, type Key } from '../i18n.ts';
import { problemText } from '../problems.ts';
import { navigate, type ViewContext } from '../router.ts';
import { capitalise } from './hit-english.ts';
import { regionName } from './filters.ts';
import {
  clauseName,
  extraQualifiers,
  sortedBy,
  sortedRows,
  targetsCsv,
  type Column,
  type TargetsState,
} from './targets-table.ts';

const KINDS = ['target', 'actual', 'growth', 'threshold', 'support', 'all'] as const;

// A Chinese phrase with its English under it (English interface) where the glossary covers it;
// else the Chinese, with the glossary terms it holds (not a translation: the words it contains).
function bilingual(zh: string, english: ReadonlyMap<string, PhraseEnglish> | undefined): Node[] {
  const e = english?.get(zh);
  if (e?.en)
    return [h('span', { class: 'en-main', ...EN }, capitalise(e.en)), h('span', { class: 'zh-sub', ...ZH }, zh)];
  const terms = e?.terms.map((x) => x.en).join(', ');
  return [
    h('span', { class: 'zh-main', ...ZH }, zh),
    terms ? h('span', { class: 'terms-sub', ...EN }, `${t('contains')} ${terms}`) : '',
  ].filter((n): n is HTMLElement => n !== '');
}

function categoryName(head: string, english: ReadonlyMap<string, PhraseEnglish> | undefined): Array<Node | string> {
  if (head === '其他') return [t('otherCategory')];
  return english ? bilingual(head, english) : [h('span', ZH, head)];
}

function row(
  x: Target,
  metas: ReadonlyMap<string, DocumentMeta>,
  english: ReadonlyMap<string, PhraseEnglish> | undefined,
): HTMLElement {
  const cell = (label: Key, attrs: Record<string, string>, ...children: Array<Node | string>) =>
    h('td', { 'data-label': t(label), ...attrs }, ...children);
  const value = `${x.text}${x.unit && !x.text.includes(x.unit) ? ` ${x.unit}` : ''}`;
  // What tells rows of one metric apart: the bar that defines what is counted, and qualifiers such as 力争.
  const bar = x.threshold
    ? h('span', { class: 'bar-sub' }, `${t('bar')}${lang() === 'en' ? ': ' : '：'}`, h('span', ZH, x.threshold))
    : null;
  const qualifiers = extraQualifiers(x).map((q) => h('span', { class: 'qualifier', ...ZH }, q));
  return h(
    'tr',
    { 'data-clause': x.clauseId, 'data-text': x.text },
    cell('region', {}, regionName(x.city ?? x.province, metas)),
    cell('metric', {}, ...bilingual(x.metric, english), ...(bar ? [bar] : [])),
    cell('category', {}, ...categoryName(x.head, english)),
    cell('value', { class: 'num', ...ZH }, ...qualifiers, value),
    cell('year', { class: 'num' }, x.year ? String(x.year) : ''),
    cell('kind', {}, capitalise(t(x.kind))),
    cell(
      'clause',
      {},
      h(
        'a',
        { href: `/doc/${encodeURIComponent(x.docId)}#${encodeURIComponent(x.clauseId)}`, 'data-nav': '' },
        clauseName(x, lang()),
        h('span', { class: 'sr-only' }, ` ${regionName(x.city ?? x.province, metas)} ${x.metric}`),
      ),
    ),
  );
}

function filterForm(filter: { province: string; metric: string; kind: string }, categories: readonly string[]) {
  const form = h(
    'form',
    { class: 'target-filters', method: 'get', action: '/targets' },
    h('label', {}, `${t('province')} `, h('input', { name: 'province', value: filter.province })),
    h('label', {}, `${t('metric')} `, h('input', { name: 'metric', value: filter.metric, list: 'categories' })),
    h('datalist', { id: 'categories' }, ...categories.map((c) => h('option', { value: c }))),
    h(
      'label',
      {},
      `${t('kind')} `,
      h(
        'select',
        { name: 'kind' },
        ...KINDS.map((k) => h('option', { value: k, selected: k === filter.kind }, t(k === 'all' ? 'all' : k))),
      ),
    ),
    h('button', { type: 'submit' }, t('filter')),
  );
  // Filtering is a new page in the history: back returns to the previous filters.
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim()) p.set(k, v.trim());
    navigate(`/targets${p.size ? `?${p}` : ''}`);
  });
  return form;
}

/** Renders `/targets`. */
export async function targetsView(
  root: HTMLElement,
  metas: ReadonlyMap<string, DocumentMeta>,
  ctx: ViewContext,
): Promise<void> {
  document.title = `${t('targets')} — ${t('title')}`;
  const params = new URLSearchParams(location.search);
  const filter = {
    province: params.get('province') ?? '',
    metric: params.get('metric') ?? '',
    kind: params.get('kind') ?? 'target',
  };
  const q = new URLSearchParams({ kind: filter.kind });
  if (filter.province) q.set('province', filter.province);
  if (filter.metric) q.set('metric', filter.metric);
  root.replaceChildren(h('h1', {}, t('targets')), h('p', { class: 'status' }, t('loading')));
  const r = await api.targets(q);
  if (ctx.signal.aborted) return;
  if (isFailure(r)) {
    root.replaceChildren(
      h('h1', {}, t('targets')),
      filterForm(filter, []),
      h('p', { class: 'status error', role: 'alert' }, problemText(r)),
    );
    return;
  }
  const english =
    lang() === 'en' ? await phrasesInEnglish([...r.categories, ...r.targets.map((x) => x.metric)]) : undefined;
  let state: TargetsState = { rows: r.targets, sortBy: 'province', ascending: true };
  const tbody = h('tbody');
  const headers = new Map<Column, HTMLElement>();
  const render = () => {
    tbody.replaceChildren(...sortedRows(state).map((x) => row(x, metas, english)));
    for (const [col, th] of headers)
      if (col === state.sortBy) th.setAttribute('aria-sort', state.ascending ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
  };
  const header = (col: Column, label: string) => {
    const b = h('button', { type: 'button', class: 'sort' }, label);
    b.addEventListener('click', () => {
      state = sortedBy(state, col);
      render();
    });
    const th = h('th', { scope: 'col' }, b);
    headers.set(col, th);
    return th;
  };
  // The CSV of the rows as shown (filters and sort), made when asked for, headers in the page's language.
  const csv = h('a', { href: '#', class: 'csv', download: 'targets.csv' }, t('downloadCsv'));
  csv.addEventListener('click', () => {
    const text = targetsCsv(sortedRows(state), {
      heading: (key) => t(key),
      region: (x) => regionName(x.city ?? x.province, metas),
      kind: (x) => t(x.kind),
      clause: (x) => clauseName(x, lang()),
    });
    const old = csv.getAttribute('href') ?? '';
    if (old.startsWith('blob:')) URL.revokeObjectURL(old);
    csv.setAttribute('href', URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' })));
  });
  root.replaceChildren(
    h('h1', {}, `${t('targets')} (${r.total})`),
    filterForm(filter, r.categories),
    h('p', {}, csv),
    h(
      'table',
      { class: 'targets' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          header('province', t('region')),
          header('metric', t('metric')),
          header('head', t('category')),
          header('value', t('value')),
          header('year', t('year')),
          header('kind', t('kind')),
          h('th', { scope: 'col' }, t('clause')),
        ),
      ),
      tbody,
    ),
  );
  render();
}
