// One clause in a list: document, place, section path, marked snippet, expand, open, cite, the reading aid.
import type { DocumentMeta, Hit } from '../../../server/contract/index.ts';
import { citationEn, citationZh, type Citable } from '../cite.ts';
import { EN, h, markedStrings, markedText, markNeedles, markSpans, srOnly, ZH } from '../dom.ts';
import { clausesInEnglish } from '../english.ts';
import { lang, t } from '../i18n.ts';
import { citeLabelEn, citeLabelZh } from '../numbering.ts';
import { readingAidToggle } from './reading-aid.ts';

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

// Copies text to the clipboard and says so on the button.
async function copy(button: HTMLButtonElement, text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
  const label = button.querySelector('.label') ?? button;
  const before = label.textContent;
  label.textContent = t('copied');
  setTimeout(() => {
    label.textContent = before;
  }, 1500);
}

/** The place of a clause in the interface language: 四川 · 巴中, or Sichuan · Bazhong. */
export function placeOf(hit: Pick<Hit, 'province' | 'city' | 'doc'>, meta: DocumentMeta | undefined): string {
  if (lang() === 'zh') return [hit.province, hit.city].filter(Boolean).join(' · ');
  return [hit.doc.provinceEn || hit.province, hit.city ? (meta?.cityEn ?? hit.city) : undefined]
    .filter(Boolean)
    .join(' · ');
}

/** A citation button for a clause: Chinese, or English with the clause's key terms. */
export function citeButton(meta: DocumentMeta | undefined, clause: Citable, context: string): HTMLButtonElement {
  const en = lang() === 'en';
  const b = h(
    'button',
    { type: 'button', class: 'link cite' },
    h('span', { class: 'label' }, en ? t('copyEnglish') : t('copyCitation')),
    srOnly(`：${context}`),
  );
  b.addEventListener('click', async () => {
    if (!meta) return;
    if (!en) return void copy(b, citationZh(meta, clause));
    const terms = (await clausesInEnglish([clause.id])).get(clause.id)?.terms ?? [];
    await copy(b, citationEn(meta, clause, terms));
  });
  return b;
}

/**
 * A hit's text, marked: the snippet or the whole clause; a table row in its display form (its cells
 * under their column names), the strings the server marked marked in it.
 */
export function hitText(hit: Pick<Hit, 'snippet' | 'highlight' | 'display'>, whole: boolean): DocumentFragment {
  const frag = document.createDocumentFragment();
  if (hit.display) frag.append(...markNeedles(hit.display, markedStrings(hit.highlight)));
  else frag.append(markedText(whole ? hit.highlight : hit.snippet));
  return frag;
}

/**
 * A hit as a list item. `meta` is the document's metadata (for the citation and the English place
 * names); `from` is the search's query string, carried to the reader (it marks the same matches and
 * links back to this search).
 */
export function hitView(hit: Hit, meta: DocumentMeta | undefined, index: number, from: string): HTMLLIElement {
  const en = lang() === 'en';
  const context = `${placeOf(hit, meta)} ${en ? citeLabelEn(hit) : citeLabelZh(hit)}`;
  const snippet = h('p', { class: 'snippet', ...ZH }, hitText(hit, false));
  let expanded = false;
  const label = h('span', { class: 'label' }, t('expand'));
  const toggle = h(
    'button',
    { type: 'button', class: 'link', 'aria-expanded': 'false' },
    label,
    srOnly(`：${context}`),
  );
  toggle.addEventListener('click', () => {
    expanded = !expanded;
    snippet.replaceChildren(hitText(hit, expanded));
    label.textContent = expanded ? t('collapse') : t('expand');
    toggle.setAttribute('aria-expanded', String(expanded));
  });
  const marks = markSpans(hit.highlight);
  const cite = citeButton(meta, { ...hit, focus: marks[0] }, context);
  const open = h(
    'a',
    {
      href: `/doc/${encodeURIComponent(hit.doc.id)}${from ? `?${from}` : ''}#${encodeURIComponent(hit.id)}`,
      class: 'open',
      'data-nav': '',
    },
    t('open'),
    srOnly(`：${context}`),
  );
  const aid = en ? readingAidToggle(hit.id, hit.text, marks, context) : undefined;
  return h(
    'li',
    { class: 'hit', tabindex: '-1', 'data-index': String(index), 'data-id': hit.id },
    h(
      'div',
      { class: 'meta' },
      h('span', { class: 'doc-title', ...ZH }, hit.doc.title),
      en && hit.doc.titleEn ? h('span', { class: 'doc-title-en', ...EN }, hit.doc.titleEn) : null,
      h('span', { class: 'place' }, placeOf(hit, meta)),
    ),
    hit.missing && hit.missing.length > 0
      ? h('p', { class: 'partial-note' }, `${t('partialMatch')} `, h('span', ZH, hit.missing.join(en ? ', ' : '、')))
      : null,
    h('div', { class: 'crumb', ...ZH }, breadcrumb(hit.section, hit.label)),
    snippet,
    aid?.panel,
    h('div', { class: 'actions' }, hit.display ? null : toggle, open, cite, aid?.button),
  );
}
