// One clause of the related view as a column: region, document, section path, the clause with the words
// it shares marked, its similarity, the shared words, and the way to it in the reader.
import type { ClauseEnglish, DocumentMeta, Hit, PhraseEnglish, RelatedHit } from '../../../server/contract/index.ts';
import { EN, h, markedText, srOnly, ZH } from '../dom.ts';
import { lang, t } from '../i18n.ts';
import { readerHref, relatedHref } from '../links.ts';
import { citeLabelEn, citeLabelZh } from '../numbering.ts';
import { crumbEn, keyTermsList } from './hit-english.ts';
import { breadcrumb, placeOf } from './hit.ts';

/** What a column needs besides its clause. */
export interface ColumnContext {
  readonly meta: DocumentMeta | undefined;
  /** The shared words in English (English interface), by word. */
  readonly english: ReadonlyMap<string, PhraseEnglish> | undefined;
  /** The clause's section path in English and its key terms (English interface). */
  readonly clauseEnglish: ClauseEnglish | undefined;
}

/**
 * A similarity as people read it: a whole percentage, and "<1%" rather than a 0% that is not nothing.
 * @example percent(0.109) -> '11%'; percent(0.004) -> '<1%'
 */
export function percent(similarity: number): string {
  const p = Math.round(similarity * 100);
  return p === 0 && similarity > 0 ? '<1%' : `${p}%`;
}

// The similarity as a figure and a bar; the figure is the text screen readers read.
function similarityOf(similarity: number): HTMLElement {
  const fill = h('span', { class: 'sim-fill' });
  // A style property set through the CSSOM (the CSP refuses style attributes).
  fill.style.width = `${Math.max(similarity * 100, 1)}%`;
  return h(
    'div',
    { class: 'similarity' },
    h('span', { class: 'sim-text' }, `${t('similarity')} ${percent(similarity)}`),
    h('span', { class: 'sim-bar', 'aria-hidden': 'true' }, fill),
  );
}

// The shared words as chips, each with its English where the glossary has it (English interface).
function sharedWords(shared: readonly string[], english: ColumnContext['english']): HTMLElement | null {
  if (shared.length === 0) return null;
  return h(
    'div',
    { class: 'shared' },
    h('span', { class: 'label' }, `${t('sharedWords')}${lang() === 'en' ? ': ' : '：'}`),
    h(
      'ul',
      { class: 'term-chips' },
      ...shared.map((term) => {
        const en = english?.get(term)?.en;
        return h('li', { class: 'term' }, h('span', ZH, term), en ? h('span', { class: 'term-en', ...EN }, en) : null);
      }),
    ),
  );
}

/** How a clause is named in the interface language: its place and its number (浙江 三、（一）1.). */
export function clauseName(hit: Hit, meta: DocumentMeta | undefined): string {
  return `${placeOf(hit, meta)} ${lang() === 'en' ? citeLabelEn(hit) : citeLabelZh(hit)}`;
}

/**
 * The body of a column: its heading (`level` h2 for the source, h3 for the related), document,
 * section path, the clause marked, then, for a related clause, its similarity and shared words; the
 * links to the reader (and, for a related clause, to the clauses like it in turn).
 */
export function columnBody(hit: Hit | RelatedHit, ctx: ColumnContext, level: 'h2' | 'h3'): Node[] {
  const en = lang() === 'en';
  const name = clauseName(hit, ctx.meta);
  const related = 'similarity' in hit ? hit : undefined;
  const title = en && hit.doc.titleEn ? hit.doc.titleEn : hit.doc.title;
  return [
    h(
      level,
      { class: 'col-heading' },
      level === 'h2' ? h('span', { class: 'badge' }, t('thisClause')) : null,
      h('span', { class: 'place' }, placeOf(hit, ctx.meta)),
      ' ',
      h('span', { class: 'col-label', ...(en ? {} : ZH) }, en ? citeLabelEn(hit) : citeLabelZh(hit)),
    ),
    h('p', { class: 'doc-title', ...(en && hit.doc.titleEn ? EN : ZH) }, title),
    en && hit.doc.titleEn ? h('p', { class: 'doc-title-zh', ...ZH }, hit.doc.title) : null,
    h('div', { class: 'crumb', ...ZH }, breadcrumb(hit.section, hit.label)),
    ctx.clauseEnglish ? crumbEn(ctx.clauseEnglish.section) : null,
    h('p', { class: 'clause-text', ...ZH }, markedText(hit.highlight)),
    ctx.clauseEnglish ? keyTermsList(ctx.clauseEnglish.terms) : null,
    related ? similarityOf(related.similarity) : null,
    related ? sharedWords(related.shared, ctx.english) : null,
    h(
      'div',
      { class: 'actions' },
      h('a', { href: readerHref(hit.id), class: 'open', 'data-nav': '' }, t('open'), srOnly(`：${name}`)),
      related
        ? h(
            'a',
            { href: relatedHref(hit.id), class: 'related-link', 'data-nav': '' },
            t('relatedAction'),
            srOnly(`：${name}`),
          )
        : null,
    ),
  ].filter((n): n is HTMLElement => n !== null);
}
