// The reader's body, mirroring the document: headings where sections begin, clauses as paragraphs, tables as tables.
import type { DocumentResponse, PhraseEnglish } from '../../../server/contract/index.ts';
import { h, markedStrings, markedText, markNeedles, ZH } from '../dom.ts';
import { lang } from '../i18n.ts';
import { headingEn } from './hit-english.ts';

type Clause = DocumentResponse['clauses'][number];

/** What the body needs besides the document. */
export interface BodyOptions {
  /** The query's highlight of each matching clause (escaped text with <mark>), by clause id. */
  readonly highlights: ReadonlyMap<string, string>;
  /** Headings in English, by heading text (English interface). */
  readonly english: ReadonlyMap<string, PhraseEnglish> | undefined;
  /** The actions on a clause (copy its citation, see it in other documents). */
  readonly actions: (c: Clause) => readonly HTMLElement[];
}

const TABLE = /^表\s*\d+/u;

function headingOf(text: string, depth: number, english: BodyOptions['english']): HTMLElement {
  const level = Math.min(2 + depth, 5) as 2 | 3 | 4 | 5;
  const en = lang() === 'en' ? english?.get(text) : undefined;
  return h(
    `h${level}`,
    { class: 'section-heading' },
    h('span', ZH, text),
    en?.en ? h('span', { class: 'heading-sub' }, headingEn(en)) : null,
  );
}

function clauseText(c: Clause, options: BodyOptions): HTMLElement {
  const highlight = options.highlights.get(c.id);
  return h('p', { class: 'clause-text', ...ZH }, highlight ? markedText(highlight) : c.text);
}

function clauseBlock(c: Clause, options: BodyOptions): HTMLElement {
  return h(
    'div',
    { class: `clause kind-${c.kind}`, id: `c-${c.id}`, tabindex: '-1', 'data-id': c.id },
    clauseText(c, options),
    h('div', { class: 'actions clause-actions' }, ...options.actions(c)),
  );
}

// A table: consecutive rows of one table, under their column names.
function tableOf(rows: readonly Clause[], caption: string | undefined, options: BodyOptions): HTMLElement {
  const columns = rows[0]?.columns ?? [];
  // The row's name: the column of names (指标名称, 项目…), else the second (the first numbers the rows).
  const named = columns.findIndex((c) => /名称|指标|项目/u.test(c));
  const head = named >= 0 ? named : Math.min(1, columns.length - 1);
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'doc-table', ...ZH },
      caption ? h('caption', {}, caption) : null,
      h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, c)), h('td', {}))),
      h(
        'tbody',
        {},
        ...rows.map((r) => {
          const cells = columns.map((col) => r.cells?.find((c) => c.column === col)?.value ?? '');
          const needles = markedStrings(options.highlights.get(r.id));
          return h(
            'tr',
            { class: 'clause kind-row', id: `c-${r.id}`, tabindex: '-1', 'data-id': r.id },
            ...cells.map((v, k) =>
              h(k === head ? 'th' : 'td', k === head ? { scope: 'row' } : {}, ...markNeedles(v, needles)),
            ),
            h('td', { class: 'row-actions' }, h('div', { class: 'actions' }, ...options.actions(r))),
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
export function documentBody(doc: DocumentResponse, options: BodyOptions): HTMLElement[] {
  const out: HTMLElement[] = [];
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
        out.push(headingOf(heading, d, options.english));
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
