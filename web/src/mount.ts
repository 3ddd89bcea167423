// VNodes made DOM: the one place a rendered view meets the browser's document.
import type { VChild, VNode } from './vnode.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** A VNode as DOM nodes, its handlers attached. */
export function toDom(node: VChild): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  return element(node);
}

/** A VNode (an element, not text) as a DOM element. */
export function element(node: VNode): HTMLElement {
  const el = node.svg ? document.createElementNS(SVG, node.tag) : document.createElement(node.tag);
  for (const [k, value] of Object.entries(node.attrs)) el.setAttribute(k, value);
  for (const [event, handler] of Object.entries(node.on ?? {})) el.addEventListener(event, handler);
  for (const c of node.children) el.append(toDom(c));
  return el as HTMLElement;
}

/** Replaces what `root` holds with `nodes`, made DOM. */
export function mount(root: Element, ...nodes: readonly VChild[]): void {
  root.replaceChildren(...nodes.map(toDom));
}
