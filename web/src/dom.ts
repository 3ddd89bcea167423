// Building DOM nodes: text always goes in as text; the server's <mark> highlight is the one exception.

type Child = Node | string | null | undefined | false;

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
