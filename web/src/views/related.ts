// The related view (/related/<clause id>)'s controller: one session (choices, how many shown, the request), events
// that change it; the parts are drawn by related-render.ts and related-column.ts.
import type { DocumentMeta, PhraseEnglish, RelatedResponse } from '../../../server/contract/index.ts';
import { api, isFailure, type ApiFailure, type ClauseEnglish } from '../api.ts';
import { h } from '../dom.ts';
import { clausesInEnglish, phrasesInEnglish } from '../english.ts';
import { lang, t } from '../i18n.ts';
import { readerHref, docIdOf } from '../links.ts';
import { element, mount } from '../mount.ts';
import { regionLabel } from '../regions.ts';
import { problemText } from '../problems.ts';
import { backLink as backTo, pageState, rememberState, updateUrl, type ViewContext } from '../router.ts';
import { renderRetry } from './problem-notice.ts';
import { problemView } from './problem.ts';
import { clauseName, columnBody, type ColumnContext } from './related-column.ts';
import {
  relatedCount,
  renderComparedOn,
  renderNoRelated,
  renderRelatedControls,
  renderRelatedMore,
} from './related-render.ts';
import {
  FIRST,
  MOST,
  regionChoices,
  relatedParams,
  relatedStateOf,
  relatedUrl,
  STEP,
  type RelatedState,
} from './related-state.ts';

/** An answer with the English aids of its clauses and words (English interface). */
interface Got {
  readonly r: RelatedResponse | ApiFailure;
  readonly english?: ReadonlyMap<string, PhraseEnglish>;
  readonly clauses?: ReadonlyMap<string, ClauseEnglish>;
}

/** The view's state, all in one place. */
interface Session {
  state: RelatedState;
  /** How many related clauses are asked for ("more" raises it). */
  limit: number;
  /** The request in flight: a newer choice aborts it. */
  controller?: AbortController;
}

/** The parts the answers are drawn into. */
interface Parts {
  readonly status: HTMLElement;
  readonly list: HTMLElement;
  readonly more: HTMLElement;
  readonly terms: HTMLElement;
  readonly sourceCol: HTMLElement;
  readonly controls: HTMLElement;
}

interface Page {
  readonly clauseId: string;
  readonly session: Session;
  readonly parts: Parts;
  readonly metas: ReadonlyMap<string, DocumentMeta>;
}

// The way back: to the reader this view was opened from, else to the reader at the source clause.
function backLink(clauseId: string): HTMLElement {
  const from = pageState().from;
  const href = from?.startsWith('/doc/') ? from : readerHref(clauseId);
  return backTo(href, t('backDocument'));
}

// English aids for every clause and word shown: cached, so a "more" or a new filter asks only for the new.
async function fetchAll(clauseId: string, s: Session, signal: AbortSignal): Promise<Got> {
  const r = await api.related(clauseId, relatedParams(s.state, s.limit), signal);
  if (isFailure(r) || lang() !== 'en') return { r };
  const words = [...new Set([...r.terms.map((x) => x.term), ...r.related.flatMap((x) => x.shared)])];
  const [english, clauses] = await Promise.all([
    phrasesInEnglish(words),
    clausesInEnglish([r.source.id, ...r.related.map((x) => x.id)]),
  ]);
  return { r, english, clauses };
}

/** Renders `/related/<clause id>`: the source clause first, then its related clauses, each a column. */
export async function relatedView(
  root: HTMLElement,
  clauseId: string,
  metas: ReadonlyMap<string, DocumentMeta>,
  ctx: ViewContext,
): Promise<void> {
  const state = relatedStateOf(location.search);
  const session: Session = { state, limit: Math.min(MOST, Math.max(FIRST, pageState().shown ?? FIRST)) };
  root.replaceChildren(
    h('h1', { class: 'view-title' }, t('relatedHeading')),
    h('p', { class: 'status' }, t('loading')),
  );
  const first = await fetchAll(clauseId, session, ctx.signal);
  if (ctx.signal.aborted) return;
  if (isFailure(first.r)) {
    const title = first.r.code === 'NOT_FOUND' ? t('clauseNotFound') : t('relatedHeading');
    return problemView(root, title, first.r, metas);
  }
  const source = first.r.source;
  document.title = `${t('relatedShort')}${lang() === 'en' ? ': ' : '：'}${clauseName(source, metas.get(source.doc.id))} — ${t('title')}`;
  const regions = regionChoices(metas, docIdOf(clauseId), state.province).map(
    (k) => [k, regionLabel(k, metas, lang())] as const,
  );
  const parts: Parts = {
    status: h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }),
    list: h('ol', { class: 'rel-list' }),
    more: h('div', { class: 'more' }),
    terms: h('div', { class: 'terms-slot' }),
    sourceCol: h('section', { class: 'rel-col rel-source', 'aria-labelledby': 'rel-source-heading' }),
    controls: element(
      renderRelatedControls(state, regions, lang(), {
        change: (e) => {
          const data = new FormData(e.currentTarget as HTMLFormElement);
          change(page, { perDoc: Number(data.get('perDoc')), province: String(data.get('province') ?? '') });
        },
      }),
    ),
  };
  const page: Page = { clauseId, session, parts, metas };
  root.replaceChildren(
    h('h1', { class: 'view-title' }, t('relatedHeading')),
    h('div', { class: 'doc-tools related-tools' }, backLink(source.id), parts.controls),
    parts.terms,
    parts.status,
    h(
      'div',
      { class: 'related-layout' },
      parts.sourceCol,
      h(
        'section',
        { class: 'rel-others', 'aria-labelledby': 'rel-others-heading' },
        h('h2', { id: 'rel-others-heading' }, t('relatedShort')),
        parts.list,
        parts.more,
      ),
    ),
  );
  ctx.signal.addEventListener('abort', () => session.controller?.abort());
  render(page, first);
}

