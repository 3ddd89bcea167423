// A page that cannot be shown: a heading that says why, and where to go instead (search, the documents).
import type { DocumentMeta } from '../../../server/contract/index.ts';
import type { ApiFailure } from '../api.ts';
import { h, ZH } from '../dom.ts';
import { lang, t } from '../i18n.ts';
import { element } from '../mount.ts';
import { refresh } from '../router.ts';
import { renderProblemNotice } from './problem-notice.ts';

function documentLinks(metas: ReadonlyMap<string, DocumentMeta>): HTMLElement | null {
  if (metas.size === 0) return null;
  const en = lang() === 'en';
  return h(
    'section',
    { class: 'doc-list', 'aria-labelledby': 'doc-list-title' },
    h('h2', { id: 'doc-list-title' }, t('allDocuments')),
    h(
      'ul',
      {},
      ...[...metas.values()].map((m) =>
        h(
          'li',
          {},
          h('a', { href: `/doc/${encodeURIComponent(m.id)}`, 'data-nav': '', ...ZH }, m.title),
          en && m.titleEn ? h('span', { class: 'doc-title-en' }, ` ${m.titleEn}`) : null,
        ),
      ),
    ),
  );
}

/** Renders a problem page: `title` as the heading, the failure (if any) in words, and ways on. */
export function problemView(
  root: HTMLElement,
  title: string,
  failure: ApiFailure | undefined,
  metas: ReadonlyMap<string, DocumentMeta>,
): void {
  document.title = `${title} — ${t('title')}`;
  root.replaceChildren(
    h(
      'div',
      { class: 'problem' },
      h('h1', {}, title),
      failure ? element(renderProblemNotice(failure, lang(), () => void refresh())) : null,
      h('p', {}, h('a', { href: '/', 'data-nav': '' }, t('goSearch'))),
      documentLinks(metas),
    ),
  );
}

/** The page for a path the page does not have. */
export function notFoundView(root: HTMLElement, metas: ReadonlyMap<string, DocumentMeta> = new Map()): void {
  problemView(root, t('pageNotFound'), undefined, metas);
}
