// The search and ask page: one box, results as you type, facets, chips, translations, answers.
import type { AskResponse, DocumentMeta, SearchResponse } from '../../../server/contract/index.ts';
import { api, isFailure, type ApiFailure } from '../api.ts';
import { h, markedText } from '../dom.ts';
import { lang, t } from '../i18n.ts';
import { hitView } from './hit.ts';

/** The state a search page shows: all of it lives in the URL. */
export interface SearchState {
  q: string;
  mode: 'search' | 'ask';
  province: string[];
  doc: string[];
  lang: 'auto' | 'zh';
}

/** Reads the state from the address bar. */
export function stateFromUrl(): SearchState {
  const p = new URLSearchParams(location.search);
  const split = (k: string) => (p.get(k) ?? '').split(',').filter(Boolean);
  return {
    q: p.get('q') ?? '',
    mode: p.get('mode') === 'ask' ? 'ask' : 'search',
    province: split('province'),
    doc: split('doc'),
    lang: p.get('lang') === 'zh' ? 'zh' : 'auto',
  };
}

function urlOf(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.mode === 'ask') p.set('mode', 'ask');
  if (s.province.length) p.set('province', s.province.join(','));
  if (s.doc.length) p.set('doc', s.doc.join(','));
  if (s.lang === 'zh') p.set('lang', 'zh');
  const qs = p.toString();
  return qs ? `/?${qs}` : '/';
}

// Short enough that results show within 100 ms of the last keystroke (the search itself takes ~30 ms).
const DEBOUNCE_MS = 50;

