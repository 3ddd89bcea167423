// Paragraphs that close a numbered list belong to the list's parent, not to the list's last item.
import type { SectionNode, Span } from './store/schema.ts';

/**
 * Moves the paragraphs after the last item of a numbered list to the list's parent when they do
 * not continue that item. They continue it when the list's items go on past their own line: when
 * any other item has a paragraph of its own (not counting notes after a table or box in it), or
 * when the last item is only a title whose text is in its paragraphs. Otherwise the list's items
 * are one paragraph each, and what follows the last of them opens a new topic at the parent's
 * level (a paragraph on weaknesses after a list of strengths). Only an item without
 * items of its own gives paragraphs up, and never to the root; the tree is otherwise unchanged.
 * @returns a new tree; the input is not modified
 */
export function closeLists(node: SectionNode): SectionNode {
  const children = node.children.map(closeLists);
  const items = children.filter((c) => c.kind === 'heading');
  const last = items[items.length - 1];
  if (node.kind === 'root' || items.length < 2 || !last || !closesList(last, items.slice(0, -1)))
    return { ...node, children };
  const moving = ownParagraphs(last);
  return {
    ...node,
    paragraphs: [...node.paragraphs, ...moving].sort((a, b) => a.start - b.start),
    children: children.map((c) =>
      c === last ? { ...c, paragraphs: c.paragraphs.filter((p) => !moving.includes(p)) } : c,
    ),
  };
}

function closesList(last: SectionNode, others: readonly SectionNode[]): boolean {
  if (!last.body || last.children.some((c) => c.kind === 'heading')) return false;
  if (ownParagraphs(last).length === 0) return false;
  return others.every((item) => ownParagraphs(item).length === 0);
}

// An item's paragraphs that continue its text: those before any table or box inside it.
function ownParagraphs(item: SectionNode): Span[] {
  const container = item.children.find((c) => c.kind === 'table' || c.kind === 'box');
  return item.paragraphs.filter((p) => !container || p.start < container.span.start);
}
