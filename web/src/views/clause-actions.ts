// A clause's actions in the reader, as a pure render: copy its citation, see it in other documents.
import { relatedHref } from '../links.ts';
import { v, type VNode } from '../vnode.ts';
import { wordsOf, type Lang } from '../words.ts';

/** What the actions do: copy the citation (the button is the event's target), leave for the related view. */
export interface ClauseActionHandlers {
  readonly cite: (e: Event) => void;
  readonly related: (e: Event) => void;
}

/** The citation button and the "in other documents" link of a clause; `context` tells screen readers which. */
export function renderClauseActions(clauseId: string, context: string, lang: Lang, on: ClauseActionHandlers): VNode[] {
  const t = wordsOf(lang);
  const sr = v('span', { class: 'sr-only' }, `：${context}`);
  return [
    v(
      'button',
      { type: 'button', class: 'link cite', on: { click: on.cite } },
      v('span', { class: 'label' }, lang === 'en' ? t('copyEnglish') : t('copyCitation')),
      sr,
    ),
    v(
      'a',
      { href: relatedHref(clauseId), class: 'related-link', 'data-nav': true, on: { click: on.related } },
      t('relatedAction'),
      sr,
    ),
  ];
}
