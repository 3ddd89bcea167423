// One clause in a list, in the page: hit-render.ts draws it; here its citation is copied, its text expanded, and
// (English) its reading aid attached.
import type { DocumentMeta, Hit } from '../../../server/contract/index.ts';
import { citationEn, citationZh, type Citable } from '../cite.ts';
import { markSpans } from '../dom.ts';
import { clausesInEnglish } from '../english.ts';
import { lang, t } from '../i18n.ts';
import { element, toDom } from '../mount.ts';
import { hitContext, hitText, placeIn, renderHit } from './hit-render.ts';
import { readingAidToggle } from './reading-aid.ts';

export { breadcrumb } from './hit-render.ts';

/** The place of a clause in the interface language: 四川 · 巴中, or Sichuan · Bazhong. */
export function placeOf(hit: Pick<Hit, 'province' | 'city' | 'doc'>, meta: DocumentMeta | undefined): string {
  return placeIn(hit, meta, lang());
}

// Copies text to the clipboard and says so on the button.
async function copy(button: HTMLElement, text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
  const label = button.querySelector('.label') ?? button;
  const before = label.textContent;
  label.textContent = t('copied');
  setTimeout(() => {
    label.textContent = before;
  }, 1500);
}

/** Copies the citation of `clause` (Chinese, or English with its key terms) and says so on `button`. */
export async function copyCitation(
  button: HTMLElement,
  meta: DocumentMeta | undefined,
  clause: Citable,
): Promise<void> {
  if (!meta) return;
  if (lang() !== 'en') return copy(button, citationZh(meta, clause));
  const terms = (await clausesInEnglish([clause.id])).get(clause.id)?.terms ?? [];
  await copy(button, citationEn(meta, clause, terms));
}

/** A hit's text, marked, as DOM (the snippet, or the whole clause). */
export function hitTextNodes(hit: Pick<Hit, 'snippet' | 'highlight' | 'display'>, whole: boolean): Node[] {
  return hitText(hit, whole).map(toDom);
}

/**
 * A hit as a list item. `meta` is the document's metadata (for the citation and the English place
 * names); `from` is the search's query string, carried to the reader (it marks the same matches and
 * links back to this search).
 */
export function hitView(hit: Hit, meta: DocumentMeta | undefined, index: number, from: string): HTMLLIElement {
  const model = { hit, meta, index, from, lang: lang(), expanded: false };
  const marks = markSpans(hit.highlight);
  const li = element(
    renderHit(model, {
      cite: (e) => void copyCitation(e.currentTarget as HTMLElement, meta, { ...hit, focus: marks[0] }),
      // Expanding changes the text and the button's words only: focus and an open reading aid stay.
      toggle: (e) => {
        model.expanded = !model.expanded;
        const button = e.currentTarget as HTMLElement;
        li.querySelector('.snippet')?.replaceChildren(...hitTextNodes(hit, model.expanded));
        const label = button.querySelector('.label');
        if (label) label.textContent = model.expanded ? t('collapse') : t('expand');
        button.setAttribute('aria-expanded', String(model.expanded));
      },
    }),
  ) as HTMLLIElement;
  if (model.lang === 'en') {
    const aid = readingAidToggle(hit.id, hit.text, marks, hitContext(model));
    li.querySelector('.snippet')?.after(aid.panel);
    li.querySelector('.actions')?.append(aid.button);
  }
  return li;
}
