// Navigation in the page: one history, one popstate handler, a view dropped when left, scroll restored on back.
import { h } from './dom.ts';
import type { SearchedAlone } from './views/search-state.ts';

/** What a history entry of the page remembers besides its URL. */
export interface PageState {
  /** Where the page was scrolled when it was left. */
  readonly scrollY?: number;
  /** The in-page URL this entry was opened from (the reader's way back). */
  readonly from?: string;
  /** How many hits the search (or related clauses the related view) had shown ("more"). */
  readonly shown?: number;
  /** The words whose synonyms the user turned off in the search (to offer turning them on). */
  readonly alone?: readonly SearchedAlone[];
}

/** What a view is given: a signal aborted when it is left, and whether it came back through history. */
export interface ViewContext {
  readonly signal: AbortSignal;
  /** True on back/forward: the view should restore what the entry remembers. */
  readonly restored: boolean;
}

let renderRoute: (ctx: ViewContext) => Promise<void> = async () => {};
let controller: AbortController | undefined;
// The path and query rendered: a change of the hash alone is the reader's, not a new page.
let rendered = '';

const here = () => location.pathname + location.search;

/** The entry's remembered state. */
export function pageState(): PageState {
  return (history.state as PageState | null) ?? {};
}

/** Adds to the current entry's remembered state. */
export function rememberState(patch: PageState): void {
  history.replaceState({ ...pageState(), ...patch }, '');
}

async function show(restored: boolean): Promise<void> {
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  rendered = here();
  await renderRoute({ signal, restored });
  if (signal.aborted) return;
  const y = pageState().scrollY;
  if (restored && y !== undefined) window.scrollTo(0, y);
  else if (!location.hash) window.scrollTo(0, 0);
  if (restored) window.dispatchEvent(new Event(RESTORED));
}

/** The event sent once an entry's scroll position is restored (back, forward, a change of language). */
export const RESTORED = 'zhengce:scroll-restored';

/** Opens `url` (in the page) as a new history entry, the current one remembering its scroll position. */
export function navigate(url: string): void {
  const from = here() + location.hash;
  rememberState({ scrollY: window.scrollY });
  history.pushState({ from } satisfies PageState, '', url);
  void show(false);
}

/**
 * A link back to `href`, "← label": straight back in the history when `href` is the entry this page
 * was opened from (its scroll position and "more" come back too), else opened as a new entry.
 */
export function backLink(href: string, label: string): HTMLElement {
  const from = pageState().from;
  const a = h('a', { href, class: 'back' }, `← ${label}`);
  a.addEventListener('click', (e) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    if (from === href) history.back();
    else navigate(href);
  });
  return a;
}

/** Renders the current URL again (after a change of language). */
export function refresh(): Promise<void> {
  return show(true);
}

/**
 * Changes the address for a view's own state (a search typed, a filter chosen) without rendering
 * the page again; `push` makes it a history entry (back returns to the previous state).
 */
export function updateUrl(url: string, push: boolean): void {
  if (url === here() + location.hash) return;
  if (push) {
    rememberState({ scrollY: window.scrollY });
    history.pushState({ from: here() } satisfies PageState, '', url);
  } else history.replaceState(pageState(), '', url);
  rendered = here();
}

/** Starts routing: `render` draws the view of the current URL; links marked `data-nav` stay in the page. */
export function startRouter(render: (ctx: ViewContext) => Promise<void>): Promise<void> {
  history.scrollRestoration = 'manual';
  renderRoute = render;
  window.addEventListener('popstate', () => {
    if (here() !== rendered) void show(true);
  });
  document.addEventListener('click', (e) => {
    const a = (e.target as Element).closest?.('a[data-nav]') as HTMLAnchorElement | null;
    if (!a || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    if (a.origin !== location.origin) return;
    e.preventDefault();
    navigate(a.pathname + a.search + a.hash);
  });
  return show(false);
}
