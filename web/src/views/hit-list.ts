// A search's hits as lists: the clauses with every word of the query, then, under a heading that
// divides them, the partial matches (the hits the API marks with the words they lack).
import type { Hit } from '../../../server/contract/index.ts';
import { h } from '../dom.ts';
import { t } from '../i18n.ts';

/** The hits shown, page after page. */
export interface HitList {
  /** What goes into the page: the list, and the partial matches' heading and list once there are some. */
  readonly root: HTMLElement;
  /** How many hits are shown. */
  readonly count: () => number;
  /** Adds the next page of hits, each drawn by `render` with its place in the whole list. */
  readonly append: (hits: readonly Hit[]) => void;
  /** The hit shown at `index` (from 0, over both lists). */
  readonly item: (index: number) => HTMLElement | null;
}

/** An empty list of hits; `render` draws one hit. */
export function hitList(render: (hit: Hit, index: number) => HTMLLIElement): HitList {
  const complete = h('ol', { class: 'hits' });
  const root = h('div', { class: 'hit-list' }, complete);
  let partial: HTMLOListElement | undefined;
  const count = () => root.querySelectorAll('li.hit').length;
  const startPartial = (index: number): HTMLOListElement => {
    const list = h('ol', { class: 'hits partial', start: String(index + 1), 'aria-labelledby': 'partial-heading' });
    // A list of partial matches only has nothing above its heading.
    if (index === 0) complete.remove();
    root.append(
      h(
        'div',
        { class: 'partial-divider' },
        h('h2', { id: 'partial-heading' }, t('partialHeading')),
        h('p', {}, t('partialExplain')),
      ),
      list,
    );
    return list;
  };
  return {
    root,
    count,
    append: (hits) => {
      for (const hit of hits) {
        const index = count();
        // The API lists the partial matches after the others: from the first on, they are all partial.
        if (!partial && hit.missing && hit.missing.length > 0) partial = startPartial(index);
        (partial ?? complete).append(render(hit, index));
      }
    },
    item: (index) => root.querySelector<HTMLElement>(`li.hit[data-index="${index}"]`),
  };
}
