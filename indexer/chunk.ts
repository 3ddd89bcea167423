// DocumentTree -> Clause[]: stable ids from the numbering path, section paths, long clauses split.
import { findEnumeration } from './enumeration.ts';
import type { Clause, DocumentTree, OutlineEntry, SectionNode, Span } from './store/schema.ts';
import { nameColumn, rowCells, rowDisplay, runningNumberColumn } from './table-rows.ts';

/** Clauses longer than this are split at sentence ends into addressable parts. */
export const MAX_CLAUSE_CHARS = 400;
/**
 * An enumeration (一是……二是……) stays one clause up to this length; a longer one is cut at its
 * markers, each piece labelled with its marker.
 */
export const MAX_ENUMERATION_CHARS = 2 * MAX_CLAUSE_CHARS;
const SENTENCE = /[^。！？；!?;]*[。！？；!?;]+[”’」』）)]*|[^。！？；!?;]+$/g;

/**
 * Cuts a document tree into clauses, in document order. Ids are `docId/` plus the numbering path
 * (`3.2.7`); unnumbered paragraphs add `.p1`, `.p2` to their section's path; boxed columns and tables
 * start their own path (`box2.p1`, `table1.r5`) because their numbers are unique in a document; the
 * header, preamble and closing signature are `header.p1`, `preamble.p1`, `closing.p1`. A clause over
 * {@link MAX_CLAUSE_CHARS} characters becomes parts `id`, `id#2`, `id#3`, cut at sentence ends; an
 * enumeration (一是……二是……) is kept whole up to {@link MAX_ENUMERATION_CHARS} and beyond that cut
 * at its markers, each part's label ending in its marker (`一、（一）二是`). A table row carries its
 * cells under their column names and a display form. An article starts its own path (`a98`), its 款
 * add `.p2` when it has several, its 项 their number (`a98.p3.2`, labelled `第九十八条第三款第（二）项`); a
 * division (章, 节) is in the section path only. A heading line that no clause holds is the `lead` of
 * the clause after it. Ids change only when their own section is edited.
 */
export function chunk(tree: DocumentTree): { clauses: Clause[]; outline: OutlineEntry[]; sectionCount: number } {
  const { meta, text } = tree.source;
  const clauses: Clause[] = [];
  const outline: OutlineEntry[] = [];
  const used = new Set<string>();
  let sectionCount = 0;
  let pendingLead: string[] = [];

  const emit = (base: string, span: Span, ancestors: SectionNode[], kind: Clause['kind'], own?: SectionNode) => {
    let id = `${meta.id}/${base}`;
    for (let n = 2; used.has(id); n++) id = `${meta.id}/${base}~${n}`;
    used.add(id);
    const label = ancestors.map(citedLabel).join('') + (own ? citedLabel(own) : '');
    const section = ancestors
      .filter((a) => a.label || a.title)
      .map((a) => (a.label && a.title ? `${a.label}${a.kind === 'heading' ? '' : ' '}${a.title}` : a.label || a.title));
    const parts = splitLong(text, span);
    const table = kind === 'row' ? ancestors[ancestors.length - 1] : undefined;
    const lead = pendingLead.length > 0 ? pendingLead.join('\n') : undefined;
    pendingLead = [];
    parts.forEach((part, k) => {
      clauses.push({
        id: k === 0 ? id : `${id}#${k + 1}`,
        docId: meta.id,
        ordinal: clauses.length,
        label: label + (part.marker ?? ''),
        section,
        ...(own?.title ? { title: own.title } : {}),
        kind,
        text: text.slice(part.start, part.end),
        start: part.start,
        end: part.end,
        ...(parts.length > 1 ? { part: { index: k + 1, count: parts.length } } : {}),
        ...(k === 0 && lead ? { lead } : {}),
        ...(table?.columns ? rowFields(table, text, text.slice(part.start, part.end)) : {}),
        province: meta.province,
        ...(meta.city ? { city: meta.city } : {}),
      });
    });
  };

  const visit = (node: SectionNode, path: string[], ancestors: SectionNode[], depth: number) => {
    const isSection = SECTIONS.has(node.kind);
    const ownPath = pathOf(node, path);
    const firstClauseAt = clauses.length;
    if (isSection) sectionCount++;
    const outlineAt = outline.length;
    if (isSection) outline.push({ depth, label: node.label, title: node.title });
    if (node.body) emit(ownPath.join('.'), node.body, ancestors, node.kind === 'kuan' ? 'paragraph' : 'item', node);
    // A numbered line that is all title and has nothing under it (`（二）做好中选药品的配备使用。`) is
    // an item of one sentence: its line is the clause, or its words could be found nowhere.
    else if (node.kind === 'heading' && node.paragraphs.length === 0 && node.children.length === 0)
      emit(ownPath.join('.'), node.span, ancestors, 'item', node);
    // A heading line in no clause's text is searched with the clause that follows it.
    else if (isSection && node.kind !== 'article' && node.span.end > node.span.start)
      pendingLead.push(text.slice(node.span.start, node.span.end));
    // So is a table's row of column names, searched with its first row.
    if (node.columnsSpan) pendingLead.push(text.slice(node.columnsSpan.start, node.columnsSpan.end));
    const inside = node.kind === 'root' ? ancestors : [...ancestors, node];
    const items: Array<{ at: number; run: () => void }> = [
      ...node.paragraphs.map((p, k) => ({
        at: p.start,
        run: () =>
          emit([...ownPath, `${node.kind === 'table' ? 'r' : 'p'}${k + 1}`].join('.'), p, inside, kindOf(node)),
      })),
      ...node.children.map((c) => ({
        at: c.span.start,
        run: () => visit(c, ownPath, inside, isSection ? depth + 1 : depth),
      })),
    ];
    items.sort((a, b) => a.at - b.at).forEach((i) => i.run());
    const first = clauses[firstClauseAt];
    if (isSection && first) outline[outlineAt] = { ...(outline[outlineAt] as OutlineEntry), firstClause: first.id };
  };

  visit(tree.root, [], [], 0);
  // Headings after the last clause (a closing chapter with nothing under it) are searched with it.
  const last = clauses.at(-1);
  if (last && pendingLead.length > 0)
    clauses[clauses.length - 1] = { ...last, lead: [last.lead, ...pendingLead].filter(Boolean).join('\n') };
  return { clauses, outline, sectionCount };
}

