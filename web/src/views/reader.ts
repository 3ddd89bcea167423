// The document reader: the document as laid out, an outline that follows the scroll, the cited clause marked.
import type { DocumentMeta, DocumentResponse } from '../../../server/contract/index.ts';
import { api, isFailure } from '../api.ts';
import { h, markSpans } from '../dom.ts';
import { phrasesInEnglish } from '../english.ts';
import { lang, t } from '../i18n.ts';
import { citeLabelEn, citeLabelZh } from '../numbering.ts';
import { backLink as backTo, pageState, RESTORED, type ViewContext } from '../router.ts';
import { element } from '../mount.ts';
import { renderDocHeader } from './doc-header.ts';
import { renderClauseActions } from './clause-actions.ts';
import { copyCitation } from './hit.ts';
import { outlineKey, outlineOf } from './outline.ts';
import { problemView } from './problem.ts';
import { documentBody, headingsOf } from './reader-body.ts';
import { readingAid } from './reader-aid.ts';
import { stateFromUrl } from './search-state.ts';

type Clause = DocumentResponse['clauses'][number];

// The most matches of the query marked in one document (pages of 50).
const MARK_PAGES = 6;
// How far down the view the clause being read starts, at most.
const READING_LINE_PX = 200;

/** The query's highlights of the document's clauses, from the search itself (English queries included). */
async function highlightsIn(docId: string, signal: AbortSignal): Promise<Map<string, string>> {
  const state = stateFromUrl();
  const out = new Map<string, string>();
  if (!state.q.trim() || state.mode === 'ask') return out;
  for (let page = 0; page < MARK_PAGES; page++) {
    const p = new URLSearchParams({ q: state.q, doc: docId, limit: '50', offset: String(page * 50) });
    if (state.lang === 'zh') p.set('lang', 'zh');
    const r = await api.search(p, signal);
    if (isFailure(r)) break;
    for (const hit of r.hits) out.set(hit.id, hit.highlight);
    if (out.size >= r.total || r.hits.length === 0) break;
  }
  return out;
}

// The way back: to the search, the targets or the related clauses the reader was opened from, else to a
// search of its query.
function backLink(): HTMLElement {
  const from = pageState().from;
  const search = new URLSearchParams(location.search);
  search.delete('from');
  let href = search.get('q') ? `/?${search}` : '/';
  if (from && !from.startsWith('/doc/')) href = from;
  let label = t('back');
  if (href.startsWith('/targets')) label = t('backTargets');
  else if (href.startsWith('/related/')) label = t('backRelated');
  return backTo(href, label);
}

// "In other documents": the reader's address first moves to the clause, so that back returns to it marked.
function toRelated(clauseId: string): void {
  const hash = `#${encodeURIComponent(clauseId)}`;
  if (location.hash !== hash) history.replaceState(pageState(), '', `${location.pathname}${location.search}${hash}`);
}

/** Renders `/doc/:id#clause`: the document with its outline, scrolled to the clause. */
export async function readerView(
  root: HTMLElement,
  docId: string,
  metas: ReadonlyMap<string, DocumentMeta>,
  ctx: ViewContext,
): Promise<void> {
  root.replaceChildren(h('p', { class: 'status' }, t('loading')));
  const [doc, highlights] = await Promise.all([api.document(docId), highlightsIn(docId, ctx.signal)]);
  if (ctx.signal.aborted) return;
  if (isFailure(doc)) return problemView(root, t('docNotFound'), doc, metas);
  const en = lang() === 'en';
  document.title = `${doc.meta.title} — ${t('title')}`;
  const english = en ? await phrasesInEnglish([...headingsOf(doc), ...doc.outline.map(outlineKey)]) : undefined;
  const context = (c: Clause) => (en ? citeLabelEn(c) : citeLabelZh(c));
  const body = documentBody(doc, {
    highlights,
    english,
    lang: lang(),
    actions: (c) => {
      const focus = markSpans(highlights.get(c.id) ?? '')[0];
      return renderClauseActions(c.id, context(c), lang(), {
        cite: (e) => void copyCitation(e.currentTarget as HTMLElement, doc.meta, { ...c, focus }),
        related: () => toRelated(c.id),
      });
    },
  });
  const outline = outlineOf(doc, english);
  const aid = readingAid();
  const article = h(
    'article',
    { class: 'document', 'aria-labelledby': 'doc-title' },
    element(renderDocHeader(doc.meta, metas, lang())),
    // Stays at the top while reading: the way back and the reading aid, wherever one is.
    h('div', { class: 'doc-tools' }, backLink(), aid.button),
    ...body.map(element),
  );
  root.replaceChildren(h('div', { class: 'reader' }, outline.nav, article));
  const clauses = [...article.querySelectorAll<HTMLElement>('.clause[data-id]')];
  followScroll(clauses, doc, outline.follow, ctx.signal);
  aid.attach(clauses, ctx.signal);
  showTarget(ctx.signal);
}

// Where the clause being read starts, from the top of the view.
const readingLine = () => Math.min(READING_LINE_PX, window.innerHeight * 0.25);

// The clause the hash names: marked, focused, and in view at the reading line (so that the outline,
// which follows the clause at that line, marks the clause's own item); again on each change of the hash.
function showTarget(signal: AbortSignal): void {
  const mark = (scroll: boolean) => {
    document.querySelectorAll('.clause.target').forEach((n) => n.classList.remove('target'));
    const id = decodeURIComponent(location.hash.slice(1));
    const el = id ? document.getElementById(`c-${id}`) : null;
    if (!el) return;
    el.classList.add('target');
    if (scroll) window.scrollTo(0, window.scrollY + el.getBoundingClientRect().top - readingLine() + 4);
    el.focus({ preventScroll: true });
  };
  mark(true);
  window.addEventListener('hashchange', () => mark(true), { signal });
  // Back to the reader from a page opened at its top (the site's menu is there): the clause of the
  // address comes back into view rather than the top it was left at.
  window.addEventListener(
    RESTORED,
    () => {
      const el = document.querySelector<HTMLElement>('.clause.target');
      const top = el?.getBoundingClientRect().top;
      if (el && top !== undefined && (top < 0 || top > window.innerHeight - 40)) mark(true);
    },
    { signal },
  );
}

// Which clause is being read (the last one starting above a line near the top of the view): the
// outline follows it, and it is marked current.
function followScroll(
  els: readonly HTMLElement[],
  doc: DocumentResponse,
  follow: (index: number) => void,
  signal: AbortSignal,
): void {
  const index = new Map(doc.clauses.map((c, k) => [c.id, k]));
  let current: HTMLElement | undefined;
  let pending = false;
  const update = () => {
    pending = false;
    const line = readingLine();
    // Clauses are in document order: the last whose top is above the line (binary search).
    let lo = 0;
    let hi = els.length - 1;
    let at = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((els[mid] as HTMLElement).getBoundingClientRect().top <= line) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const el = els[at];
    if (!el || el === current) return;
    current?.classList.remove('current');
    current = el;
    el.classList.add('current');
    follow(index.get(el.dataset.id as string) ?? 0);
  };
  const onScroll = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(update);
  };
  window.addEventListener('scroll', onScroll, { passive: true, signal });
  window.addEventListener('resize', onScroll, { passive: true, signal });
  onScroll();
}
