// Render output as plain data: views render state to VNodes (pure, testable without a browser); mount.ts makes DOM.

/** An attribute value: a string, true for a bare attribute; false and undefined leave it out. */
export type AttrValue = string | number | boolean | undefined;

/** Event handlers of an element, by event name (`click`, `submit`). */
export type Handlers = Readonly<Record<string, (e: Event) => void>>;

/** An element as data: its tag, attributes, children and handlers. */
export interface VNode {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly VChild[];
  readonly on?: Handlers;
  /** The SVG namespace (charts). */
  readonly svg?: boolean;
}

/** What an element holds: elements and text (text is always text, never markup). */
export type VChild = VNode | string;

/** What `v` takes as a child: empty values are dropped, arrays flattened. */
export type VInput = VChild | null | undefined | false | readonly VInput[];

/** Attributes as `v` takes them, with `on` for handlers. */
export type VAttrs = Readonly<Record<string, AttrValue | Handlers>>;

function flatten(children: readonly VInput[], out: VChild[]): VChild[] {
  for (const c of children) {
    if (c === null || c === undefined || c === false || c === '') continue;
    if (Array.isArray(c)) flatten(c as readonly VInput[], out);
    else out.push(c as VChild);
  }
  return out;
}

/**
 * An element as data. Strings become text; `on` holds handlers.
 * @example v('a', { href: '/doc/x', 'data-nav': true }, 'Open')
 */
export function v(tag: string, attrs: VAttrs = {}, ...children: VInput[]): VNode {
  const out: Record<string, string> = {};
  let on: Handlers | undefined;
  for (const [k, value] of Object.entries(attrs)) {
    if (k === 'on') on = value as Handlers;
    else if (typeof value === 'object') continue;
    else if (value === true) out[k] = '';
    else if (value !== undefined && value !== false) out[k] = String(value);
  }
  return { tag, attrs: out, children: flatten(children, []), ...(on ? { on } : {}) };
}

/** An SVG element as data. */
export function vsvg(tag: string, attrs: VAttrs = {}, ...children: VInput[]): VNode {
  return { ...v(tag, attrs, ...children), svg: true };
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The server's escaped text unescaped (its five entities). */
export function unescapeHtml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e] as string);
}

/**
 * The server's highlight (escaped text with `<mark>` tags) as children: only `<mark>` becomes an
 * element, everything else is text, so no markup can run.
 * @example marked('a <mark>b</mark> &lt;c&gt;') -> ['a ', v('mark', {}, 'b'), ' <c>']
 */
export function marked(highlight: string): VChild[] {
  const out: VChild[] = [];
  let inMark = false;
  for (const part of highlight.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      inMark = part === '<mark>';
      continue;
    }
    if (!part) continue;
    const text = unescapeHtml(part);
    out.push(inMark ? v('mark', {}, text) : text);
  }
  return out;
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const VOID = new Set(['input', 'br', 'img', 'meta', 'link', 'hr', 'col', 'source', 'wbr']);

/**
 * A VNode as HTML (text and attributes escaped): what tests read with cheerio, and what a server
 * could send. Handlers are not part of it.
 */
export function toHtml(node: VChild): string {
  if (typeof node === 'string') return escapeText(node);
  const attrs = Object.entries(node.attrs)
    .map(([k, value]) => (value === '' ? ` ${k}` : ` ${k}="${escapeText(value).replace(/"/g, '&quot;')}"`))
    .join('');
  if (VOID.has(node.tag)) return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}

/** The text of a VNode, as a screen shows it (no markup). */
export function textOf(node: VChild): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}
