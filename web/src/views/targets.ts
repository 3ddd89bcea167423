// The targets page's state and events: the address's filters, the API's rows, the sort; targets-render.ts draws it.
import type { DocumentMeta } from '../../../server/contract/index.ts';
import { api, isFailure } from '../api.ts';
import { phrasesInEnglish } from '../english.ts';
import { lang, t } from '../i18n.ts';
import { mount } from '../mount.ts';
import { regionLabel } from '../regions.ts';
import { navigate, refresh, type ViewContext } from '../router.ts';
import { renderProblemNotice } from './problem-notice.ts';
import { renderTargetsPage, type TargetsFilter, type TargetsHandlers, type TargetsModel } from './targets-render.ts';
import { clauseName, sortedBy, sortedRows, targetsCsv } from './targets-table.ts';

/** The filters of an address's query string. */
export function filterOf(search: string): TargetsFilter {
  const params = new URLSearchParams(search);
  return {
    province: params.get('province') ?? '',
    metric: params.get('metric') ?? '',
    kind: params.get('kind') ?? 'target',
  };
}

/** Renders `/targets`: loads the rows of the address's filters, then re-renders on each sort. */
export async function targetsView(
  root: HTMLElement,
  metas: ReadonlyMap<string, DocumentMeta>,
  ctx: ViewContext,
): Promise<void> {
  document.title = `${t('targets')} — ${t('title')}`;
  const filter = filterOf(location.search);
  let model: TargetsModel = {
    lang: lang(),
    filter,
    categories: [],
    table: { rows: [], sortBy: 'province', ascending: true },
    regions: new Map(),
  };
  const handlers: TargetsHandlers = {
    sort: (col) => {
      model = { ...model, table: sortedBy(model.table, col) };
      render();
      root.querySelector<HTMLElement>(`button.sort[data-col="${col}"]`)?.focus();
    },
    // Filtering is a new page in the history: back returns to the previous filters.
    filter: (e) => {
      e.preventDefault();
      const p = new URLSearchParams();
      for (const [k, value] of new FormData(e.currentTarget as HTMLFormElement))
        if (typeof value === 'string' && value.trim()) p.set(k, value.trim());
      navigate(`/targets${p.size ? `?${p}` : ''}`);
    },
    // The CSV of the rows as shown (filters and sort), made when asked for, headers in the page's language.
    csv: (e) => {
      const a = e.currentTarget as HTMLAnchorElement;
      const text = targetsCsv(sortedRows(model.table), {
        heading: (key) => t(key),
        region: (x) => model.regions.get(x.city ?? x.province) ?? x.province,
        kind: (x) => t(x.kind),
        clause: (x) => clauseName(x, model.lang),
      });
      const old = a.getAttribute('href') ?? '';
      if (old.startsWith('blob:')) URL.revokeObjectURL(old);
      a.setAttribute('href', URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' })));
    },
  };
  const render = (problem?: Parameters<typeof renderProblemNotice>[0]) =>
    mount(
      root,
      renderTargetsPage(model, handlers, problem && renderProblemNotice(problem, model.lang, () => void refresh())),
    );

  render();
  const q = new URLSearchParams({ kind: filter.kind });
  if (filter.province) q.set('province', filter.province);
  if (filter.metric) q.set('metric', filter.metric);
  const r = await api.targets(q);
  if (ctx.signal.aborted) return;
  if (isFailure(r)) return render(r);
  const english =
    lang() === 'en' ? await phrasesInEnglish([...r.categories, ...r.targets.map((x) => x.metric)]) : undefined;
  if (ctx.signal.aborted) return;
  const places = new Set(r.targets.map((x) => x.city ?? x.province));
  model = {
    ...model,
    total: r.total,
    categories: r.categories,
    table: { ...model.table, rows: r.targets },
    regions: new Map([...places].map((p) => [p, regionLabel(p, metas, lang())])),
    ...(english ? { english } : {}),
  };
  render();
}
