// Building DOM nodes: text always goes in as text; the server's <mark> highlight is the one exception.

/** What an element may contain: nodes, and strings that become text nodes. */
export type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children; strings become text nodes, never HTML.
 * @example h('a', { href: '/doc/x' }, 'Open')
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children)
    if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/**
 * Parses the server's highlight (escaped text with `<mark>` tags) into nodes without innerHTML:
 * only `<mark>` becomes an element; everything else is text, so no markup can run.
 */
export function markedText(highlight: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  const parts = highlight.split(/(<mark>|<\/mark>)/);
  let inMark = false;
  for (const part of parts) {
    if (part === '<mark>') {
      inMark = true;
      continue;
    }
    if (part === '</mark>') {
      inMark = false;
      continue;
    }
    if (!part) continue;
    const text = document.createTextNode(unescapeHtml(part));
    if (inMark) {
      const m = document.createElement('mark');
      m.append(text);
      frag.append(m);
    } else frag.append(text);
  }
  return frag;
}

function unescapeHtml(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] as string,
  );
}

/** The offsets, in the unmarked text, of each <mark> of a server highlight. */
export function markSpans(highlight: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let pos = 0;
  let open = -1;
  for (const part of highlight.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') open = pos;
    else if (part === '</mark>') {
      if (open >= 0) out.push({ start: open, end: pos });
      open = -1;
    } else pos += unescapeHtml(part).length;
  }
  return out;
}

/** The strings the server marked in a highlight (what a table row's cells or display form mark). */
export function markedStrings(highlight: string | undefined): string[] {
  if (!highlight) return [];
  return [...highlight.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => unescapeHtml(m[1] as string));
}

/** `value` as text nodes with each occurrence of one of `needles` in <mark>. */
export function markNeedles(value: string, needles: readonly string[]): Node[] {
  const needle = needles.find((n) => n && value.includes(n));
  if (!needle) return [document.createTextNode(value)];
  const at = value.indexOf(needle);
  return [
    document.createTextNode(value.slice(0, at)),
    h('mark', {}, needle),
    ...markNeedles(value.slice(at + needle.length), needles),
  ];
}

/** Text only screen readers read: the context a repeated link or button needs (`打开原文` of which clause). */
export function srOnly(text: string): HTMLSpanElement {
  return h('span', { class: 'sr-only' }, text);
}

const SVG = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes and children (text as text nodes). */
export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children)
    if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/** Corpus text is Chinese: marked so, whatever the interface language (screen readers switch voice). */
export const ZH = { lang: 'zh-CN' } as const;
/** English text inside the Chinese interface. */
export const EN = { lang: 'en' } as const;
