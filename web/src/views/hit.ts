// One clause in a list: document, place, section path, marked snippet, expand, open, cite.
import type { DocumentMeta, Hit } from '../../../server/contract/index.ts';
import { citationEn, citationZh } from '../cite.ts';
import { h, markedText } from '../dom.ts';
import { lang, t } from '../i18n.ts';

/** The breadcrumb of a hit: its headings and its own number (三、重点任务 › （二）… › 7.). */
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

/** Copies text to the clipboard and says so on the button. */
export async function copy(button: HTMLButtonElement, text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
  const before = button.textContent;
  button.textContent = t('copied');
  setTimeout(() => {
    button.textContent = before;
  }, 1500);
}

/** A hit as a list item; `meta` is the document's metadata, for the citation. */
export function hitView(hit: Hit, meta: DocumentMeta | undefined, index: number): HTMLLIElement {
  const en = lang() === 'en';
  const snippet = h('p', { class: 'snippet' }, markedText(hit.snippet));
  let expanded = false;
  const toggle = h('button', { type: 'button', class: 'link' }, t('expand'));
  toggle.addEventListener('click', () => {
    expanded = !expanded;
    snippet.replaceChildren(markedText(expanded ? hit.highlight : hit.snippet));
    toggle.textContent = expanded ? t('collapse') : t('expand');
  });
  const cite = h('button', { type: 'button', class: 'link' }, en ? t('copyEnglish') : t('copyCitation'));
  cite.addEventListener('click', () => {
    if (meta) void copy(cite, en ? citationEn(meta, hit) : citationZh(meta, hit));
  });
  const docId = hit.doc.id;
  // The reader marks the query's words too: the link carries the query.
  const q = new URLSearchParams(location.search).get('q');
  const open = h(
    'a',
    {
      href: `/doc/${encodeURIComponent(docId)}${q ? `?${new URLSearchParams({ q })}` : ''}#${encodeURIComponent(hit.id)}`,
      class: 'open',
      'data-nav': '',
    },
    t('open'),
  );
  const place = [hit.province, hit.city].filter(Boolean).join(' · ');
  return h(
    'li',
    { class: 'hit', tabindex: '-1', 'data-index': String(index), 'data-id': hit.id },
    h(
      'div',
      { class: 'meta' },
      h('span', { class: 'doc-title' }, hit.doc.title),
      en && hit.doc.titleEn ? h('span', { class: 'doc-title-en' }, hit.doc.titleEn) : null,
      h('span', { class: 'place' }, en ? `${hit.doc.provinceEn}${hit.city ? ` · ${hit.city}` : ''} (${place})` : place),
    ),
    h('div', { class: 'crumb' }, breadcrumb(hit.section, hit.label)),
    snippet,
    h('div', { class: 'actions' }, toggle, open, cite),
  );
}
