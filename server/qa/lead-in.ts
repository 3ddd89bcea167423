// A clause that leads into items (符合下列条件之一的，可以申请：) and the items after it: laws and rules
// state their conditions, cases and duties so, one item a clause.
import type { IndexStore } from '../search/index-store.ts';

/** A clause that ends in a colon leads into the items after it. */
export const LEAD_IN = /[：:]\s*$/;

/** At most this many items are read after a lead-in (an article seldom has more). */
const MAX_ITEMS = 20;

// The id of the article a paragraph is of (a12.p1 -> a12), when its id says.
function paragraphOwner(id: string): string | undefined {
  const m = /^(.*)\.p\d+$/.exec(id);
  return m?.[1];
}

/**
 * The indices of the clauses a lead-in clause leads into: its items (its id, then .1, .2…), or, when
 * it has none, the paragraphs after it in the same article (a12.p1 中药保护品种的保护期限： then a12.p2,
 * a12.p3). Empty for a clause that is no lead-in.
 */
export function itemsAfter(store: IndexStore, index: number): number[] {
  const clause = store.clauses.get(index);
  if (!clause || !LEAD_IN.test(clause.text)) return [];
  const children: number[] = [];
  for (let k = index + 1; children.length < MAX_ITEMS && store.clauses.get(k)?.id.startsWith(`${clause.id}.`); k++) {
    children.push(k);
  }
  if (children.length > 0) return children;
  const owner = paragraphOwner(clause.id);
  if (owner === undefined) return [];
  const paragraphs: number[] = [];
  for (let k = index + 1; paragraphs.length < MAX_ITEMS; k++) {
    const next = store.clauses.get(k);
    if (!next || paragraphOwner(next.id) !== owner || next.docId !== clause.docId) break;
    paragraphs.push(k);
  }
  return paragraphs;
}

/** The clause an item is of: the one whose id is the item's without its last part (a6.2 -> a6). */
export function parentOf(store: IndexStore, index: number): number | undefined {
  const clause = store.clauses.get(index);
  if (!clause) return undefined;
  const parentId = clause.id.replace(/\.[^./]+$/, '');
  return parentId === clause.id ? undefined : store.indexOf(parentId);
}

/** The lead-in clause an item follows (a6.2 -> a6, when a6 ends in a colon), if any. */
export function leadInOf(store: IndexStore, index: number): number | undefined {
  const parent = parentOf(store, index);
  return parent !== undefined && LEAD_IN.test(store.clauses.get(parent)?.text ?? '') ? parent : undefined;
}

// An item's own words: without its label ((一), 1．) and the separator that ends it.
// A number followed by a point is a label only when no digit follows (1.5万 is a figure).
const ITEM_LABEL = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+(?:[．.](?!\d)|、)|[一二三四五六七八九十]+、)\s*/;

/** How long the item label (（一）, 1．, 一、) opening `text` is, with its spaces; 0 when none. */
export function itemLabelLength(text: string): number {
  return ITEM_LABEL.exec(text)?.[0].length ?? 0;
}

/** An item's text as an answer gives it: its label and its closing ；。 dropped. */
export function itemText(text: string): string {
  return text
    .replace(ITEM_LABEL, '')
    .replace(/[；;。，,\s]+$/, '')
    .trim();
}
