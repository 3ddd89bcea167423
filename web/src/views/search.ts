// The search and ask page's controller: one session (its state in one place), events that change it, regions redrawn.
import type { DocumentMeta, SearchResponse } from '../../../server/contract/index.ts';
import { api, isFailure, type ApiFailure } from '../api.ts';
import { h } from '../dom.ts';
import { lang, t } from '../i18n.ts';
import { element, mount } from '../mount.ts';
import { pageState, rememberState, updateUrl, type ViewContext } from '../router.ts';
import type { VNode } from '../vnode.ts';
import { askAside, metricName, renderAnswer } from './answer.ts';
import { renderCorpusSummary, type CorpusFacts } from './corpus-summary.ts';
import { expansionsPanel } from './expansions.ts';
import { facetGroups, filterChips, filtersInForce } from './filters.ts';
import { fillHitsEnglish } from './hit-english.ts';
import { hitList, type HitList } from './hit-list.ts';
import { hitView } from './hit.ts';
import { problemText } from '../problems.ts';
import { renderRetry } from './problem-notice.ts';
import { asideLabel, headingOf, renderSearchFrame, titleOf } from './search-frame.ts';
import { askHint, didYouMean, noneInFilters, noResults } from './search-hints.ts';
import { cutNoteText, cutQuery, searchParams, statusLine } from './search-model.ts';
import {
  FIRST_PAGE,
  looksLikeQuestion,
  MORE_PAGE,
  queryOf,
  stateFromUrl,
  urlOf,
  type SearchedAlone,
  type SearchState,
} from './search-state.ts';
import { translationsPanel } from './translations.ts';

// Short enough that results show within 100 ms of the last keystroke (the search itself takes ~30 ms).
const DEBOUNCE_MS = 50;

/** The search page's state, all in one place: what is searched, and how the user got there. */
interface Session {
  state: SearchState;
  /**
   * Typing makes one history entry (the first keystroke pushes it, the next ones update it), so that
   * back returns to the search before; a submit, a filter or a link ends the typing.
   */
  typing: boolean;
  /** The words whose synonyms were turned off, carried from entry to entry. */
  alone: readonly SearchedAlone[];
  /** A control to focus once the results are drawn (the synonym toggle just used). */
  focusAfter?: string;
  timer?: number;
  /** The request in flight: a newer one aborts it. */
  controller?: AbortController;
}

/** The regions of the frame a search or an answer is drawn into. */
interface Parts {
  readonly input: HTMLInputElement;
  readonly heading: HTMLElement;
  readonly cutNote: HTMLElement;
  readonly help: HTMLElement;
  readonly status: HTMLElement;
  readonly understood: HTMLElement;
  readonly chips: HTMLElement;
  readonly facets: HTMLElement;
  readonly facetBox: HTMLDetailsElement;
  readonly results: HTMLElement;
}

/** Everything the controller's functions share: the session, the parts, and the corpus. */
interface Page {
  readonly session: Session;
  readonly parts: Parts;
  readonly root: HTMLElement;
  readonly metas: ReadonlyMap<string, DocumentMeta>;
  readonly corpus: CorpusFacts | undefined;
}

function partsOf(root: HTMLElement): Parts {
  const q = <T extends HTMLElement>(sel: string) => root.querySelector(sel) as T;
  return {
    input: q('#q'),
    heading: q('h1.sr-only'),
    cutNote: q('.cut-note'),
    help: q('#help'),
    status: q('p.status'),
    understood: q('.understood'),
    chips: q('.chips'),
    facets: q('.facet-body'),
    facetBox: q('details.facet-box'),
    results: q('section.results'),
  };
}

/**
 * Renders the search page into `root`: the box, the filters and the results of the URL's state;
 * with an empty box, what the corpus holds. Resolves once the first results are on screen (so that
 * a way back can restore the scroll position).
 */
export function searchView(
  root: HTMLElement,
  metas: ReadonlyMap<string, DocumentMeta>,
  ctx: ViewContext,
  corpus?: CorpusFacts,
): Promise<void> {
  const session: Session = { state: stateFromUrl(), typing: false, alone: pageState().alone ?? [] };
  // The handlers are made before the parts they use exist (the frame is rendered first).
  const made: { page?: Page } = {};
  const pg = () => made.page as Page;
  const frame = renderSearchFrame(
    { lang: lang(), state: session.state, narrow: window.matchMedia('(max-width: 800px)').matches },
    {
      input: () => typed(pg()),
      blur: () => {
        session.typing = false;
      },
      submit: (e) => {
        e.preventDefault();
        window.clearTimeout(session.timer);
        go(pg(), { q: pg().parts.input.value }, !session.typing);
      },
      mode: (mode) => go(pg(), { mode }),
      help: (e) => {
        const parts = pg().parts;
        parts.help.hidden = !parts.help.hidden;
        (e.currentTarget as HTMLElement).setAttribute('aria-expanded', String(!parts.help.hidden));
      },
      keydown: (e) => moveThroughHits(e as KeyboardEvent, pg().parts.results),
    },
  );
  mount(root, frame);
  const page: Page = { session, parts: partsOf(root), root, metas, corpus };
  made.page = page;
  ctx.signal.addEventListener('abort', () => session.controller?.abort());
  return run(page);
}

