// The related view's own parts as pure renders: the words compared on, the choices, the count, the empty list, "more".
import type { PhraseEnglish, RelatedResponse } from '../../../server/contract/index.ts';
import { v, type VNode } from '../vnode.ts';
import { wordsOf, type Lang } from '../words.ts';
import { PER_DOC, type RelatedState } from './related-state.ts';

const ZH = { lang: 'zh-CN' } as const;
const EN = { lang: 'en' } as const;

/**
 * The words the clause was compared on, heaviest first; those another clause shares are marked, by
 * more than their colour: in bold, and in words for screen readers.
 */
export function renderComparedOn(
  r: Pick<RelatedResponse, 'terms' | 'related'>,
  english: ReadonlyMap<string, PhraseEnglish> | undefined,
  lang: Lang,
): VNode {
  const t = wordsOf(lang);
  const shared = new Set(r.related.flatMap((x) => x.shared));
  return v(
    'section',
    { class: 'compared-on', 'aria-labelledby': 'compared-on-heading' },
    v('h2', { id: 'compared-on-heading' }, t('comparedOn')),
    shared.size > 0
      ? v('p', { class: 'legend' }, v('span', { class: 'swatch', 'aria-hidden': 'true' }), t('inCommonLegend'))
      : null,
    v(
      'ul',
      { class: 'term-chips' },
      r.terms.map(({ term }) => {
        const en = english?.get(term)?.en;
        return v(
          'li',
          { class: shared.has(term) ? 'term in-common' : 'term', 'data-term': term },
          v('span', ZH, term),
          en ? v('span', { class: 'term-en', ...EN }, en) : null,
          shared.has(term) ? v('span', { class: 'sr-only' }, t('inCommon')) : null,
        );
      }),
    ),
  );
}

function select(name: string, label: string, options: ReadonlyArray<readonly [string, string]>, value: string): VNode {
  return v(
    'label',
    {},
    `${label} `,
    v(
      'select',
      { name },
      options.map(([key, text]) => v('option', { value: key, selected: key === value }, text)),
    ),
  );
}

/** The choices: how many clauses per document, and which region (`regions`: key and name). */
export function renderRelatedControls(
  state: RelatedState,
  regions: ReadonlyArray<readonly [string, string]>,
  lang: Lang,
  on: { readonly change: (e: Event) => void },
): VNode {
  const t = wordsOf(lang);
  const perDoc = [...new Set([...PER_DOC, state.perDoc])].map((n) => [String(n), String(n)] as const);
  return v(
    'form',
    { class: 'related-controls', on: { change: on.change, submit: (e: Event) => e.preventDefault() } },
    select('perDoc', t('perDoc'), perDoc, String(state.perDoc)),
    select('province', t('region'), [['', t('allRegions')], ...regions], state.province),
  );
}

/** The count line: how many related clauses, and the time taken. */
export function relatedCount(n: number, ms: number, lang: Lang): string {
  return lang === 'en' ? `${n} related clause${n === 1 ? '' : 's'} · ${ms} ms` : `${n} 条相近条款 · ${ms} ms`;
}

/** The list's one item when nothing is like the clause: in the region chosen (with a way to all), or at all. */
export function renderNoRelated(state: RelatedState, lang: Lang, everywhere: () => void): VNode {
  const t = wordsOf(lang);
  if (!state.province) return v('li', { class: 'empty' }, t('noRelated'));
  return v(
    'li',
    { class: 'empty' },
    `${t('noRelatedInRegion')} `,
    v('button', { type: 'button', class: 'link hint-action', on: { click: () => everywhere() } }, t('everyRegion')),
  );
}

/** "More": the next related clauses, from `shown + 1` to `next`. */
export function renderRelatedMore(shown: number, next: number, lang: Lang, onClick: (e: Event) => void): VNode {
  return v(
    'button',
    { type: 'button', class: 'more', on: { click: onClick } },
    `${wordsOf(lang)('more')} (${shown + 1}–${next})`,
  );
}
