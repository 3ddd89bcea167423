// The reader's outline as a pure render: the document's headings as links, in English where the glossary has them.
import type { DocumentResponse, PhraseEnglish } from '../../../server/contract/index.ts';
import { v, type VNode } from '../vnode.ts';
import { wordsOf, type Lang } from '../words.ts';
import { renderHeadingEn } from './heading-en.ts';

type Entry = DocumentResponse['outline'][number];

/** The entries of the outline: the headings that have a first clause. */
export function entriesOf(doc: Pick<DocumentResponse, 'outline'>): Array<Entry & { firstClause: string }> {
  return doc.outline.filter((o): o is Entry & { firstClause: string } => !!o.firstClause);
}

/**
 * The outline of `doc` as a pure render: a link per heading that has a first clause, in English
 * where `english` has it (English interface); folded on a narrow screen.
 */
export function renderOutline(
  doc: Pick<DocumentResponse, 'outline'>,
  english: ReadonlyMap<string, PhraseEnglish> | undefined,
  lang: Lang,
  narrow: boolean,
): VNode {
  const t = wordsOf(lang);
  const items = entriesOf(doc).map((o) => {
    const en = lang === 'en' ? english?.get(outlineKey(o)) : undefined;
    return v(
      'li',
      { 'data-depth': String(Math.min(o.depth, 4)) },
      v(
        'a',
        { href: `#${encodeURIComponent(o.firstClause)}`, 'data-clause': o.firstClause },
        en?.en ? renderHeadingEn(en) : v('span', { lang: 'zh-CN' }, `${o.label} ${o.title}`.trim()),
      ),
    );
  });
  return v(
    'nav',
    { class: 'outline', 'aria-label': t('outline') },
    v('details', { open: !narrow }, v('summary', {}, t('outline')), v('ol', {}, items)),
  );
}

/** The phrase an outline entry is put into English by (GET /api/gloss?phrases=). */
export function outlineKey(o: Pick<Entry, 'label' | 'title'>): string {
  return `${o.label}${o.title}`;
}
