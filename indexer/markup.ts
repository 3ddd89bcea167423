// Plain text out of markdown-ish lines and HTML pages, keeping bold spans as heading hints.
import * as cheerio from 'cheerio';
import type { Span } from './store/schema.ts';

/** Text with markup removed and the bold spans it had. */
export interface PlainText {
  readonly text: string;
  readonly bold: readonly Span[];
  readonly title?: string;
}

const MD_HEADING = /^#{1,6}\s*/;
const LINE_TRIM = /^[\s\u3000]+|[\s\u3000]+$/g;

/**
 * Strips markdown from plain-text or markdown files: leading `#` markers, `**` emphasis (recorded as
 * bold spans), `\*` escapes. Lines are trimmed; inner tabs (table cells) are kept.
 * @example fromMarkdown('## **五、保障措施**').text === '五、保障措施'
 */
export function fromMarkdown(source: string): PlainText {
  const bold: Span[] = [];
  const lines: string[] = [];
  let offset = 0;
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(LINE_TRIM, '').replace(MD_HEADING, '');
    let out = '';
    let openAt = -1;
    const lineBold: Array<{ start: number; end: number }> = [];
    for (let k = 0; k < line.length; k++) {
      if (line[k] === '\\' && line[k + 1] === '*') {
        out += '*';
        k++;
        continue;
      }
      if (line[k] === '*' && line[k + 1] === '*') {
        if (openAt < 0) openAt = out.length;
        else {
          if (out.length > openAt) lineBold.push({ start: openAt, end: out.length });
          openAt = -1;
        }
        k++;
        continue;
      }
      out += line[k];
    }
    const trimmed = out.replace(LINE_TRIM, '');
    // Removing markers can leave leading space; the bold spans move with the trimmed line.
    const lead = out.length - out.trimStart().length;
    for (const b of lineBold) {
      const start = Math.max(0, b.start - lead),
        end = Math.min(trimmed.length, b.end - lead);
      if (end > start) bold.push({ start: offset + start, end: offset + end });
    }
    lines.push(trimmed);
    offset += trimmed.length + 1;
  }
  return { text: lines.join('\n'), bold };
}

const DROP = 'script, style, noscript, iframe, nav, header, footer, aside, form, button, select, input, svg, template';
const CHROME =
  /(^|[-_\s])(nav|menu|breadcrumb|crumb|footer|header|sidebar|share|print|toolbar|banner|copyright|search|login)([-_\s]|$)/i;
const BODY_CANDIDATES = [
  'article',
  '#zoom',
  '.TRS_Editor',
  '.article',
  '.article-content',
  '.content',
  '#content',
  'main',
  'body',
];
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'tr',
  'table',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'center',
]);

/**
 * Reads a government web page: the title (`ArticleTitle` meta, `h1`, or `<title>`) and the article
 * body, without navigation, scripts and styles. Block elements become lines, table cells are
 * separated by tabs, `<strong>`/`<b>` become bold spans. Malformed HTML is read as browsers would.
 */
export function fromHtml(html: string): PlainText {
  const $ = cheerio.load(html);
  $(DROP).remove();
  $('[class], [id]').each((_, el) => {
    const attrs = `${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`;
    if (CHROME.test(attrs) && $(el).find('p').length < 3) $(el).remove();
  });
  const title =
    ($('meta[name="ArticleTitle"]').attr('content') ?? $('h1').first().text() ?? $('title').text()).trim() ||
    $('title').text().trim();
  const body = BODY_CANDIDATES.map((sel) => $(sel).first()).find((el) => el.length > 0 && el.text().trim().length > 0);
  const chunks: Array<{ text: string; bold: boolean } | '\n' | '\t'> = [];
  const walk = (node: any): void => {
    if (node.type === 'text') {
      chunks.push({ text: String(node.data ?? '').replace(/\s+/g, ' '), bold: inBold(node) });
      return;
    }
    if (node.type !== 'tag') return;
    const name = String(node.name).toLowerCase();
    if (name === 'br') {
      chunks.push('\n');
      return;
    }
    if (name === 'td' || name === 'th') {
      chunks.push('\t');
    }
    const block = BLOCK.has(name);
    if (block) chunks.push('\n');
    for (const child of node.children ?? []) walk(child);
    if (block) chunks.push('\n');
  };
  const inBold = (node: any): boolean => {
    for (let p = node.parent; p; p = p.parent)
      if (p.type === 'tag' && (p.name === 'strong' || p.name === 'b')) return true;
    return false;
  };
  if (body) for (const child of body.contents().toArray()) walk(child);
  return assembleLines(chunks, title);
}

function assembleLines(chunks: Array<{ text: string; bold: boolean } | '\n' | '\t'>, title: string): PlainText {
  const lines: Array<{ parts: Array<{ text: string; bold: boolean }> }> = [{ parts: [] }];
  for (const c of chunks) {
    const current = lines[lines.length - 1] as { parts: Array<{ text: string; bold: boolean }> };
    if (c === '\n') lines.push({ parts: [] });
    else if (c === '\t') {
      if (current.parts.length > 0) current.parts.push({ text: '\t', bold: false });
    } else current.parts.push(c);
  }
  const out: string[] = [];
  const bold: Span[] = [];
  let offset = 0;
  for (const line of lines) {
    const raw = line.parts.map((p) => p.text).join('');
    const lead = raw.length - raw.replace(/^[\s\u3000]+/, '').length;
    const text = raw.replace(LINE_TRIM, '');
    if (text.length === 0) continue;
    let pos = -lead;
    for (const p of line.parts) {
      const s = Math.max(0, pos),
        e = Math.min(text.length, pos + p.text.length);
      if (p.bold && e > s) bold.push({ start: offset + s, end: offset + e });
      pos += p.text.length;
    }
    out.push(text);
    offset += text.length + 1;
  }
  return { text: out.join('\n'), bold: mergeSpans(bold), title: title || undefined };
}

function mergeSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}
