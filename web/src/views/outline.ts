// The reader's outline: the document's headings as links, following the scroll and marking where the reader is.
import type { DocumentResponse, PhraseEnglish } from '../../../server/contract/index.ts';
import { lang } from '../i18n.ts';
import { element } from '../mount.ts';
import { entriesOf, renderOutline } from './outline-render.ts';

export { outlineKey } from './outline-render.ts';

/** The outline and a way to tell it which clause is current. */
export interface Outline {
  readonly nav: HTMLElement;
  /** Marks the entry of the heading the clause at `index` (in the document's clauses) falls under. */
  readonly follow: (index: number) => void;
}

/**
 * The outline of `doc` in the page, and a way to mark the entry of the clause being read.
 */
export function outlineOf(doc: DocumentResponse, english: ReadonlyMap<string, PhraseEnglish> | undefined): Outline {
  const position = new Map(doc.clauses.map((c, k) => [c.id, k]));
  const starts = entriesOf(doc).map((o) => position.get(o.firstClause) ?? 0);
  const nav = element(renderOutline(doc, english, lang(), window.matchMedia('(max-width: 800px)').matches));
  const links = [...nav.querySelectorAll<HTMLElement>('a[data-clause]')];
  let current: HTMLElement | undefined;
  const follow = (index: number) => {
    // The last heading starting at or before the clause: the deepest one it is under.
    let at = -1;
    for (let k = 0; k < starts.length && (starts[k] as number) <= index; k++) at = k;
    const link = links[at];
    if (link === current) return;
    current?.removeAttribute('aria-current');
    current = link;
    if (!link) return;
    link.setAttribute('aria-current', 'location');
    // Keep it in the outline's own view, without scrolling the page.
    const top = link.offsetTop - nav.offsetTop;
    if (top < nav.scrollTop || top > nav.scrollTop + nav.clientHeight - link.offsetHeight)
      nav.scrollTop = Math.max(0, top - nav.clientHeight / 3);
  };
  return { nav, follow };
}
