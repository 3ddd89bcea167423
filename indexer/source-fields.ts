// Lines that are metadata or markup, not body: a crawler's labelled header, markup comments, rules, bare links.
import { readFileSync } from 'node:fs';
import { issueDate } from './signature.ts';
import { splitLines } from './line-kinds.ts';
import { applyEdits, mapSpans, type Edit } from './text-edits.ts';
import type { Span } from './store/schema.ts';

/** What labelled lines (发布日期: …, 原文链接: …) said about a document. */
export interface SourceFields {
  /** Date of publication, ISO. */
  readonly published?: string;
  /** Date of issue (成文日期), ISO. */
  readonly issued?: string;
  /** Date it takes effect, ISO. */
  readonly effective?: string;
  readonly issuer?: string;
  readonly docNumber?: string;
  /** Where it was published: a URL. */
  readonly source?: string;
}

type FieldName = keyof SourceFields | 'drop';
const FIELDS: ReadonlyMap<string, FieldName> = new Map(
  Object.entries(
    (
      JSON.parse(readFileSync(new URL('./data/metadata-fields.json', import.meta.url), 'utf8')) as {
        // A JSON shape, turned into a Map at once.
        // eslint-disable-next-line no-restricted-syntax
        fields: Record<string, FieldName>;
      }
    ).fields,
  ),
);
const DATE_FIELDS: ReadonlySet<FieldName> = new Set(['published', 'issued', 'effective']);
// `发布日期: 2025-01-10`, `发布机构：上海市…` (the reader has already removed the `**` around the label).
const LABELLED = /^[\s\u3000]*([^\s:：]{2,8})[\s\u3000]*[:：][\s\u3000]*(.*)$/;
const COMMENT = /^[\s\u3000]*<!--.*-->[\s\u3000]*$/;
const RULE = /^[\s\u3000]*(?:-{3,}|\*{3,}|_{3,}|={3,})[\s\u3000]*$/;
const URL_ONLY = /^[\s\u3000]*(?:\[[^\]]*\]\((https?:\/\/[^)\s]+)\)|<?(https?:\/\/\S+?)>?)[\s\u3000]*$/;
// A markdown link alone on a line, or as a list item (a page's list of attachments): never body text.
const LINK_ONLY = /^[\s\u3000]*(?:[-*+][\s\u3000]+)?\[[^\]]*\]\([^)]+\)[\s\u3000]*$/;
// A bracketed label a page puts above such a list: 【原文下载】, 【附件下载】.
const PAGE_LABEL = /^[\s\u3000]*【[^】]{2,8}】[\s\u3000]*$/;
const EDGE_LINES = 12;
const LINK = /\[([^\]]*)\]\((https?:\/\/[^)\s]+)\)/;

/** A reader's text with metadata lines dropped, its spans moved, and what those lines said. */
export interface FieldedText {
  readonly text: string;
  readonly bold: readonly Span[];
  readonly headings: readonly Span[];
  readonly fields: SourceFields;
  /** How many lines were dropped. */
  readonly dropped: number;
}

/**
 * Drops the lines of a reader's text that are not the document's body and keeps what they say:
 * labelled lines whose label `data/metadata-fields.json` knows (`发布日期: 2025-01-10` gives
 * `published`), markup comments (`<!-- INFO END -->`), rules (`---`), lines that are only a link
 * (a bare URL, a markdown link, an item of a list of links) and a page's bracketed labels (【原文下载】).
 * Labelled and link lines count only among the first and last twelve lines; a labelled line with an
 * unknown label is body and stays. Dates are read as ISO where they can be.
 * @example extractFields({ text: '发布日期: 2025-01-10\n---\n正文。', bold: [], headings: [] }).text === '正文。'
 */
export function extractFields(input: { text: string; bold: readonly Span[]; headings: readonly Span[] }): FieldedText {
  const edits: Edit[] = [];
  const fields = new Map<keyof SourceFields, string>();
  const lines = splitLines(input.text);
  const filled = lines.filter((l) => l.text.trim().length > 0);
  // Labelled lines are metadata only in the front or back matter; in the body they are text.
  const edge = new Set([...filled.slice(0, EDGE_LINES), ...filled.slice(-EDGE_LINES)]);
  for (const line of lines) {
    const what = junk(line.text, edge.has(line));
    if (!what) continue;
    edits.push({ start: line.start, end: Math.min(line.end + 1, input.text.length), insert: '' });
    if (what.field && what.field !== 'drop' && what.value && !fields.has(what.field))
      fields.set(what.field, what.value);
  }
  if (edits.length === 0) return { ...input, fields: {}, dropped: 0 };
  const edited = applyEdits(input.text, edits);
  return {
    text: edited.text,
    bold: mapSpans(input.bold, edited.map),
    headings: mapSpans(input.headings, edited.map),
    fields: Object.fromEntries(fields) as SourceFields,
    dropped: edits.length,
  };
}

// What a line is when it is not body: a known labelled field (with its value), or markup.
function junk(line: string, atEdge: boolean): { field?: FieldName; value?: string } | undefined {
  if (COMMENT.test(line) || RULE.test(line)) return {};
  if (!atEdge) return undefined;
  const url = URL_ONLY.exec(line);
  if (url) return { field: 'source', value: (url[1] ?? url[2]) as string };
  if (LINK_ONLY.test(line) || PAGE_LABEL.test(line)) return {};
  const m = LABELLED.exec(line);
  const field = m ? FIELDS.get(m[1] as string) : undefined;
  if (!m || !field) return undefined;
  return { field, value: fieldValue(field, (m[2] as string).trim()) };
}

function fieldValue(field: FieldName, raw: string): string | undefined {
  const link = LINK.exec(raw);
  let value = raw;
  if (link) value = field === 'source' ? (link[2] as string) : (link[1] as string);
  if (!DATE_FIELDS.has(field)) return value || undefined;
  return isoDate(value);
}

/** `2025-01-10`, `2025/1/10`, `2025.1.10`, `2025年1月10日` as ISO; anything else undefined. */
export function isoDate(value: string): string | undefined {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(value.trim());
  if (m) return `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
  return issueDate(value.trim().replace(/\s.*$/, ''));
}
