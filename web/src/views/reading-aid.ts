// The reading aid: pinyin over each word and a visible list of the words in English; no tooltips, no tab stops.
import type { GlossedWord } from '../../../server/contract/index.ts';
import { api, isFailure } from '../api.ts';
import { h, ZH } from '../dom.ts';
import { t } from '../i18n.ts';

type Span = { readonly start: number; readonly end: number };

const cache = new Map<string, readonly GlossedWord[]>();

/** The words of a clause with pinyin and English (GET /api/gloss?clause=), fetched once. */
export async function clauseWords(clauseId: string): Promise<readonly GlossedWord[] | undefined> {
  const known = cache.get(clauseId);
  if (known) return known;
  const r = await api.gloss(clauseId);
  if (isFailure(r)) return undefined;
  cache.set(clauseId, r.words ?? []);
  return r.words ?? [];
}

// Plain text with the marked spans in <mark>.
function marked(text: string, offset: number, marks: readonly Span[]): Node[] {
  const out: Node[] = [];
  let pos = 0;
  for (const m of marks) {
    const s = Math.max(0, m.start - offset);
    const e = Math.min(text.length, m.end - offset);
    if (e <= s || s < pos) continue;
    if (s > pos) out.push(document.createTextNode(text.slice(pos, s)));
    out.push(h('mark', {}, text.slice(s, e)));
    pos = e;
  }
  if (pos < text.length) out.push(document.createTextNode(text.slice(pos)));
  return out;
}

/**
 * The clause's text with pinyin over each word (<ruby>), the query's matches still marked: a word
 * a match touches is marked whole.
 */
export function rubyText(text: string, words: readonly GlossedWord[], marks: readonly Span[] = []): Node[] {
  const out: Node[] = [];
  let pos = 0;
  for (const w of words) {
    if (w.start < pos) continue;
    if (w.start > pos) out.push(...marked(text.slice(pos, w.start), pos, marks));
    const ruby = h('ruby', {}, text.slice(w.start, w.end), h('rt', {}, w.pinyin));
    const hit = marks.some((m) => m.start < w.end && m.end > w.start);
    out.push(hit ? h('mark', {}, ruby) : ruby);
    pos = w.end;
  }
  if (pos < text.length) out.push(...marked(text.slice(pos), pos, marks));
  return out;
}

// At most two senses, without CC-CEDICT's cross-references in Chinese characters (戰國七雄|战国七雄).
function senses(en: readonly string[]): string {
  return en
    .slice(0, 2)
    .map((s) =>
      s
        .replace(/\S*\p{Script=Han}\S*/gu, '')
        .replace(/\s{2,}/g, ' ')
        .trim(),
    )
    .map((s) => (s.length > 70 ? `${s.slice(0, 67)}…` : s))
    .filter(Boolean)
    .join('; ');
}

/** The clause's words that have an English gloss, each once: word, pinyin, English. */
export function wordList(words: readonly GlossedWord[]): HTMLElement {
  const seen = new Set<string>();
  const items = words.filter((w) => w.en.length > 0 && !seen.has(w.text) && seen.add(w.text));
  return h(
    'dl',
    { class: 'word-list', 'aria-label': t('wordList') },
    ...items.flatMap((w) => [
      h('dt', {}, h('span', ZH, w.text), ' ', h('span', { class: 'pinyin' }, w.pinyin)),
      h('dd', {}, senses(w.en)),
    ]),
  );
}

/**
 * A button that opens the reading aid of one clause below it: the text with pinyin, and the word list.
 * @param marks the query's matches in the clause, kept marked
 */
export function readingAidToggle(
  clauseId: string,
  text: string,
  marks: readonly Span[],
  context: string,
): { button: HTMLButtonElement; panel: HTMLElement } {
  const panel = h('div', { class: 'reading-aid', hidden: true, id: `aid-${clauseId}` });
  const button = h(
    'button',
    { type: 'button', class: 'link aid-toggle', 'aria-expanded': 'false', 'aria-controls': panel.id },
    t('readingAid'),
    h('span', { class: 'sr-only' }, `：${context}`),
  );
  button.addEventListener('click', async () => {
    const open = panel.hidden;
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (!open || panel.childElementCount > 0) return;
    panel.append(h('p', { class: 'status' }, t('loading')));
    const words = await clauseWords(clauseId);
    panel.replaceChildren(
      ...(words
        ? [h('p', { class: 'ruby-text', ...ZH }, ...rubyText(text, words, marks)), wordList(words)]
        : [h('p', { class: 'status' }, t('aidUnavailable'))]),
    );
  });
  return { button, panel };
}
