// The page's entry: the header, the language toggle, and the route (search, document, targets).
import type { DocumentMeta } from '../../server/contract/index.ts';
import { api, isFailure } from './api.ts';
import { h } from './dom.ts';
import { lang, setLang, t } from './i18n.ts';
import { readerView } from './views/reader.ts';
import { searchView } from './views/search.ts';
import { targetsView } from './views/targets.ts';

const app = document.getElementById('app') as HTMLElement;
let metas = new Map<string, DocumentMeta>();

async function route(): Promise<void> {
  setLang(lang());
  const toggle = h(
    'button',
    { type: 'button', id: 'lang', class: 'link', lang: lang() === 'zh' ? 'en' : 'zh' },
    t('language'),
  );
  toggle.addEventListener('click', () => {
    setLang(lang() === 'zh' ? 'en' : 'zh');
    void route();
  });
  const main = h('main', { id: 'main' });
  app.replaceChildren(
    h(
      'header',
      { class: 'top' },
      h('a', { href: '/', 'data-nav': '', class: 'brand' }, '政策 ', h('span', { class: 'en' }, 'zhengce')),
      h('span', { class: 'tagline' }, t('title')),
      h(
        'nav',
        { class: 'top-nav' },
        h('a', { href: '/', 'data-nav': '' }, t('search')),
        h('a', { href: '/targets', 'data-nav': '' }, t('targets')),
        toggle,
      ),
    ),
    main,
  );
  const path = location.pathname;
  if (path.startsWith('/doc/')) await readerView(main, decodeURIComponent(path.slice(5)));
  else if (path === '/targets') await targetsView(main);
  else searchView(main, metas);
}

// Links inside the page change the route without a reload.
document.addEventListener('click', (e) => {
  const a = (e.target as Element).closest?.('a[data-nav]') as HTMLAnchorElement | null;
  if (!a || e.ctrlKey || e.metaKey || e.shiftKey || a.origin !== location.origin) return;
  e.preventDefault();
  history.pushState(null, '', a.pathname + a.search + a.hash);
  void route();
});
document.addEventListener('keydown', (e) => {
  const input = document.getElementById('q');
  if (
    e.key === '/' &&
    input &&
    document.activeElement !== input &&
    !(document.activeElement instanceof HTMLInputElement)
  ) {
    e.preventDefault();
    input.focus();
  }
});
let lastPath = location.pathname;
window.addEventListener('popstate', () => {
  // The search view follows its own query changes; a change of page re-routes.
  if (location.pathname !== lastPath || location.pathname !== '/') void route();
  lastPath = location.pathname;
});

const docs = await api.documents();
if (!isFailure(docs)) metas = new Map(docs.documents.map((d) => [d.meta.id, d.meta]));
await route();
