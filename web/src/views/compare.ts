// A compare answer: a row per region that states it (table; bar chart if one unit), and the regions that do not.
import type { AskResponse } from '../../../server/contract/index.ts';
import { v, type VChild, type VNode } from '../vnode.ts';
import { markNeedles } from './hit-render.ts';
import { wordsOf, type Lang } from '../words.ts';
import { citeLabelEn, citeLabelZh } from '../numbering.ts';
import { barChart } from './chart.ts';

type Row = NonNullable<AskResponse['rows']>[number];

function clauseHref(id: string): string {
  return `/doc/${encodeURIComponent(id.slice(0, id.indexOf('/')))}#${encodeURIComponent(id)}`;
}

// How a clause link reads: its label where the answer cites it or the server gives it, else its
// path in the document.
function clauseName(id: string, r: AskResponse, lang: Lang, label?: string): string {
  const hit = r.citations.find((c) => c.id === id) ?? (label ? { id, label } : undefined);
  if (!hit) return id.slice(id.indexOf('/') + 1);
  return lang === 'en' ? citeLabelEn(hit) : citeLabelZh(hit);
}

function clauseLink(id: string, r: AskResponse, region: string, lang: Lang, label?: string): VNode {
  return v(
    'a',
    { href: clauseHref(id), 'data-nav': true },
    clauseName(id, r, lang, label),
    v('span', { class: 'sr-only' }, ` ${region}`),
  );
}

// A row's words, the answer marked where they are what the region says around it.
function rowWords(row: Row): VChild[] {
  return row.phrase ? markNeedles(row.text, [row.phrase]) : [row.text];
}

// The regions that say something (which regions…): each with its clause's words, which wrap.
function statementsTable(rows: readonly Row[], r: AskResponse, lang: Lang): VNode {
  const t = wordsOf(lang);
  const en = lang === 'en';
  const region = (row: Row) => (en ? row.regionEn : row.region);
  return v(
    'table',
    { class: 'rows statements-table' },
    v('caption', {}, t('compareCaption')),
    v(
      'thead',
      {},
      v(
        'tr',
        {},
        [t('region'), t('statement'), t('clause')].map((c) => v('th', { scope: 'col' }, c)),
      ),
    ),
    v(
      'tbody',
      {},
      rows.map((row) =>
        v(
          'tr',
          {},
          v('th', { scope: 'row' }, region(row)),
          v('td', { class: 'statement', lang: 'zh-CN' }, ...rowWords(row)),
          v('td', {}, clauseLink(row.clauseId, r, region(row), lang)),
        ),
      ),
    ),
  );
}

function rowsTable(rows: readonly Row[], r: AskResponse, lang: Lang): VNode {
  // Which regions say something, or what each says (no row a figure): their statements.
  if (r.type === 'list' || rows.every((x) => x.value === undefined)) return statementsTable(rows, r, lang);
  const t = wordsOf(lang);
  const en = lang === 'en';
  const region = (row: Row) => (en ? row.regionEn : row.region);
  return v(
    'table',
    { class: 'rows compare-table' },
    v('caption', {}, t('compareCaption')),
    v(
      'thead',
      {},
      v(
        'tr',
        {},
        [t('region'), t('value'), t('year'), t('metric'), t('clause')].map((c) => v('th', { scope: 'col' }, c)),
      ),
    ),
    v(
      'tbody',
      {},
      rows.map((row) =>
        v(
          'tr',
          {},
          v('th', { scope: 'row', 'data-label': t('region') }, region(row)),
          v(
            'td',
            { class: 'num', 'data-label': t('value') },
            v('span', { lang: 'zh-CN' }, ...rowWords(row)),
            en && row.english ? v('span', { class: 'value-en' }, row.english) : null,
          ),
          v('td', { class: 'num', 'data-label': t('year') }, row.year ? String(row.year) : ''),
          v('td', { lang: 'zh-CN', 'data-label': t('metric') }, row.metric ?? ''),
          v('td', { 'data-label': t('clause') }, clauseLink(row.clauseId, r, region(row), lang)),
        ),
      ),
    ),
  );
}

type Unstated = NonNullable<AskResponse['unstated']>[number];

// What a region states instead, worded in the interface's language: 总产值 4000亿元（2025，目标）, or
// 总产值 4000亿元 (2025, target) with the Chinese marked as such.
function statedInstead(u: Unstated, lang: Lang): VNode | null {
  const t = wordsOf(lang);
  const s = u.stated;
  if (!s) return u.instead ? v('span', { class: 'instead' }, `${t('statesInstead')} `, u.instead) : null;
  const en = lang === 'en';
  const about = [s.when, t(s.kind)].filter(Boolean).join(en ? ', ' : '，');
  return v(
    'span',
    { class: 'instead' },
    `${t('statesInstead')} `,
    v('span', { lang: 'zh-CN' }, `${s.metric} ${s.figure}`),
    en ? ` (${about})` : `（${about}）`,
  );
}

function unstatedList(r: AskResponse, lang: Lang): VNode | null {
  const t = wordsOf(lang);
  const unstated = r.unstated ?? [];
  if (unstated.length === 0) return null;
  const en = lang === 'en';
  return v(
    'section',
    { class: 'unstated', 'aria-labelledby': 'unstated-title' },
    v('h3', { id: 'unstated-title' }, t('unstatedTitle')),
    v(
      'ul',
      {},
      unstated.map((u) =>
        v(
          'li',
          { 'data-province': u.province },
          v('strong', {}, en ? u.regionEn : u.region),
          ` ${t('statesNothing')}`,
          en ? ' ' : '',
          statedInstead(u, lang),
          u.clauseId ? ' ' : null,
          u.clauseId ? clauseLink(u.clauseId, r, en ? u.regionEn : u.region, lang, u.clauseLabel) : null,
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
export function compareView(r: AskResponse, metric: string, lang: Lang): VNode {
  const t = wordsOf(lang);
  const rows = r.rows ?? [];
  const chart = barChart(rows, metric, lang);
  return v(
    'section',
    { class: 'compare', 'aria-labelledby': 'compare-title' },
    v('h2', { id: 'compare-title' }, t('compareTitle')),
    rows.length > 0
      ? v(
          'div',
          { class: chart ? 'compare-grid' : 'compare-single' },
          v('div', { class: 'table-wrap' }, rowsTable(rows, r, lang)),
          chart,
        )
      : v('p', { class: 'note' }, t('noRegionStates')),
    unstatedList(r, lang),
  );
}
