// The targets page: every quantitative target, filterable and sortable, linked to its clause.
import type { Target } from '../../../server/contract/index.ts';
import { api, isFailure } from '../api.ts';
import { h } from '../dom.ts';
import { t } from '../i18n.ts';

type Column = 'province' | 'metric' | 'head' | 'value' | 'year' | 'kind';

/** Renders `/targets`. */
export async function targetsView(root: HTMLElement): Promise<void> {
  const params = new URLSearchParams(location.search);
  const filter = {
    province: params.get('province') ?? '',
    metric: params.get('metric') ?? '',
    kind: params.get('kind') ?? 'target',
  };
  const q = new URLSearchParams({ kind: filter.kind });
  if (filter.province) q.set('province', filter.province);
  if (filter.metric) q.set('metric', filter.metric);
  const r = await api.targets(q);
  if (isFailure(r)) {
    root.replaceChildren(h('p', { class: 'status error' }, `${t('error')}${r.message}`));
    return;
  }
  let sortBy: Column = 'province';
  let ascending = true;
  const tbody = h('tbody');
  const render = () => {
    const rows = [...r.targets].sort((a, b) => compare(a, b, sortBy) * (ascending ? 1 : -1));
    tbody.replaceChildren(
      ...rows.map((x) =>
        h(
          'tr',
          {},
          h('td', {}, x.city ? `${x.city}（${x.province}）` : x.province),
          h('td', {}, x.metric),
          h('td', {}, x.head),
          h('td', { class: 'num' }, `${x.text}${x.unit && !x.text.includes(x.unit) ? ` ${x.unit}` : ''}`),
          h('td', { class: 'num' }, x.year ? String(x.year) : ''),
          h('td', {}, x.kind === 'target' ? t('target') : t('actual')),
          h(
            'td',
            {},
            h(
              'a',
              { href: `/doc/${encodeURIComponent(x.docId)}#${encodeURIComponent(x.clauseId)}`, 'data-nav': '' },
              x.clauseId,
            ),
          ),
        ),
      ),
    );
  };
  const header = (col: Column, label: string) => {
    const b = h('button', { type: 'button', class: 'sort' }, label);
    b.addEventListener('click', () => {
      ascending = sortBy === col ? !ascending : true;
      sortBy = col;
      render();
    });
    return h('th', { scope: 'col' }, b);
  };
  const form = h(
    'form',
    { class: 'target-filters', method: 'get', action: '/targets' },
    h('label', {}, `${t('province')} `, h('input', { name: 'province', value: filter.province })),
    h('label', {}, `${t('metric')} `, h('input', { name: 'metric', value: filter.metric, list: 'categories' })),
    h('datalist', { id: 'categories' }, ...r.categories.map((c) => h('option', { value: c }))),
    h(
      'label',
      {},
      `${t('kind')} `,
      h(
        'select',
        { name: 'kind' },
        ...['target', 'actual', 'all'].map((k) =>
          h('option', { value: k, selected: k === filter.kind }, k === 'all' ? t('all') : t(k as 'target' | 'actual')),
        ),
      ),
    ),
    h('button', { type: 'submit' }, t('search')),
    h(
      'a',
      { href: `/api/targets?${new URLSearchParams({ ...Object.fromEntries(q), format: 'csv' })}` },
      t('downloadCsv'),
    ),
  );
  root.replaceChildren(
    h('h1', {}, `${t('targets')} (${r.total})`),
    form,
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

function compare(a: Target, b: Target, col: Column): number {
  if (col === 'value' || col === 'year') return (a[col] ?? 0) - (b[col] ?? 0);
  return String(a[col] ?? '').localeCompare(String(b[col] ?? ''), 'zh');
}
