// The search and ask page: one box, results as you type, every hit reachable ("more"), filters, hints, answers.
import type { DocumentMeta, SearchResponse } from '../../../server/contract/index.ts';
import { api, isFailure, type ApiFailure } from '../api.ts';
import { h } from '../dom.ts';
import { lang, t } from '../i18n.ts';
import { problemText } from '../problems.ts';
import { pageState, rememberState, updateUrl, type ViewContext } from '../router.ts';
import { askAside, metricName, renderAnswer } from './answer.ts';
import { expansionsPanel } from './expansions.ts';
import { facetGroups, filterChips, filtersInForce } from './filters.ts';
import { fillHitsEnglish } from './hit-english.ts';
import { hitList, type HitList } from './hit-list.ts';
import { cutNoteText, cutQuery, searchParams, statusLine } from './search-model.ts';
import { hitView } from './hit.ts';
import { askHint, didYouMean, noneInFilters, noResults } from './search-hints.ts';
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

/** The parts of the page a search or an answer is drawn into. */
interface Parts {
  readonly heading: HTMLElement;
  readonly status: HTMLElement;
  readonly understood: HTMLElement;
  readonly chips: HTMLElement;
  readonly facets: HTMLElement;
  readonly facetBox: HTMLDetailsElement;
  readonly results: HTMLElement;
}

function titleOf(state: SearchState): string {
  const page = state.mode === 'ask' ? t('ask') : t('search');
  return state.q ? `${state.q} — ${page} — ${t('title')}` : `${t('title')} — 政策 zhengce`;
}

/**
 * Renders the search page into `root`: the box, the filters and the results of the URL's state.
 * Resolves once the first results are on screen (so that a way back can restore the scroll position).
 */