// Boxes, tables, articles and the front and back matter start their own path (their numbers are
// unique in a document); headings extend their parent's; a division (章, 节) is in no path.
const OWN_PATH: ReadonlySet<SectionNode['kind']> = new Set([
  'box',
  'table',
  'article',
  'header',
  'preamble',
  'closing',
]);
const SECTIONS: ReadonlySet<SectionNode['kind']> = new Set(['heading', 'division', 'article', 'box', 'table']);

function pathOf(node: SectionNode, parent: string[]): string[] {
  if (OWN_PATH.has(node.kind)) return [node.key];
  if (node.kind === 'root' || node.kind === 'division' || !node.key) return parent;
  return [...parent, node.key];
}

// A node's part of a clause's label, as it is cited: none for a division (the chapter is in the
// section path), 第（二）项 for an item of an article, the label as written otherwise.
function citedLabel(node: SectionNode): string {
  if (node.kind === 'division') return '';
  return node.cite ?? node.label;
}

function kindOf(node: SectionNode): Clause['kind'] {
  if (node.kind === 'table') return 'row';
  if (node.kind === 'header') return 'header';
  if (node.kind === 'preamble') return 'preamble';
  if (node.kind === 'closing') return 'closing';
  return 'paragraph';
}

// A row's columns, its cells under them and its display form; the name column is the table's.
function rowFields(table: SectionNode, text: string, row: string): Pick<Clause, 'columns' | 'cells' | 'display'> {
  const columns = table.columns ?? [];
  const rows = table.paragraphs.map((p) => rowCells(columns, text.slice(p.start, p.end)));
  const cells = rowCells(columns, row);
  return {
    columns,
    cells,
    display: rowDisplay(cells, nameColumn(columns, rows), runningNumberColumn(columns, rows)),
  };
}

// Packs whole sentences into parts of at most MAX_CLAUSE_CHARS (a longer sentence stays whole); an
// enumeration stays whole up to MAX_ENUMERATION_CHARS, and is cut at its markers beyond.
function splitLong(text: string, span: Span): Array<Span & { marker?: string }> {
  if (span.end - span.start <= MAX_CLAUSE_CHARS) return [span];
  const markers = findEnumeration(text.slice(span.start, span.end));
  if (markers.length > 0) {
    if (span.end - span.start <= MAX_ENUMERATION_CHARS) return [span];
    return markers.map((m, k) => ({
      start: k === 0 ? span.start : span.start + m.start,
      end: k + 1 < markers.length ? span.start + (markers[k + 1] as (typeof markers)[number]).start : span.end,
      marker: m.label,
    }));
  }
  const parts: Span[] = [];
  let partStart = span.start;
  let partEnd = span.start;
  for (const m of text.slice(span.start, span.end).matchAll(SENTENCE)) {
    const sentenceEnd = span.start + m.index + m[0].length;
    if (sentenceEnd - partStart > MAX_CLAUSE_CHARS && partEnd > partStart) {
      parts.push({ start: partStart, end: partEnd });
      partStart = partEnd;
    }
    partEnd = sentenceEnd;
  }
  if (span.end > partStart) parts.push({ start: partStart, end: span.end });
  return parts;
}
