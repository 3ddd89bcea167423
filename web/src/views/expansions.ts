// The synonyms a search also searched (集采 → 集中带量采购…), each of which the user can turn off, which
// quotes its word in the query (a quoted word is searched alone), and on again, which unquotes it.
import type { SearchResponse, Translation } from '../../../server/contract/index.ts';
import { h, srOnly, ZH } from '../dom.ts';
import { lang, t } from '../i18n.ts';
import type { SearchedAlone } from './search-state.ts';

type Expansion = SearchResponse['query']['expansions'][number];

/** What the panel needs: the query as typed, its translations, what was turned off, and the two moves. */
export interface ExpansionContext {
  readonly q: string;
  readonly translations: readonly Translation[];
  /** Words turned off earlier (remembered by the history entry): offered to turn on while still quoted. */
  readonly alone: readonly SearchedAlone[];
  /** Searches `q`, `alone` being the word it searches alone from now on. */
  readonly turnOff: (q: string, alone: SearchedAlone) => void;
  /** Searches `q`, `alone` having its synonyms again. */
  readonly turnOn: (q: string, alone: SearchedAlone) => void;
}

// The query's quotes (those the query parser reads), opening -> closing.
const QUOTES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
]);

/** The stretches of a query outside quotes, with their offsets. */
function unquoted(q: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let from = 0;
  for (let k = 0; k < q.length; k++) {
    const close = QUOTES.get(q[k] as string);
    if (close === undefined) continue;
    out.push({ start: from, text: q.slice(from, k) });
    const end = q.indexOf(close, k + 1);
    k = end < 0 ? q.length : end;
    from = k + 1;
  }
  if (from < q.length) out.push({ start: from, text: q.slice(from) });
  return out;
}

// Where `pattern` first matches outside quotes, as offsets into q.
function findOutsideQuotes(q: string, pattern: RegExp): { start: number; end: number } | undefined {
  for (const part of unquoted(q)) {
    const m = pattern.exec(part.text);
    if (m) return { start: part.start + m.index, end: part.start + m.index + m[0].length };
  }
  return undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How to search `from` alone: the query with the unit holding it quoted (the whole unit, so that
 * 药品集采 stays one phrase), or with the English words translated to it quoted; undefined when the
 * query holds neither as typed (a traditional form, say).
 * @example searchAlone('药品 集采', { from: '集采', to: […] }, []).q -> '药品 "集采"'
 */
export function searchAlone(
  q: string,
  x: Expansion,
  translations: readonly Translation[],
): { q: string; alone: SearchedAlone } | undefined {
  // A unit holding the form: not a filter, not an excluded word.
  const unit = findOutsideQuotes(q, new RegExp(`(?<![^\\s])(?![-])[^\\s:]*${escape(x.from)}[^\\s]*`, 'iu'));
  const english = translations.find((tr) => tr.to.includes(x.from) && tr.source !== 'region');
  const words = english?.from.trim().split(/\s+/).map(escape).join('\\s+');
  const span =
    unit ?? (words ? findOutsideQuotes(q, new RegExp(`(?<![A-Za-z0-9])${words}(?![A-Za-z0-9])`, 'iu')) : undefined);
  if (!span) return undefined;
  const plain = q.slice(span.start, span.end);
  const quoted = `"${plain}"`;
  return {
    q: `${q.slice(0, span.start)}${quoted}${q.slice(span.end)}`,
    alone: { from: x.from, to: x.to, plain, quoted },
  };
}

/** The query with a word turned off turned on again (its quotes taken off); undefined if it is gone. */
export function withSynonyms(q: string, x: SearchedAlone): string | undefined {
  const at = q.indexOf(x.quoted);
  return at < 0 ? undefined : `${q.slice(0, at)}${x.plain}${q.slice(at + x.quoted.length)}`;
}

const list = (words: readonly string[]) => words.join(lang() === 'en' ? ', ' : '、');

function toggle(label: string, word: string, onClick: () => void): HTMLButtonElement {
  const b = h(
    'button',
    { type: 'button', class: 'link synonym-toggle', 'data-synonym': word },
    label,
    srOnly(`：${word}`),
  );
  b.addEventListener('click', onClick);
  return b;
}

/**
 * The synonyms searched, each with a button to search its word alone, and the words searched alone
 * (turned off here) with a button to search their synonyms again; null when there are neither.
 */
export function expansionsPanel(expansions: readonly Expansion[], ctx: ExpansionContext): HTMLElement | null {
  const on = expansions.map((x) => {
    const alone = searchAlone(ctx.q, x, ctx.translations);
    return h(
      'li',
      { class: 'expansion' },
      h('span', ZH, `${x.from} → ${list(x.to)}`),
      alone ? toggle(t('searchAlone'), x.from, () => ctx.turnOff(alone.q, alone.alone)) : null,
    );
  });
  const off = ctx.alone
    .filter((x) => !expansions.some((e) => e.from === x.from))
    .flatMap((x) => {
      const q = withSynonyms(ctx.q, x);
      if (q === undefined) return [];
      const [open, close] = lang() === 'en' ? [' (', ')'] : ['（', '）'];
      return h(
        'li',
        { class: 'expansion off' },
        h('span', ZH, x.from),
        h('span', { class: 'not-searched' }, `${open}${t('notSearched')}`, h('span', ZH, list(x.to)), close),
        toggle(t('searchSynonyms'), x.from, () => ctx.turnOn(q, x)),
      );
    });
  if (on.length === 0 && off.length === 0) return null;
  return h(
    'div',
    { class: 'expansions' },
    on.length > 0 ? h('div', {}, h('span', { class: 'label' }, t('synonymsSearched')), h('ul', {}, ...on)) : null,
    off.length > 0 ? h('div', {}, h('span', { class: 'label' }, t('searchedAlone')), h('ul', {}, ...off)) : null,
  );
}
