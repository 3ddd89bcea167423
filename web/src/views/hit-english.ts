// Beside each hit in the English interface: its section path in English where the glossary has it, its key terms.
import type { KeyTerm, PhraseEnglish } from '../../../server/contract/index.ts';
import { h, ZH } from '../dom.ts';
import { clausesInEnglish } from '../english.ts';
import { t } from '../i18n.ts';
import { element } from '../mount.ts';
import { renderHeadingEn } from './heading-en.ts';

/** A heading in English (see renderHeadingEn), as DOM. */
export function headingEn(p: PhraseEnglish): HTMLElement {
  return element(renderHeadingEn(p));
}

export { capitalise } from './heading-en.ts';

/** A section path in English: Part › section › item. */
export function crumbEn(section: readonly PhraseEnglish[]): HTMLElement | null {
  if (section.length === 0) return null;
  const parts: Node[] = [];
  section.forEach((p, k) => {
    if (k > 0) parts.push(document.createTextNode(' › '));
    parts.push(headingEn(p));
  });
  return h('div', { class: 'crumb-en' }, ...parts);
}

/** The key terms of a clause: each Chinese term with its pinyin and English. */
export function keyTermsList(terms: readonly KeyTerm[]): HTMLElement | null {
  if (terms.length === 0) return null;
  return h(
    'div',
    { class: 'key-terms' },
    h('span', { class: 'label' }, `${t('keyTerms')}: `),
    h(
      'ul',
      {},
      ...terms.map((k) => h('li', {}, h('span', ZH, k.zh), ' ', h('span', { class: 'pinyin' }, k.pinyin), ` ${k.en}`)),
    ),
  );
}

/**
 * Fills the English beside every hit of `list` (items with `data-id`), with one request per page
 * of hits; items already filled are left alone.
 */
export async function fillHitsEnglish(list: HTMLElement): Promise<void> {
  const items = [...list.querySelectorAll<HTMLElement>('li.hit[data-id]:not([data-en])')];
  if (items.length === 0) return;
  const english = await clausesInEnglish(items.map((li) => li.dataset.id as string));
  for (const li of items) {
    const e = english.get(li.dataset.id as string);
    if (!e) continue;
    li.dataset.en = '';
    li.querySelector('.crumb')?.after(...[crumbEn(e.section)].filter((n): n is HTMLElement => n !== null));
    const terms = keyTermsList(e.terms);
    if (terms) li.querySelector('.snippet')?.after(terms);
  }
}
