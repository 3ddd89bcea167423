// A compare answer: a row per region that states it (table; bar chart if one unit), and the regions that do not.
import type { AskResponse } from '../../../server/contract/index.ts';
import { h, srOnly, ZH } from '../dom.ts';
import { lang, t } from '../i18n.ts';
import { citeLabelEn, citeLabelZh } from '../numbering.ts';
import { barChart } from './chart.ts';

type Row = NonNullable<AskResponse['rows']>[number];

function clauseHref(id: string): string {
  return `/doc/${encodeURIComponent(id.slice(0, id.indexOf('/')))}#${encodeURIComponent(id)}`;
}

// How a clause link reads: its label where the answer cites it, else its path in the document.
function clauseName(id: string, r: AskResponse): string {
  const hit = r.citations.find((c) => c.id === id);
  if (!hit) return id.slice(id.indexOf('/') + 1);
  return lang() === 'en' ? citeLabelEn(hit) : citeLabelZh(hit);
}

function clauseLink(id: string, r: AskResponse, region: string): HTMLElement {
  return h('a', { href: clauseHref(id), 'data-nav': '' }, clauseName(id, r), srOnly(` ${region}`));
}

// The regions that say something (which regions…): each with its clause's words, which wrap.
function statementsTable(rows: readonly Row[], r: AskResponse): HTMLElement {
  const en = lang() === 'en';
  const region = (row: Row) => (en ? row.regionEn : row.region);
  return h(
    'table',
    { class: 'rows statements-table' },
    h('caption', {}, t('compareCaption')),
    h('thead', {}, h('tr', {}, ...[t('region'), t('statement'), t('clause')].map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, region(row)),
          h('td', { class: 'statement', ...ZH }, row.text),
          h('td', {}, clauseLink(row.clauseId, r, region(row))),
        ),
      ),
    ),
  );
}

function rowsTable(rows: readonly Row[], r: AskResponse): HTMLElement {
  if (r.type === 'list') return statementsTable(rows, r);
  const en = lang() === 'en';
  const region = (row: Row) => (en ? row.regionEn : row.region);
  return h(
    'table',
    { class: 'rows compare-table' },
    h('caption', {}, t('compareCaption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[t('region'), t('value'), t('year'), t('metric'), t('clause')].map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row', 'data-label': t('region') }, region(row)),
          h(
            'td',
            { class: 'num', 'data-label': t('value') },
            h('span', ZH, row.text),
            en && row.english ? h('span', { class: 'value-en' }, row.english) : null,
          ),
          h('td', { class: 'num', 'data-label': t('year') }, row.year ? String(row.year) : ''),
          h('td', { ...ZH, 'data-label': t('metric') }, row.metric ?? ''),
          h('td', { 'data-label': t('clause') }, clauseLink(row.clauseId, r, region(row))),
        ),
      ),
    ),
  );
}

type Unstated = NonNullable<AskResponse['unstated']>[number];

// What a region states instead, worded in the interface's language: 总产值 4000亿元（2025，目标）, or
// 总产值 4000亿元 (2025, target) with the Chinese marked as such.
function statedInstead(u: Unstated): HTMLElement | null {
  const s = u.stated;
  if (!s) return u.instead ? h('span', { class: 'instead' }, `${t('statesInstead')} `, u.instead) : null;
  const en = lang() === 'en';
  const about = [s.when, t(s.kind)].filter(Boolean).join(en ? ', ' : '，');
  return h(
    'span',
    { class: 'instead' },
    `${t('statesInstead')} `,
    h('span', ZH, `${s.metric} ${s.figure}`),
    en ? ` (${about})` : `（${about}）`,
  );
}

function unstatedList(r: AskResponse): HTMLElement | null {
  const unstated = r.unstated ?? [];
  if (unstated.length === 0) return null;
  const en = lang() === 'en';
  return h(
    'section',
    { class: 'unstated', 'aria-labelledby': 'unstated-title' },
    h('h3', { id: 'unstated-title' }, t('unstatedTitle')),
    h(
      'ul',
      {},
      ...unstated.map((u) =>
        h(
          'li',
          { 'data-province': u.province },
          h('strong', {}, en ? u.regionEn : u.region),
          ` ${t('statesNothing')}`,
          statedInstead(u),
          u.clauseId ? ' ' : null,
          u.clauseId ? clauseLink(u.clauseId, r, en ? u.regionEn : u.region) : null,
        ),
      ),
    ),
  );
}

/**
 * The compare view: the table of rows, the bar chart beside it when the rows share a unit, and
 * the regions asked about that state nothing (with what they state instead).
 * @param metric what the figures measure, in the interface language, for the chart
 */
export function compareView(r: AskResponse, metric: string): HTMLElement {
  const rows = r.rows ?? [];
  const chart = barChart(rows, metric);
  return h(
    'section',
    { class: 'compare', 'aria-labelledby': 'compare-title' },
    h('h2', { id: 'compare-title' }, t('compareTitle')),
    rows.length > 0
      ? h(
          'div',
          { class: chart ? 'compare-grid' : 'compare-single' },
          h('div', { class: 'table-wrap' }, rowsTable(rows, r)),
          chart,
        )
      : h('p', { class: 'note' }, t('noRegionStates')),
    unstatedList(r),
  );
}