// A keystroke: a paste too long is cut (and said so); the search runs once typing pauses.
function typed(page: Page): void {
  const { session, parts } = page;
  const cut = cutQuery(parts.input.value);
  parts.cutNote.hidden = cut === undefined;
  if (cut) {
    parts.input.value = cut.q;
    parts.cutNote.textContent = cutNoteText(cut.length, lang());
  }
  window.clearTimeout(session.timer);
  session.timer = window.setTimeout(() => {
    const first = !session.typing;
    go(page, { q: parts.input.value }, first);
    session.typing = true;
  }, DEBOUNCE_MS);
}

// A change of state: the address follows (a new entry when `push`), then the results.
function go(page: Page, next: Partial<SearchState>, push = true): void {
  const { session, parts } = page;
  session.typing = false;
  session.state = { ...session.state, ...next };
  if (next.q !== undefined) parts.input.value = session.state.q;
  updateUrl(urlOf(session.state), push);
  rememberState({ shown: FIRST_PAGE, alone: session.alone });
  void run(page);
}

// The synonyms of a word turned off or on: searched again, the toggle focused once drawn.
function synonyms(page: Page, q: string, next: readonly SearchedAlone[], word: string): void {
  page.session.alone = next;
  page.session.focusAfter = `button.synonym-toggle[data-synonym="${CSS.escape(word)}"]`;
  go(page, { q });
}

async function run(page: Page): Promise<void> {
  const { session, parts } = page;
  session.controller?.abort();
  session.controller = new AbortController();
  const signal = session.controller.signal;
  const { state } = session;
  document.title = titleOf(state, lang());
  parts.heading.textContent = headingOf(state.mode, lang());
  const summary = parts.facetBox.querySelector('summary');
  if (summary) summary.textContent = asideLabel(state.mode, lang());
  parts.facetBox.parentElement?.setAttribute('aria-label', asideLabel(state.mode, lang()));
  parts.facetBox.hidden = false;
  for (const mode of ['search', 'ask'] as const)
    page.root.querySelector(`#mode-${mode}`)?.setAttribute('aria-selected', String(state.mode === mode));
  if (!state.q.trim()) return clear(page);
  parts.status.textContent = t('loading');
  parts.status.classList.remove('error');
  parts.results.setAttribute('aria-busy', 'true');
  const started = performance.now();
  try {
    if (state.mode === 'ask') await showAnswer(page, signal);
    else await showSearch(page, signal);
    document.body.dataset.lastRenderMs = String(Math.round(performance.now() - started));
  } catch {
    /* aborted by a newer keystroke, or the page was left */
  }
  parts.results.removeAttribute('aria-busy');
}

// An empty box: what the corpus holds (search), the examples (ask).
function clear(page: Page): void {
  const { parts, session } = page;
  for (const p of [parts.results, parts.understood, parts.chips]) p.replaceChildren();
  parts.status.textContent = '';
  parts.status.classList.remove('error');
  const ask = session.state.mode === 'ask';
  parts.facets.replaceChildren(...(ask ? askAside(undefined, page.metas, (q) => go(page, { q, mode: 'ask' })) : []));
  parts.facetBox.hidden = !ask;
  const holds = !ask && page.corpus ? renderCorpusSummary(page.corpus, lang()) : null;
  if (holds) mount(parts.results, holds);
}

// A failed request: the problem in words, and a retry when waiting may help (busy, rate-limited).
function failed(page: Page, r: ApiFailure): void {
  const { parts } = page;
  parts.status.textContent = problemText(r);
  parts.status.classList.add('error');
  for (const p of [parts.understood, parts.chips, parts.facets, parts.results]) p.replaceChildren();
  const retry = renderRetry(r, lang(), () => void run(page));
  if (retry) mount(parts.results, retry);
}

async function showAnswer(page: Page, signal: AbortSignal): Promise<void> {
  const { session, parts, metas } = page;
  const p = new URLSearchParams({ q: session.state.q });
  if (session.state.province.length) p.set('province', session.state.province.join(','));
  const r = await api.ask(p, signal);
  if (isFailure(r)) return failed(page, r);
  parts.status.textContent = '';
  parts.chips.replaceChildren();
  parts.understood.replaceChildren();
  const metricEn = lang() === 'en' && r.understood.metric ? await metricName(r) : undefined;
  parts.facets.replaceChildren(...askAside(r, metas, (q) => go(page, { q, mode: 'ask' }), metricEn));
  await renderAnswer(parts.results, r, metas, queryOf(session.state), (province) => go(page, { province: [province] }));
}