export function searchView(
  root: HTMLElement,
  metas: ReadonlyMap<string, DocumentMeta>,
  ctx: ViewContext,
): Promise<void> {
  let state = stateFromUrl();
  const input = h('input', {
    type: 'search',
    id: 'q',
    name: 'q',
    value: state.q,
    placeholder: t('placeholder'),
    'aria-label': t('queryLabel'),
    autocomplete: 'off',
  });
  // A paste longer than the API takes is cut here, and said so (maxlength would cut it silently).
  const cutNote = h('p', { class: 'cut-note note', role: 'status', hidden: true });
  const tab = (mode: SearchState['mode'], label: string) =>
    h(
      'button',
      { type: 'button', role: 'tab', 'aria-selected': String(state.mode === mode), id: `mode-${mode}` },
      label,
    );
  const modeSearch = tab('search', t('search'));
  const modeAsk = tab('ask', t('ask'));
  const helpButton = h(
    'button',
    { type: 'button', class: 'link', 'aria-expanded': 'false', 'aria-controls': 'help' },
    t('help'),
  );
  const help = h('p', { id: 'help', class: 'help', hidden: true }, t('helpText'));
  const facets = h('div', { class: 'facet-body' });
  const facetBox = h(
    'details',
    { class: 'facet-box', open: !window.matchMedia('(max-width: 800px)').matches },
    h('summary', {}, state.mode === 'ask' ? t('aboutQuestion') : t('filters')),
    facets,
  );
  const parts: Parts = {
    heading: h('h1', { class: 'sr-only' }),
    status: h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }),
    understood: h('div', { class: 'understood' }),
    chips: h('div', { class: 'chips' }),
    facets,
    facetBox,
    results: h('section', { class: 'results', 'aria-label': t('resultsLabel') }),
  };
  const form = h(
    'form',
    { role: 'search', class: 'searchbar', 'aria-label': t('queryLabel') },
    input,
    h('div', { class: 'modes', role: 'tablist', 'aria-label': t('modeLabel') }, modeSearch, modeAsk),
    helpButton,
  );
  root.replaceChildren(
    parts.heading,
    form,
    cutNote,
    help,
    h(
      'div',
      { class: 'layout' },
      h('aside', { class: 'facets', 'aria-label': t('filters') }, facetBox),
      h('div', { class: 'main-col' }, parts.status, parts.understood, parts.chips, parts.results),
    ),
  );

  helpButton.addEventListener('click', () => {
    help.hidden = !help.hidden;
    helpButton.setAttribute('aria-expanded', String(!help.hidden));
  });
  // Typing makes one history entry (the first keystroke pushes it, the next ones update it), so that
  // back returns to the search before; a submit, a filter or a link ends the typing.
  let typing = false;
  // The words whose synonyms were turned off, carried from entry to entry; a control to focus once drawn.
  let alone: readonly SearchedAlone[] = pageState().alone ?? [];
  let focusAfter: string | undefined;
  const go = (next: Partial<SearchState>, push = true) => {
    typing = false;
    state = { ...state, ...next };
    if (next.q !== undefined) input.value = state.q;
    updateUrl(urlOf(state), push);
    rememberState({ shown: FIRST_PAGE, alone });
    void run();
  };
  const synonyms = (q: string, next: readonly SearchedAlone[], word: string) => {
    alone = next;
    focusAfter = `button.synonym-toggle[data-synonym="${CSS.escape(word)}"]`;
    go({ q });
  };
  let timer: number | undefined;
  input.addEventListener('input', () => {
    const cut = cutQuery(input.value);
    cutNote.hidden = cut === undefined;
    if (cut) {
      input.value = cut.q;
      cutNote.textContent = cutNoteText(cut.length, lang());
    }
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const first = !typing;
      go({ q: input.value }, first);
      typing = true;
    }, DEBOUNCE_MS);
  });
  input.addEventListener('blur', () => {
    typing = false;
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    window.clearTimeout(timer);
    go({ q: input.value }, !typing);
  });
  modeSearch.addEventListener('click', () => go({ mode: 'search' }));
  modeAsk.addEventListener('click', () => go({ mode: 'ask' }));
  root.addEventListener('keydown', (e) => moveThroughHits(e, parts.results));

  let controller: AbortController | undefined;
  ctx.signal.addEventListener('abort', () => controller?.abort());

  async function run(): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    const signal = controller.signal;
    document.title = titleOf(state);
    parts.heading.textContent = state.mode === 'ask' ? t('askHeading') : t('searchHeading');
    const summary = parts.facetBox.querySelector('summary');
    const asideLabel = state.mode === 'ask' ? t('aboutQuestion') : t('filters');
    if (summary) summary.textContent = asideLabel;
    parts.facetBox.parentElement?.setAttribute('aria-label', asideLabel);
    parts.facetBox.hidden = false;
    modeSearch.setAttribute('aria-selected', String(state.mode === 'search'));
    modeAsk.setAttribute('aria-selected', String(state.mode === 'ask'));
    if (!state.q.trim()) return clear();
    parts.status.textContent = t('loading');
    parts.results.setAttribute('aria-busy', 'true');
    const started = performance.now();
    try {
      if (state.mode === 'ask') await showAnswer(signal);
      else await showSearch(signal);
      document.body.dataset.lastRenderMs = String(Math.round(performance.now() - started));
    } catch {
      /* aborted by a newer keystroke, or the page was left */
    }
    parts.results.removeAttribute('aria-busy');
  }

  function clear(): void {
    for (const p of [parts.results, parts.understood, parts.chips]) p.replaceChildren();
    parts.status.textContent = '';
    parts.facets.replaceChildren(...(state.mode === 'ask' ? askAside(undefined, metas, ask) : []));
  }

  function ask(q: string): void {
    go({ q, mode: 'ask' });
  }

  function failed(r: ApiFailure): void {
    parts.status.textContent = problemText(r);
    parts.status.classList.add('error');
    for (const p of [parts.results, parts.understood, parts.chips, parts.facets]) p.replaceChildren();
  }

  async function showAnswer(signal: AbortSignal): Promise<void> {
    const p = new URLSearchParams({ q: state.q });
    if (state.province.length) p.set('province', state.province.join(','));
    const r = await api.ask(p, signal);
    if (isFailure(r)) return failed(r);
    parts.status.classList.remove('error');
    parts.status.textContent = '';
    parts.chips.replaceChildren();
    parts.understood.replaceChildren();
    const metricEn = lang() === 'en' && r.understood.metric ? await metricName(r) : undefined;
    parts.facets.replaceChildren(...askAside(r, metas, ask, metricEn));
    await renderAnswer(parts.results, r, metas, queryOf(state), (province) => go({ province: [province] }));
  }

  async function showSearch(signal: AbortSignal): Promise<void> {
    const wanted = Math.max(FIRST_PAGE, pageState().shown ?? FIRST_PAGE);
    const r = await api.search(searchParams(state, Math.min(wanted, MORE_PAGE), 0), signal);
    if (isFailure(r)) return failed(r);
    parts.status.classList.remove('error');
    const list = renderSearch(r);
    if (focusAfter) parts.understood.querySelector<HTMLElement>(focusAfter)?.focus();
    focusAfter = undefined;
    // Back to a list that had shown more: fetch the rest of what it showed.
    while (list && list.count() < Math.min(wanted, r.total) && !signal.aborted)
      if (!(await more(list, r, signal, wanted - list.count()))) break;
  }

  function renderSearch(r: SearchResponse): HitList | undefined {
    const filters = filtersInForce(r, state, metas);
    parts.understood.replaceChildren(
      ...[
        translationsPanel(r.query.translations, { q: state.q, search: (q) => go({ q }) }),
        expansionsPanel(r.query.expansions, {
          q: state.q,
          translations: r.query.translations,
          alone,
          turnOff: (q, x) => synonyms(q, [...alone.filter((a) => a.quoted !== x.quoted), x], x.from),
          turnOn: (q, x) =>
            synonyms(
              q,
              alone.filter((a) => a.quoted !== x.quoted),
              x.from,
            ),
        }),
        noneInFilters(r, state, filters, metas, { go }),
        didYouMean(r.suggestions, { go }),
        r.query.mode === 'partial' || r.query.mode === 'any-terms'
          ? h('p', { class: 'note' }, r.query.mode === 'partial' ? t('partial') : t('anyTerms'))
          : null,
        looksLikeQuestion(state.q) ? askHint({ go }) : null,
      ].filter((n): n is HTMLElement => n !== null),
    );
    parts.chips.replaceChildren(...filterChips(filters, go));
    parts.facets.replaceChildren(...facetGroups(r, filters, metas, state, go));
    parts.facetBox.hidden = parts.facets.childElementCount === 0;
    if (r.total === 0) {
      parts.status.textContent = `0 ${t('results')}`;
      parts.results.replaceChildren(noResults(r, state, filters, metas, { go }));
      return undefined;
    }
    const list = hitList((hit, k) => hitView(hit, metas.get(hit.doc.id), k, queryOf(state)));
    list.append(r.hits);
    parts.results.replaceChildren(list.root);
    updateCount(list, r);
    if (lang() === 'en') void fillHitsEnglish(list.root);
    return list;
  }

  // The count, and the "more" control while hits remain.
  function updateCount(list: HitList, r: SearchResponse): void {
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
      if (await more(list, r, controller?.signal)) list.item(first)?.querySelector<HTMLElement>('a.open')?.focus();
    });
    parts.results.append(h('div', { class: 'more' }, button));
  }

  // Appends the next page of hits (at most `limit`: back to a list of 60 shows 60); false when nothing more came.
  async function more(list: HitList, r: SearchResponse, signal?: AbortSignal, limit = MORE_PAGE): Promise<boolean> {
    const page = await api.search(searchParams(state, Math.min(limit, MORE_PAGE), list.count()), signal);
    if (isFailure(page)) {
      parts.status.textContent = problemText(page);
      return false;
    }
    list.append(page.hits);
    rememberState({ shown: list.count() });
    updateCount(list, r);
    if (lang() === 'en') void fillHitsEnglish(list.root);
    return page.hits.length > 0;
  }

  return run();
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
