// The document reader: outline, the whole text by clause, the cited clause in view and marked.
import type { DocumentResponse } from '../../../server/contract/index.ts';
import { api, isFailure } from '../api.ts';
import { citationEn, citationZh } from '../cite.ts';
import { h } from '../dom.ts';
import { lang, t } from '../i18n.ts';
import { breadcrumb, copy } from './hit.ts';

/** Renders `/doc/:id#clause`: the document with its outline, scrolled to the clause. */
export async function readerView(root: HTMLElement, docId: string): Promise<void> {
  root.replaceChildren(h('p', { class: 'status' }, t('loading')));
  const doc = await api.document(docId);
  if (isFailure(doc)) {
    root.replaceChildren(h('p', { class: 'status error' }, `${t('error')}${doc.message}`));
    return;
  }
  const en = lang() === 'en';
  const terms =
    new URLSearchParams(location.search)
      .get('q')
      ?.split(/\s+/)
      .filter((w) => w.length > 0) ?? [];
  const outline = h(
    'nav',
    { class: 'outline', 'aria-label': t('outline') },
    h(
      'details',
      { open: window.innerWidth > 800 },
      h('summary', {}, t('outline')),
      h(
        'ol',
        {},
        ...doc.outline
          .filter((o) => o.firstClause)
          .map((o) =>
            h(
              'li',
              { 'data-depth': String(Math.min(o.depth, 4)) },
              h('a', { href: `#${encodeURIComponent(o.firstClause ?? '')}` }, `${o.label} ${o.title}`),
            ),
          ),
      ),
    ),
  );
  const article = h(
    'article',
    { class: 'document' },
    h(
      'header',
      {},
      h('h1', {}, doc.meta.title),
      en && doc.meta.titleEn ? h('p', { class: 'doc-title-en' }, doc.meta.titleEn) : null,
      h(
        'p',
        { class: 'place' },
        [doc.meta.region.zh, doc.meta.region.en, doc.meta.issuer, doc.meta.issued, doc.meta.status?.zh]
          .filter(Boolean)
          .join(' · '),
      ),
      h('a', { href: '/', 'data-nav': '', class: 'back' }, t('back')),
    ),
    ...doc.clauses.map((c, k) => clauseView(doc, k, terms)),
  );
  root.replaceChildren(h('div', { class: 'reader' }, outline, article));
  const target = decodeURIComponent(location.hash.slice(1));
  const el = target ? document.getElementById(`c-${target}`) : null;
  if (el) {
    el.classList.add('target');
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }
  window.addEventListener('hashchange', () => {
    document.querySelectorAll('.clause.target').forEach((n) => n.classList.remove('target'));
    const next = document.getElementById(`c-${decodeURIComponent(location.hash.slice(1))}`);
    next?.classList.add('target');
    next?.scrollIntoView({ block: 'center' });
  });
}

function clauseView(doc: DocumentResponse, k: number, terms: readonly string[]): HTMLElement {
  const c = doc.clauses[k] as DocumentResponse['clauses'][number];
  const text = h('p', { class: 'clause-text' }, ...markTerms(c.text, terms));
  const cite = h('button', { type: 'button', class: 'link' }, lang() === 'en' ? t('copyEnglish') : t('copyCitation'));
  cite.addEventListener(
    'click',
    () => void copy(cite, lang() === 'en' ? citationEn(doc.meta, c) : citationZh(doc.meta, c)),
  );
  const prev = doc.clauses[k - 1],
    next = doc.clauses[k + 1];
  // The reading aid: hovering (or tapping) the text shows each word's pinyin and English.
  text.addEventListener('pointerenter', () => void gloss(text, c.id, c.text), { once: true });
  text.addEventListener('focus', () => void gloss(text, c.id, c.text), { once: true });
  return h(
    'section',
    { class: 'clause', id: `c-${c.id}`, tabindex: '-1', 'aria-label': c.label || c.id },
    h('div', { class: 'crumb' }, breadcrumb(c.section, c.label)),
    text,
    h(
      'div',
      { class: 'actions' },
      cite,
      prev ? h('a', { href: `#${encodeURIComponent(prev.id)}`, class: 'link' }, `← ${t('previous')}`) : null,
      next ? h('a', { href: `#${encodeURIComponent(next.id)}`, class: 'link' }, `${t('next')} →`) : null,
    ),
  );
}

// Marks the query's words in a clause, as text nodes and <mark> elements only.
function markTerms(text: string, terms: readonly string[]): Node[] {
  if (terms.length === 0) return [document.createTextNode(text)];
  const pattern = new RegExp(terms.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const out: Node[] = [];
  let pos = 0;
  for (const m of text.matchAll(pattern)) {
    out.push(document.createTextNode(text.slice(pos, m.index)), h('mark', {}, m[0]));
    pos = m.index + m[0].length;
  }
  out.push(document.createTextNode(text.slice(pos)));
  return out;
}

async function gloss(container: HTMLElement, clauseId: string, text: string): Promise<void> {
  // A clause with the query's words marked keeps its marks; the others get the reading aid.
  if (container.querySelector('mark')) return;
  const r = await api.gloss(clauseId);
  if (isFailure(r)) return;
  const nodes: Node[] = [];
  let pos = 0;
  for (const w of r.words ?? []) {
    if (w.start < pos) continue;
    nodes.push(document.createTextNode(text.slice(pos, w.start)));
    const tip = [w.pinyin, w.en.slice(0, 3).join('; ')].filter(Boolean).join(' — ');
    nodes.push(
      h(
        'span',
        { class: 'word', title: tip, 'data-pinyin': w.pinyin, 'data-en': w.en.slice(0, 3).join('; '), tabindex: '0' },
        text.slice(w.start, w.end),
      ),
    );
    pos = w.end;
  }
  nodes.push(document.createTextNode(text.slice(pos)));
  container.replaceChildren(...nodes);
}
