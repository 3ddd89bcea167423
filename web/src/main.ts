// The page's entry: the header, the language toggle, and the route (search, document, related, targets, not found).
import type { DocumentMeta } from '../../server/contract/index.ts';
import { api, isFailure } from './api.ts';
import { h } from './dom.ts';
import { lang, setLang, t } from './i18n.ts';
import { refresh, startRouter, type ViewContext } from './router.ts';
import { corpusFacts, type CorpusFacts } from './views/corpus-summary.ts';
import { notFoundView } from './views/problem.ts';
import { readerView } from './views/reader.ts';
import { relatedView } from './views/related.ts';
import { searchView } from './views/search.ts';
import { targetsView } from './views/targets.ts';

const app = document.getElementById('app') as HTMLElement;
let metas = new Map<string, DocumentMeta>();
let corpus: CorpusFacts | undefined;

function header(path: string): HTMLElement {
  const toggle = h(
    'button',
    { type: 'button', id: 'lang', class: 'link', lang: lang() === 'zh' ? 'en' : 'zh-CN' },
    t('language'),
  );
  toggle.addEventListener('click', () => {
    setLang(lang() === 'zh' ? 'en' : 'zh');
    void refresh();
  });
  const current = (href: string) => (href === path ? 'page' : undefined);
  return h(
    'header',
    { class: 'top' },
    h(
      'a',
      { href: '/', 'data-nav': '', class: 'brand', lang: 'zh-CN' },
      '政策 ',
      h('span', { class: 'en' }, 'zhengce'),
    ),
    h('span', { class: 'tagline' }, t('title')),
    h(
      'nav',
      { class: 'top-nav', 'aria-label': t('siteNav') },
      h('a', { href: '/', 'data-nav': '', 'aria-current': current('/') }, t('search')),
      h('a', { href: '/targets', 'data-nav': '', 'aria-current': current('/targets') }, t('targets')),
      toggle,
    ),
  );
}

async function render(ctx: ViewContext): Promise<void> {
  setLang(lang());
  const path = location.pathname;
  const main = h('main', { id: 'main', tabindex: '-1' });
  app.replaceChildren(header(path), main);
  if (path.startsWith('/doc/')) await readerView(main, decodeURIComponent(path.slice(5)), metas, ctx);
  else if (path.startsWith('/related/')) await relatedView(main, decodeURIComponent(path.slice(9)), metas, ctx);
  else if (path === '/targets') await targetsView(main, metas, ctx);
  else if (path === '/') await searchView(main, metas, ctx, corpus);
  else notFoundView(main, metas);
}

// `/` focuses the search box from anywhere but a text field.
document.addEventListener('keydown', (e) => {
  const input = document.getElementById('q');
  const active = document.activeElement;
  if (e.key !== '/' || !input || active === input) return;
  if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) return;
  e.preventDefault();
  input.focus();
});

const docs = await api.documents();
if (!isFailure(docs)) {
  metas = new Map(docs.documents.map((d) => [d.meta.id, d.meta]));
  corpus = corpusFacts(docs.documents);
}
await startRouter(render);
