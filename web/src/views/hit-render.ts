// One hit as a pure render: document, place, section path, the marked text (a table row under its column names),
// and its actions; hit.ts attaches the citation, the expand toggle and the reading aid.
import type { DocumentMeta, Hit } from '../../../server/contract/index.ts';
import { citeLabelEn, citeLabelZh } from '../numbering.ts';
import { marked, textOf, v, type Handlers, type VChild, type VNode } from '../vnode.ts';
import { wordsOf, type Lang } from '../words.ts';

const ZH = { lang: 'zh-CN' } as const;
const EN = { lang: 'en' } as const;

/** The breadcrumb of a clause: its headings and its own number (三、重点任务 › （二）… › 7.). */
export function breadcrumb(section: readonly string[], label: string): string {
  const own = label.slice(
    section.reduce(
      (n, s) =>
        n + (s.match(/^[^\p{Script=Han}A-Za-z]*[一二三四五六七八九十\d]*[、）)．.]|^专栏\d+|^表\d+/u)?.[0].length ?? 0),
      0,
    ),
  );
  return [...section, own].filter(Boolean).join(' › ');
}

/** The place of a clause in `lang`: 四川 · 巴中, or Sichuan · Bazhong. */
export function placeIn(
  hit: Pick<Hit, 'province' | 'city' | 'doc'>,
  meta: DocumentMeta | undefined,
  lang: Lang,
): string {
  if (lang === 'zh') return [hit.province, hit.city].filter(Boolean).join(' · ');
  return [hit.doc.provinceEn || hit.province, hit.city ? (meta?.cityEn ?? hit.city) : undefined]
    .filter(Boolean)
    .join(' · ');
}

/** `value` with each occurrence of one of `needles` in <mark>. */
export function markNeedles(value: string, needles: readonly string[]): VChild[] {
  const needle = needles.find((n) => n && value.includes(n));
  if (!needle) return value ? [value] : [];
  const at = value.indexOf(needle);
  return [
    ...(at > 0 ? [value.slice(0, at)] : []),
    v('mark', {}, needle),
    ...markNeedles(value.slice(at + needle.length), needles),
  ];
}

/**
 * A hit's text, marked: the snippet or the whole clause; a table row in its display form (its cells
 * under their column names), the strings the server marked marked in it.
 */
export function hitText(hit: Pick<Hit, 'snippet' | 'highlight' | 'display'>, whole: boolean): VChild[] {
  if (hit.display) {
    const needles = marked(hit.highlight)
      .filter((c): c is VNode => typeof c !== 'string')
      .map(textOf);
    return markNeedles(hit.display, needles);
  }
  return marked(whole ? hit.highlight : hit.snippet);
}

/** What a hit shows. */
export interface HitModel {
  readonly hit: Hit;
  /** The document's metadata: English place names. */
  readonly meta: DocumentMeta | undefined;
  /** Its place in the whole list, from 0. */
  readonly index: number;
  /** The search's query string, carried to the reader (it marks the same matches and links back). */
  readonly from: string;
  readonly lang: Lang;
  /** The whole clause rather than the snippet. */
  readonly expanded: boolean;
}

/** What a hit's buttons do: copy its citation, expand or fold its text. */
export interface HitHandlers {
  readonly cite?: Handlers['click'];
  readonly toggle?: Handlers['click'];
}

/** The words that tell screen-reader users which hit a repeated button acts on: place and clause. */
export function hitContext(m: Pick<HitModel, 'hit' | 'meta' | 'lang'>): string {
  return `${placeIn(m.hit, m.meta, m.lang)} ${m.lang === 'en' ? citeLabelEn(m.hit) : citeLabelZh(m.hit)}`;
}

/** The address of a hit in the reader: its document, the search's query, the clause. */
export function readerLink(hit: Pick<Hit, 'id' | 'doc'>, from: string): string {
  return `/doc/${encodeURIComponent(hit.doc.id)}${from ? `?${from}` : ''}#${encodeURIComponent(hit.id)}`;
}

/**
 * A hit as a list item: document and place, what it lacks (a partial match), the section path, the
 * text, and its actions (expand, open, cite). A table row shows its display form whole: no expand.
 */
export function renderHit(m: HitModel, on: HitHandlers = {}): VNode {
  const { hit, lang } = m;
  const t = wordsOf(lang);
  const en = lang === 'en';
  const context = hitContext(m);
  const sr = (text: string) => v('span', { class: 'sr-only' }, `：${text}`);
  return v(
    'li',
    { class: 'hit', tabindex: '-1', 'data-index': String(m.index), 'data-id': hit.id },
    v(
      'div',
      { class: 'meta' },
      v('span', { class: 'doc-title', ...ZH }, hit.doc.title),
      en && hit.doc.titleEn ? v('span', { class: 'doc-title-en', ...EN }, hit.doc.titleEn) : null,
      v('span', { class: 'place' }, placeIn(hit, m.meta, lang)),
    ),
    hit.missing && hit.missing.length > 0
      ? v('p', { class: 'partial-note' }, `${t('partialMatch')} `, v('span', ZH, hit.missing.join(en ? ', ' : '、')))
      : null,
    v('div', { class: 'crumb', ...ZH }, breadcrumb(hit.section, hit.label)),
    v('p', { class: 'snippet', ...ZH }, hitText(hit, m.expanded)),
    v(
      'div',
      { class: 'actions' },
      hit.display
        ? null
        : v(
            'button',
            {
              type: 'button',
              class: 'link expand',
              'aria-expanded': String(m.expanded),
              on: on.toggle ? { click: on.toggle } : undefined,
            },
            v('span', { class: 'label' }, m.expanded ? t('collapse') : t('expand')),
            sr(context),
          ),
      v('a', { href: readerLink(hit, m.from), class: 'open', 'data-nav': true }, t('open'), sr(context)),
      v(
        'button',
        { type: 'button', class: 'link cite', on: on.cite ? { click: on.cite } : undefined },
        v('span', { class: 'label' }, en ? t('copyEnglish') : t('copyCitation')),
        sr(context),
      ),
    ),
  );
}
