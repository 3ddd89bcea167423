// The search page's frame as a pure render: the box, the tabs, the help, and the regions results go in.
import { v, type VNode } from '../vnode.ts';
import { wordsOf, type Lang } from '../words.ts';
import type { SearchState } from './search-state.ts';

/** What the frame shows: the page's language, the state it opens on, and whether the screen is narrow. */
export interface FrameModel {
  readonly lang: Lang;
  readonly state: SearchState;
  /** A narrow screen starts with the filters folded. */
  readonly narrow: boolean;
}

/** What the frame's controls do. */
export interface FrameHandlers {
  readonly input: (e: Event) => void;
  readonly blur: (e: Event) => void;
  readonly submit: (e: Event) => void;
  readonly mode: (mode: SearchState['mode']) => void;
  readonly help: (e: Event) => void;
  readonly keydown: (e: Event) => void;
}

/** The heading (for screen readers) of a mode. */
export function headingOf(mode: SearchState['mode'], lang: Lang): string {
  return wordsOf(lang)(mode === 'ask' ? 'askHeading' : 'searchHeading');
}

/** The label of the side column: filters for a search, the question understood for Ask. */
export function asideLabel(mode: SearchState['mode'], lang: Lang): string {
  return wordsOf(lang)(mode === 'ask' ? 'aboutQuestion' : 'filters');
}

/** The page's title for a state. */
export function titleOf(state: SearchState, lang: Lang): string {
  const t = wordsOf(lang);
  const page = state.mode === 'ask' ? t('ask') : t('search');
  return state.q ? `${state.q} — ${page} — ${t('title')}` : `${t('title')} — 政策 zhengce`;
}

/**
 * The frame: heading, search form with its tabs, the note of a cut paste, the help, and the empty
 * regions (status, understood, chips, results, facets) the results are drawn into.
 */
export function renderSearchFrame(m: FrameModel, on: FrameHandlers): VNode {
  const t = wordsOf(m.lang);
  const tab = (mode: SearchState['mode'], label: string) =>
    v(
      'button',
      {
        type: 'button',
        role: 'tab',
        'aria-selected': String(m.state.mode === mode),
        id: `mode-${mode}`,
        on: { click: () => on.mode(mode) },
      },
      label,
    );
  return v(
    'div',
    { class: 'search-page', on: { keydown: on.keydown } },
    v('h1', { class: 'sr-only' }, headingOf(m.state.mode, m.lang)),
    v(
      'form',
      { role: 'search', class: 'searchbar', 'aria-label': t('queryLabel'), on: { submit: on.submit } },
      v('input', {
        type: 'search',
        id: 'q',
        name: 'q',
        value: m.state.q,
        placeholder: t('placeholder'),
        'aria-label': t('queryLabel'),
        autocomplete: 'off',
        on: { input: on.input, blur: on.blur },
      }),
      v(
        'div',
        { class: 'modes', role: 'tablist', 'aria-label': t('modeLabel') },
        tab('search', t('search')),
        tab('ask', t('ask')),
      ),
      v(
        'button',
        {
          type: 'button',
          class: 'link help-toggle',
          'aria-expanded': 'false',
          'aria-controls': 'help',
          on: { click: on.help },
        },
        t('help'),
      ),
    ),
    // A paste longer than the API takes is cut, and said so (maxlength would cut it silently).
    v('p', { class: 'cut-note note', role: 'status', hidden: true }),
    v('p', { id: 'help', class: 'help', hidden: true }, t('helpText')),
    v(
      'div',
      { class: 'layout' },
      v(
        'aside',
        { class: 'facets', 'aria-label': asideLabel(m.state.mode, m.lang) },
        v(
          'details',
          { class: 'facet-box', open: !m.narrow },
          v('summary', {}, asideLabel(m.state.mode, m.lang)),
          v('div', { class: 'facet-body' }),
        ),
      ),
      v(
        'div',
        { class: 'main-col' },
        v('p', { class: 'status', role: 'status', 'aria-live': 'polite' }),
        v('div', { class: 'understood' }),
        v('div', { class: 'chips' }),
        v('section', { class: 'results', 'aria-label': t('resultsLabel') }),
      ),
    ),
  );
}
