// The reader's body as a pure render, mirroring the document: headings where sections begin, clauses as
// paragraphs, tables as tables.
import type { DocumentResponse, PhraseEnglish } from '../../../server/contract/index.ts';
import { marked, textOf, v, type VNode } from '../vnode.ts';
import type { Lang } from '../words.ts';
import { renderHeadingEn } from './heading-en.ts';
import { markNeedles } from './hit-render.ts';

const ZH = { lang: 'zh-CN' } as const;

type Clause = DocumentResponse['clauses'][number];

/** What the body needs besides the document. */
export interface BodyOptions {
  /** The query's highlight of each matching clause (escaped text with <mark>), by clause id. */
  readonly highlights: ReadonlyMap<string, string>;
  /** Headings in English, by heading text (English interface). */
  readonly english: ReadonlyMap<string, PhraseEnglish> | undefined;
  readonly lang: Lang;
  /** The actions on a clause (copy its citation, see it in other documents). */
  readonly actions: (c: Clause) => readonly VNode[];
}

const TABLE = /^表\s*\d+/u;

function headingOf(text: string, depth: number, options: BodyOptions): VNode {
  const level = Math.min(2 + depth, 5);
  const en = options.lang === 'en' ? options.english?.get(text) : undefined;
  return v(
    `h${level}`,
    { class: 'section-heading' },
    v('span', ZH, text),
    en?.en ? v('span', { class: 'heading-sub' }, renderHeadingEn(en)) : null,
  );
}

// The strings the server marked in a highlight (what a table row's cells mark).
function markedStrings(highlight: string | undefined): string[] {
  if (!highlight) return [];
  return marked(highlight)
    .filter((c): c is VNode => typeof c !== 'string')
    .map(textOf);
}

function clauseBlock(c: Clause, options: BodyOptions): VNode {
  const highlight = options.highlights.get(c.id);
  return v(
    'div',
    { class: `clause kind-${c.kind}`, id: `c-${c.id}`, tabindex: '-1', 'data-id': c.id },
    v('p', { class: 'clause-text', ...ZH }, highlight ? marked(highlight) : c.text),
    v('div', { class: 'actions clause-actions' }, options.actions(c)),
  );
}

// A table: consecutive rows of one table, under their column names.
function tableOf(rows: readonly Clause[], caption: string | undefined, options: BodyOptions): VNode {
  const columns = rows[0]?.columns ?? [];
  // The row's name: the column of names (指标名称, 项目…), else the second (the first numbers the rows).
  const named = columns.findIndex((c) => /名称|指标|项目/u.test(c));
  const head = named >= 0 ? named : Math.min(1, columns.length - 1);
  return v(
    'div',
    { class: 'table-wrap' },
    v(
      'table',
      { class: 'doc-table', ...ZH },
      caption ? v('caption', {}, caption) : null,
      v(
        'thead',
        {},
        v(
          'tr',
          {},
          columns.map((c) => v('th', { scope: 'col' }, c)),
          v('td', {}),
        ),
      ),
      v(
        'tbody',
        {},
        rows.map((r) => {
          const cells = columns.map((col) => r.cells?.find((c) => c.column === col)?.value ?? '');
          const needles = markedStrings(options.highlights.get(r.id));
          return v(
            'tr',
            { class: 'clause kind-row', id: `c-${r.id}`, tabindex: '-1', 'data-id': r.id },
            cells.map((value, k) =>
              v(k === head ? 'th' : 'td', k === head ? { scope: 'row' } : {}, markNeedles(value, needles)),
            ),
            v('td', { class: 'row-actions' }, v('div', { class: 'actions' }, options.actions(r))),
          );
        }),
      ),
    ),
  );
}

/**
 * The body of the document: a heading wherever a clause's section path opens a section (a table's
 * heading becomes its caption; an item's heading that only repeats the item is left out), then the
 * clause; runs of table rows become one table with its header row.
 */
export function documentBody(doc: DocumentResponse, options: BodyOptions): VNode[] {
  const out: VNode[] = [];
  let open: readonly string[] = [];
  let prev: Clause | undefined;
  for (let k = 0; k < doc.clauses.length; k++) {
    const c = doc.clauses[k] as Clause;
    const section = c.section;
    let same = 0;
    while (same < section.length && section[same] === open[same]) same++;
    let caption: string | undefined;
    for (let d = same; d < section.length; d++) {
      const heading = section[d] as string;
      if (TABLE.test(heading) && c.kind === 'row') caption = heading;
      else if (!(prev?.title && heading.endsWith(prev.title) && d >= prev.section.length))
        out.push(headingOf(heading, d, options));
    }
    open = section;
    if (c.kind === 'row') {
      const rows = [c];
      while (doc.clauses[k + 1]?.kind === 'row' && sameSection(doc.clauses[k + 1] as Clause, c))
        rows.push(doc.clauses[++k] as Clause);
      out.push(tableOf(rows, caption, options));
      prev = rows[rows.length - 1];
      continue;
    }
    out.push(clauseBlock(c, options));
    prev = c;
  }
  return out;
}

function sameSection(a: Clause, b: Clause): boolean {
  return a.section.length === b.section.length && a.section.every((s, k) => s === b.section[k]);
}

/** Every heading text of the document's clauses (for putting them into English). */
export function headingsOf(doc: DocumentResponse): string[] {
  return [...new Set(doc.clauses.flatMap((c) => c.section))];
}