function render(page: Page, got: Got): void {
  const { parts, metas, session } = page;
  const r = got.r as RelatedResponse;
  const column = (id: string, docId: string): ColumnContext => ({
    meta: metas.get(docId),
    english: got.english,
    clauseEnglish: got.clauses?.get(id),
  });
  parts.status.classList.remove('error');
  parts.status.textContent = relatedCount(r.related.length, Math.round(r.tookMs), lang());
  mount(parts.terms, renderComparedOn(r, got.english, lang()));
  parts.sourceCol.replaceChildren(...columnBody(r.source, column(r.source.id, r.source.doc.id), 'h2'));
  parts.sourceCol.querySelector('h2')?.setAttribute('id', 'rel-source-heading');
  parts.list.replaceChildren(
    ...r.related.map((x, k) =>
      h(
        'li',
        { class: 'rel-col', 'data-id': x.id, 'data-index': String(k) },
        ...columnBody(x, column(x.id, x.doc.id), 'h3'),
      ),
    ),
  );
  parts.more.replaceChildren();
  if (r.related.length === 0)
    mount(
      parts.list,
      renderNoRelated(session.state, lang(), () => change(page, { ...session.state, province: '' })),
    );
  else if (r.more && session.limit < MOST) {
    const shown = r.related.length;
    const next = Math.min(MOST, session.limit + STEP);
    mount(
      parts.more,
      renderRelatedMore(shown, next, lang(), async (e) => {
        (e.currentTarget as HTMLButtonElement).disabled = true;
        session.limit = next;
        rememberState({ shown: session.limit });
        if (await run(page)) parts.list.querySelector<HTMLElement>(`li[data-index="${shown}"] a.open`)?.focus();
      }),
    );
  }
}

// Asks again with the state and limit in force; false when it failed or was overtaken.
async function run(page: Page): Promise<boolean> {
  const { parts, session } = page;
  session.controller?.abort();
  session.controller = new AbortController();
  const signal = session.controller.signal;
  parts.status.textContent = t('loading');
  parts.list.setAttribute('aria-busy', 'true');
  try {
    const got = await fetchAll(page.clauseId, session, signal);
    if (signal.aborted) return false;
    if (isFailure(got.r)) {
      failed(page, got.r);
      return false;
    }
    render(page, got);
    return true;
  } catch {
    return false; /* aborted: a newer choice, or the view was left */
  } finally {
    parts.list.removeAttribute('aria-busy');
  }
}

// A failed request: said in the status line, with a retry where waiting may help.
function failed(page: Page, f: ApiFailure): void {
  page.parts.status.textContent = problemText(f);
  page.parts.status.classList.add('error');
  const retry = renderRetry(f, lang(), () => void run(page));
  page.parts.more.replaceChildren(...(retry ? [element(retry)] : []));
}

// A new choice is a new history entry: back returns to the previous one.
function change(page: Page, next: RelatedState): void {
  const { session, parts } = page;
  session.state = next;
  const form = parts.controls as HTMLFormElement;
  for (const [name, value] of Object.entries({ perDoc: String(next.perDoc), province: next.province }))
    (form.elements.namedItem(name) as HTMLSelectElement).value = value;
  updateUrl(relatedUrl(location.pathname, next), true);
  rememberState({ shown: session.limit });
  void run(page);
}
