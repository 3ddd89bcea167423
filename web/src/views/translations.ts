// How English words were understood, and the user's say: drop one, pick another, or type one's own Chinese term.
import type { Translation } from '../../../server/contract/index.ts';
import { h, ZH } from '../dom.ts';
import { t } from '../i18n.ts';
import { replaceInQuery } from './search-state.ts';

/** What the translations panel needs: the query as typed, and a way to search another. */
export interface TranslationContext {
  readonly q: string;
  readonly search: (q: string) => void;
}

// A small form to put one's own Chinese term in place of `from`.
function ownTerm(tr: Translation, ctx: TranslationContext): HTMLElement {
  const input = h('input', {
    type: 'text',
    class: 'own-term',
    value: tr.to[0] ?? '',
    'aria-label': `${t('ownTerm')} “${tr.from}”`,
    ...ZH,
  });
  const form = h(
    'form',
    { class: 'own-term-form', hidden: true },
    input,
    h('button', { type: 'submit' }, t('useTerm')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const term = input.value.trim();
    if (term) ctx.search(replaceInQuery(ctx.q, tr.from, term));
  });
  const open = h(
    'button',
    { type: 'button', class: 'link edit-term', 'aria-expanded': 'false' },
    t('editTerm'),
    h('span', { class: 'sr-only' }, ` “${tr.from}”`),
  );
  open.addEventListener('click', () => {
    form.hidden = !form.hidden;
    open.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) input.focus();
  });
  return h('span', { class: 'own' }, open, form);
}

function translationItem(tr: Translation, ctx: TranslationContext): HTMLElement {
  const rest = replaceInQuery(ctx.q, tr.from, '');
  const parts: Node[] = [];
  if (tr.to.length === 0) {
    parts.push(h('span', { class: 'untranslated' }, `${t('noTranslation')} “${tr.from}”`));
  } else if (rest) {
    const drop = h(
      'button',
      { type: 'button', class: 'chip', 'aria-label': `${t('dropTranslation')} ${tr.to[0]} (${tr.from})` },
      h('span', ZH, tr.to[0] as string),
      ` (${tr.from})`,
      h('span', { 'aria-hidden': 'true' }, ' ×'),
    );
    drop.addEventListener('click', () => ctx.search(rest));
    parts.push(drop);
  } else {
    // The only words of the query: dropping them would leave nothing to search.
    parts.push(h('span', { class: 'chip static' }, h('span', ZH, tr.to[0] as string), ` (${tr.from})`));
  }
  for (const alt of tr.to.slice(1)) {
    const b = h('button', { type: 'button', class: 'link alt', ...ZH, 'aria-label': `${t('useInstead')} ${alt}` }, alt);
    b.addEventListener('click', () => ctx.search(replaceInQuery(ctx.q, tr.from, alt)));
    parts.push(b);
  }
  parts.push(ownTerm(tr, ctx));
  return h('span', { class: 'translation' }, ...parts);
}

/** The translations of an English query, each with its choices; null for a query that needed none. */
export function translationsPanel(translations: readonly Translation[], ctx: TranslationContext): HTMLElement | null {
  const shown = translations.filter((tr) => tr.source !== 'region');
  if (shown.length === 0) return null;
  return h(
    'div',
    { class: 'translations' },
    h('span', { class: 'label' }, `${t('searchingFor')} `),
    ...shown.map((tr) => translationItem(tr, ctx)),
  );
}
