// A heading in English as a pure render: its number, then the glossary's English, else the Chinese with its terms.
import type { PhraseEnglish } from '../../../server/contract/index.ts';
import { headingNumberEn } from '../numbering.ts';
import { v, type VNode } from '../vnode.ts';

/** The first letter upper case (the glossary keeps its forms lower case). */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A heading in English: its number, then the glossary's English, else the Chinese with the terms it holds. */
export function renderHeadingEn(p: PhraseEnglish): VNode {
  const number = headingNumberEn(p.label);
  const title = p.zh.slice(p.zh.indexOf(p.label) + p.label.length).trim();
  if (p.en) return v('span', { class: 'heading-en' }, `${number ? `${number} ` : ''}${capitalise(p.en)}`);
  return v(
    'span',
    { class: 'heading-en untranslated' },
    number ? `${number} ` : '',
    v('span', { lang: 'zh-CN' }, title),
    p.terms.length > 0 ? ` (${p.terms.map((x) => x.en).join(', ')})` : '',
  );
}
