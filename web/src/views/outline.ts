// The reader's outline: the document's headings as links, following the scroll and marking where the reader is.
import type { DocumentResponse, PhraseEnglish } from '../../../server/contract/index.ts';
import { h, ZH } from '../dom.ts';
import { lang, t } from '../i18n.ts';
import { headingEn } from './hit-english.ts';

type Entry = DocumentResponse['outline'][number];

/** The outline and a way to tell it which clause is current. */
export interface Outline {
  readonly nav: HTMLElement;
  /** Marks the entry of the heading the clause at `index` (in the document's clauses) falls under. */
  readonly follow: (index: number) => void;
}

/**
 * Builds the outline of `doc`: an entry per heading that has a first clause, in English too where
 * `english` has it.
 */
export function outlineOf(doc: DocumentResponse, english: ReadonlyMap<string, PhraseEnglish> | undefined): Outline {
  const position = new Map(doc.clauses.map((c, k) => [c.id, k]));
  const entries = doc.outline.filter((o): o is Entry & { firstClause: string } => !!o.firstClause);
  const starts = entries.map((o) => position.get(o.firstClause) ?? 0);
  const links = entries.map((o) => {
    const zh = `${o.label} ${o.title}`.trim();
    const en = lang() === 'en' ? english?.get(outlineKey(o)) : undefined;
    return h(
      'a',
      { href: `#${encodeURIComponent(o.firstClause)}`, 'data-clause': o.firstClause },
      en?.en ? headingEn(en) : h('span', ZH, zh),
    );
  });
  const list = h(
    'ol',
    {},
    ...entries.map((o, k) => h('li', { 'data-depth': String(Math.min(o.depth, 4)) }, links[k] as HTMLElement)),
  );
  const details = h(
    'details',
    { open: !window.matchMedia('(max-width: 800px)').matches },
    h('summary', {}, t('outline')),
    list,
  );
  const nav = h('nav', { class: 'outline', 'aria-label': t('outline') }, details);
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

/** The phrase an outline entry is put into English by (GET /api/gloss?phrases=). */
export function outlineKey(o: Pick<Entry, 'label' | 'title'>): string {
  return `${o.label}${o.title}`;
}