/** Renders the search page into `root`: the box, the facets and the results of the URL's state. */
export function searchView(root: HTMLElement, metas: ReadonlyMap<string, DocumentMeta>): void {
  let state = stateFromUrl();
  const input = h('input', {
    type: 'search',
    id: 'q',
    name: 'q',
    value: state.q,
    placeholder: t('placeholder'),
    'aria-label': t('placeholder'),
    autocomplete: 'off',
    maxlength: '200',
  });
  const modeSearch = h(
    'button',
    { type: 'button', role: 'tab', 'aria-selected': String(state.mode === 'search'), id: 'mode-search' },
    t('search'),
  );
  const modeAsk = h(
    'button',
    { type: 'button', role: 'tab', 'aria-selected': String(state.mode === 'ask'), id: 'mode-ask' },
    t('ask'),
  );
  const helpButton = h(
    'button',
    { type: 'button', class: 'link', 'aria-expanded': 'false', 'aria-controls': 'help' },
    t('help'),
  );
  const help = h('p', { id: 'help', class: 'help', hidden: true }, t('helpText'));
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const understood = h('div', { class: 'understood' });
  const chips = h('div', { class: 'chips' });
  const facets = h('aside', { class: 'facets', 'aria-label': `${t('province')} / ${t('document')}` });
  const results = h('section', { class: 'results', 'aria-label': 'results' });
  const form = h(
    'form',
    { role: 'search', class: 'searchbar' },
    input,
    h('div', { class: 'modes', role: 'tablist' }, modeSearch, modeAsk),
    helpButton,
  );
  root.replaceChildren(
    form,
    help,
    h('div', { class: 'layout' }, facets, h('div', { class: 'main' }, status, understood, chips, results)),
  );

  helpButton.addEventListener('click', () => {
    help.hidden = !help.hidden;
    helpButton.setAttribute('aria-expanded', String(!help.hidden));
  });
  const go = (next: Partial<SearchState>, push: boolean) => {
    state = { ...state, ...next };
    const url = urlOf(state);
    if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
    void run();
  };
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => go({ q: input.value }, false), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    window.clearTimeout(timer);
    go({ q: input.value }, true);
  });
  modeSearch.addEventListener('click', () => go({ mode: 'search' }, true));
  modeAsk.addEventListener('click', () => go({ mode: 'ask' }, true));
  // Arrow keys move through the hits; Enter opens one.
  root.addEventListener('keydown', (e) => {
    const items = [...results.querySelectorAll<HTMLElement>('li.hit')];
    if (items.length === 0 || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Enter')) return;
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Enter') {
      if (at >= 0) {
        e.preventDefault();
        items[at]?.querySelector<HTMLAnchorElement>('a.open')?.click();
      }
      return;
    }
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? Math.min(items.length - 1, at + 1) : Math.max(0, at - 1);
    items[next]?.focus();
  });

  let controller: AbortController | undefined;
  async function run(): Promise<void> {
    controller?.abort();
    modeSearch.setAttribute('aria-selected', String(state.mode === 'search'));
    modeAsk.setAttribute('aria-selected', String(state.mode === 'ask'));
    renderChips();
    if (!state.q.trim()) {
      results.replaceChildren();
      facets.replaceChildren();
      understood.replaceChildren();
      status.textContent = '';
      return;
    }
    controller = new AbortController();
    status.textContent = t('loading');
    results.setAttribute('aria-busy', 'true');
    const p = new URLSearchParams({ q: state.q });
    if (state.province.length) p.set('province', state.province.join(','));
    const started = performance.now();
    try {
      if (state.mode === 'ask') {
        const r = await api.ask(p, controller.signal);
        show(r, renderAnswer);
      } else {
        if (state.doc.length) p.set('doc', state.doc.join(','));
        if (state.lang === 'zh') p.set('lang', 'zh');
        const r = await api.search(p, controller.signal);
        show(r, renderSearch);
      }
      document.body.dataset.lastRenderMs = String(Math.round(performance.now() - started));
    } catch {
      /* aborted by a newer keystroke */
    }
    results.removeAttribute('aria-busy');
  }

  function show<T>(r: T | ApiFailure, render: (r: T) => void): void {
    if (isFailure(r)) {
      status.textContent = `${r.code === 'QUERY_TOO_LONG' ? t('tooLong') : t('error')}${r.message}`;
      status.classList.add('error');
      results.replaceChildren();
      return;
    }
    status.classList.remove('error');
    render(r);
  }

  function renderChips(): void {
    const chip = (label: string, remove: () => void) => {
      const b = h(
        'button',
        { type: 'button', class: 'chip', 'aria-label': `${t('removeFilter')} ${label}` },
        label,
        h('span', { 'aria-hidden': 'true' }, ' ×'),
      );
      b.addEventListener('click', remove);
      return b;
    };
    chips.replaceChildren(
      ...state.province.map((p) =>
        chip(`${t('province')}: ${p}`, () => go({ province: state.province.filter((x) => x !== p) }, true)),
      ),
      ...state.doc.map((d) =>
        chip(`${t('document')}: ${metas.get(d)?.title ?? d}`, () =>
          go({ doc: state.doc.filter((x) => x !== d) }, true),
        ),
      ),
    );
  }

  function facetList(
    title: string,
    counts: Record<string, number>,
    label: (k: string) => string,
    selected: string[],
    key: 'province' | 'doc',
  ): HTMLElement {
    const items = Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => {
        const b = h(
          'button',
          {
            type: 'button',
            class: 'facet',
            'aria-pressed': String(selected.includes(k)),
            'data-facet': key,
            'data-value': k,
          },
          h('span', {}, label(k)),
          h('span', { class: 'count' }, String(n)),
        );
        b.addEventListener('click', () =>
          go(
            {
              [key]: selected.includes(k) ? selected.filter((x) => x !== k) : [...selected, k],
            } as Partial<SearchState>,
            true,
          ),
        );
        return h('li', {}, b);
      });
    return h('div', { class: 'facet-group' }, h('h2', {}, title), h('ul', {}, ...items));
  }

  function renderSearch(r: SearchResponse): void {
    const en = lang() === 'en';
    status.textContent = `${r.total} ${t('results')} · ${r.tookMs} ms`;
    understood.replaceChildren();
    if (r.query.translations.length > 0) {
      const parts = r.query.translations.map((tr) => {
        const drop = h(
          'button',
          { type: 'button', class: 'chip', 'aria-label': `${t('dropTranslation')} ${tr.from}` },
          `${tr.to[0] ?? '?'} (${tr.from})`,
          h('span', { 'aria-hidden': 'true' }, ' ×'),
        );
        // Dropping a translation searches the others, in Chinese, as the user can then edit.
        drop.addEventListener('click', () => {
          const rest = r.query.translations
            .filter((x) => x !== tr && x.to.length > 0)
            .map((x) => x.to[0])
            .join(' ');
          input.value = rest;
          go({ q: rest, lang: 'zh' }, true);
        });
        const alternatives = tr.to.slice(1).map((alt) => {
          const b = h('button', { type: 'button', class: 'link alt' }, alt);
          b.addEventListener('click', () => {
            const q = r.query.translations
              .map((x) => (x === tr ? alt : (x.to[0] ?? '')))
              .filter(Boolean)
              .join(' ');
            input.value = q;
            go({ q, lang: 'zh' }, true);
          });
          return b;
        });
        return h('span', { class: 'translation' }, drop, ...alternatives);
      });
      understood.append(h('p', {}, `${t('searchingFor')} `, ...parts));
    }
    if (r.query.mode === 'partial' || r.query.mode === 'any-terms')
      understood.append(h('p', { class: 'note' }, r.query.mode === 'partial' ? t('partial') : t('anyTerms')));
    facets.replaceChildren(
      facetList(
        t('province'),
        r.facets.province,
        (k) => (en ? `${[...metas.values()].find((m) => m.province === k)?.provinceEn ?? k} ${k}` : k),
        state.province,
        'province',
      ),
      facetList(
        t('document'),
        r.facets.doc,
        (k) => (en ? (metas.get(k)?.titleEn ?? k) : (metas.get(k)?.title ?? k)),
        state.doc,
        'doc',
      ),
    );
    if (r.total === 0) {
      results.replaceChildren(h('p', { class: 'empty' }, t('noResults')), h('p', { class: 'empty' }, t('suggestions')));
      return;
    }
    results.replaceChildren(
      h('ol', { class: 'hits' }, ...r.hits.map((hit, k) => hitView(hit, metas.get(hit.doc.id), k))),
    );
  }

  function renderAnswer(r: AskResponse): void {
    status.textContent = '';
    understood.replaceChildren();
    facets.replaceChildren();
    const card = h('article', { class: 'answer-card', 'aria-label': t('answer') });
    if (r.answer) {
      card.append(h('p', { class: 'answer-label' }, t('answer')), h('p', { class: 'answer-text' }, r.answer.text));
      if (r.answer.english) card.append(h('p', { class: 'answer-en' }, r.answer.english));
    } else {
      card.append(h('p', { class: 'note' }, t('declined')));
    }
    card.append(h('p', { class: 'confidence' }, `${t('confidence')}: ${Math.round(r.confidence * 100)}%`));
    const nodes: Node[] = [card];
    if (r.rows && r.rows.length > 0) {
      nodes.push(
        h(
          'table',
          { class: 'rows' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, t('region')),
              h('th', { scope: 'col' }, t('value')),
              h('th', { scope: 'col' }, t('year')),
              h('th', { scope: 'col' }, t('clause')),
            ),
          ),
          h(
            'tbody',
            {},
            ...r.rows.map((row) =>
              h(
                'tr',
                {},
                h('td', {}, row.region),
                h('td', {}, row.text.length > 60 ? `${row.text.slice(0, 60)}…` : row.text),
                h('td', {}, row.year ? String(row.year) : ''),
                h(
                  'td',
                  {},
                  h(
                    'a',
                    {
                      href: `/doc/${encodeURIComponent(row.clauseId.split('/')[0] ?? '')}#${encodeURIComponent(row.clauseId)}`,
                      'data-nav': '',
                    },
                    row.clauseId,
                  ),
                ),
              ),
            ),
          ),
        ),
      );
    }
    nodes.push(h('h2', { class: 'sources' }, t('sources')));
    nodes.push(
      h(
        'ol',
        { class: 'hits' },
        ...r.citations.map((hit, k) => {
          const item = hitView(hit, metas.get(hit.doc.id), k);
          // In a citation, the marked span is the answer: show the whole clause with it.
          item.querySelector('.snippet')?.replaceChildren(markedText(hit.highlight));
          return item;
        }),
      ),
    );
    results.replaceChildren(...nodes);
  }

  window.addEventListener('popstate', function onPop() {
    if (location.pathname !== '/') {
      window.removeEventListener('popstate', onPop);
      return;
    }
    state = stateFromUrl();
    input.value = state.q;
    void run();
  });
  void run();
}