async function showSearch(page: Page, signal: AbortSignal): Promise<void> {
  const { session, parts } = page;
  const wanted = Math.max(FIRST_PAGE, pageState().shown ?? FIRST_PAGE);
  const r = await api.search(searchParams(session.state, Math.min(wanted, MORE_PAGE), 0), signal);
  if (isFailure(r)) return failed(page, r);
  const list = renderSearch(page, r);
  if (session.focusAfter) parts.understood.querySelector<HTMLElement>(session.focusAfter)?.focus();
  session.focusAfter = undefined;
  // Back to a list that had shown more: fetch the rest of what it showed.
  while (list && list.count() < Math.min(wanted, r.total) && !signal.aborted)
    if (!(await more(page, list, r, signal, wanted - list.count()))) break;
}

function renderSearch(page: Page, r: SearchResponse): HitList | undefined {
  const { session, parts, metas } = page;
  const { state, alone } = session;
  const actions = { go: (next: Partial<SearchState>) => go(page, next) };
  const filters = filtersInForce(r, state, metas, lang());
  const hints = [
    noneInFilters(r, state, filters, metas, lang(), actions),
    didYouMean(r.suggestions, lang(), actions),
  ].filter((n): n is VNode => n !== null);
  parts.understood.replaceChildren(
    ...[
      translationsPanel(r.query.translations, { q: state.q, search: (q) => go(page, { q }) }),
      expansionsPanel(r.query.expansions, {
        q: state.q,
        translations: r.query.translations,
        alone,
        turnOff: (q, x) => synonyms(page, q, [...alone.filter((a) => a.quoted !== x.quoted), x], x.from),
        turnOn: (q, x) =>
          synonyms(
            page,
            q,
            alone.filter((a) => a.quoted !== x.quoted),
            x.from,
          ),
      }),
      ...hints.map(element),
      r.query.mode === 'partial' || r.query.mode === 'any-terms'
        ? h('p', { class: 'note' }, r.query.mode === 'partial' ? t('partial') : t('anyTerms'))
        : null,
      looksLikeQuestion(state.q) ? element(askHint(lang(), actions)) : null,
    ].filter((n): n is HTMLElement => n !== null),
  );
  mount(parts.chips, ...filterChips(filters, lang(), actions.go));
  mount(parts.facets, ...facetGroups(r, filters, metas, state, lang(), actions.go));
  parts.facetBox.hidden = parts.facets.childElementCount === 0;
  if (r.total === 0) {
    parts.status.textContent = `0 ${t('results')}`;
    mount(parts.results, noResults(r, state, filters, metas, lang(), actions));
    return undefined;
  }
  const list = hitList((hit, k) => hitView(hit, metas.get(hit.doc.id), k, queryOf(state)));
  list.append(r.hits);
  parts.results.replaceChildren(list.root);
  updateCount(page, list, r);
  if (lang() === 'en') void fillHitsEnglish(list.root);
  return list;
}

// The count, and the "more" control while hits remain.
function updateCount(page: Page, list: HitList, r: SearchResponse): void {
  const { parts, session } = page;
  const shown = list.count();
  parts.status.textContent = statusLine(r, shown, lang());
  parts.results.querySelector('.more')?.remove();
  if (shown >= r.total) return;
  const next = Math.min(MORE_PAGE, r.total - shown);
  const button = h(
    'button',
    { type: 'button', class: 'more' },
    `${t('more')} (${shown + 1}–${shown + next} / ${r.total})`,
  );
  button.addEventListener('click', async () => {
    button.disabled = true;
    const first = shown;
    if (await more(page, list, r, session.controller?.signal))
      list.item(first)?.querySelector<HTMLElement>('a.open')?.focus();
  });
  parts.results.append(h('div', { class: 'more' }, button));
}

// Appends the next page of hits (at most `limit`: back to a list of 60 shows 60); false when nothing more came.
async function more(
  page: Page,
  list: HitList,
  r: SearchResponse,
  signal?: AbortSignal,
  limit = MORE_PAGE,
): Promise<boolean> {
  const { parts, session } = page;
  const next = await api.search(searchParams(session.state, Math.min(limit, MORE_PAGE), list.count()), signal);
  if (isFailure(next)) {
    parts.status.textContent = problemText(next);
    parts.results.querySelector('div.more')?.remove();
    const retry = renderRetry(next, lang(), () => void more(page, list, r, signal, limit));
    if (retry) parts.results.append(element(retry));
    return false;
  }
  parts.results.querySelector('button.retry')?.remove();
  list.append(next.hits);
  rememberState({ shown: list.count() });
  updateCount(page, list, r);
  if (lang() === 'en') void fillHitsEnglish(list.root);
  return next.hits.length > 0;
}

// Arrow keys move through the hits; Enter opens the one in focus.
function moveThroughHits(e: KeyboardEvent, results: HTMLElement): void {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Enter') return;
  const items = [...results.querySelectorAll<HTMLElement>('li.hit')];
  if (items.length === 0) return;
  const at = items.indexOf(document.activeElement as HTMLElement);
  if (e.key === 'Enter') {
    if (at < 0) return;
    e.preventDefault();
    items[at]?.querySelector<HTMLAnchorElement>('a.open')?.click();
    return;
  }
  e.preventDefault();
  const next = e.key === 'ArrowDown' ? Math.min(items.length - 1, at + 1) : Math.max(0, at - 1);
  items[next]?.focus();
}
