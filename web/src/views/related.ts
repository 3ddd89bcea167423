// The related view (/related/<clause id>): a clause beside the clauses of other documents most like it,
// the words it was compared on, and the choices of how many per document, which region, and more.
import type { DocumentMeta, RelatedResponse } from '../../../server/contract/index.ts';
import { api, isFailure, type ApiFailure } from '../api.ts';
import { EN, h, srOnly, ZH } from '../dom.ts';
import { clausesInEnglish, phrasesInEnglish } from '../english.ts';
import { lang, t } from '../i18n.ts';
import { docIdOf, readerHref } from '../links.ts';
import { problemText } from '../problems.ts';
import { backLink as backTo, pageState, rememberState, updateUrl, type ViewContext } from '../router.ts';
import { regionName } from './filters.ts';
import { problemView } from './problem.ts';
import { clauseName, columnBody, type ColumnContext } from './related-column.ts';

/** Related clauses asked for at first, added per "more", and at most (the API's limit). */
const FIRST = 6;
const STEP = 6;
const MOST = 20;
/** The choices of how many clauses one document may give. */
const PER_DOC = [1, 2, 3] as const;
const PER_DOC_DEFAULT = 2;

/** What the view's URL says besides the clause: `?perDoc=&province=`. */
interface RelatedState {
  readonly perDoc: number;
  readonly province: string;
}

function stateFromUrl(): RelatedState {
  const p = new URLSearchParams(location.search);
  const perDoc = Number(p.get('perDoc'));
  return {
    perDoc: Number.isInteger(perDoc) && perDoc >= 1 && perDoc <= 5 ? perDoc : PER_DOC_DEFAULT,
    province: p.get('province') ?? '',
  };
}

function urlOf(clauseId: string, s: RelatedState): string {
  const p = new URLSearchParams();
  if (s.perDoc !== PER_DOC_DEFAULT) p.set('perDoc', String(s.perDoc));
  if (s.province) p.set('province', s.province);
  return `${location.pathname}${p.size ? `?${p}` : ''}`;
}

function apiParams(s: RelatedState, limit: number): URLSearchParams {
  const p = new URLSearchParams({ limit: String(limit), perDoc: String(s.perDoc) });
  if (s.province) p.set('province', s.province);
  return p;
}

// The regions a related clause can come from: those of the other documents (a city by its name).
function regionChoices(metas: ReadonlyMap<string, DocumentMeta>, sourceDoc: string, chosen: string): string[] {
  const keys = new Set([...metas.values()].filter((m) => m.id !== sourceDoc).map((m) => m.city ?? m.province));
  if (chosen) keys.add(chosen);
  return [...keys];
}

function select(name: string, label: string, options: Array<[value: string, text: string]>, value: string) {
  return h(
    'label',
    {},
    `${label} `,
    h('select', { name }, ...options.map(([v, text]) => h('option', { value: v, selected: v === value }, text))),
  );
}

// The way back: to the reader this view was opened from, else to the reader at the source clause.
function backLink(clauseId: string): HTMLElement {
  const from = pageState().from;
  const href = from?.startsWith('/doc/') ? from : readerHref(clauseId);
  return backTo(href, t('backDocument'));
}

// The words the clause was compared on, heaviest first; those another clause shares are marked, by
// more than their colour: in bold, and in words for screen readers.
function comparedOn(r: RelatedResponse, english: ColumnContext['english']): HTMLElement {
  const shared = new Set(r.related.flatMap((x) => x.shared));
  return h(
    'section',
    { class: 'compared-on', 'aria-labelledby': 'compared-on-heading' },
    h('h2', { id: 'compared-on-heading' }, t('comparedOn')),
    shared.size > 0
      ? h('p', { class: 'legend' }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), t('inCommonLegend'))
      : null,
    h(
      'ul',
      { class: 'term-chips' },
      ...r.terms.map(({ term }) => {
        const en = english?.get(term)?.en;
        return h(
          'li',
          { class: shared.has(term) ? 'term in-common' : 'term', 'data-term': term },
          h('span', ZH, term),
          en ? h('span', { class: 'term-en', ...EN }, en) : null,
          shared.has(term) ? srOnly(t('inCommon')) : null,
        );
      }),
    ),
  );
}

function countText(n: number, ms: number): string {
  return lang() === 'en' ? `${n} related clause${n === 1 ? '' : 's'} · ${ms} ms` : `${n} 条相近条款 · ${ms} ms`;
}

/** Renders `/related/<clause id>`: the source clause first, then its related clauses, each a column. */
export async function relatedView(
  root: HTMLElement,
  clauseId: string,
  metas: ReadonlyMap<string, DocumentMeta>,
  ctx: ViewContext,
): Promise<void> {
  let state = stateFromUrl();
  let limit = Math.min(MOST, Math.max(FIRST, pageState().shown ?? FIRST));
  const en = lang() === 'en';
  root.replaceChildren(
    h('h1', { class: 'view-title' }, t('relatedHeading')),
    h('p', { class: 'status' }, t('loading')),
  );
  // English aids for every clause and word shown: cached, so a "more" or a new filter asks only for the new.
  const fetchAll = async (signal: AbortSignal) => {
    const r = await api.related(clauseId, apiParams(state, limit), signal);
    if (isFailure(r) || !en) return { r };
    const words = [...new Set([...r.terms.map((x) => x.term), ...r.related.flatMap((x) => x.shared)])];
    const [english, clauses] = await Promise.all([
      phrasesInEnglish(words),
      clausesInEnglish([r.source.id, ...r.related.map((x) => x.id)]),
    ]);
    return { r, english, clauses };
  };
  const first = await fetchAll(ctx.signal);
  if (ctx.signal.aborted) return;
  if (isFailure(first.r)) {
    const title = first.r.code === 'NOT_FOUND' ? t('clauseNotFound') : t('relatedHeading');
    return problemView(root, title, first.r, metas);
  }
  const source = first.r.source;
  const sourceMeta = metas.get(source.doc.id);
  document.title = `${t('relatedShort')}${en ? ': ' : '：'}${clauseName(source, sourceMeta)} — ${t('title')}`;

  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const list = h('ol', { class: 'rel-list' });
  const more = h('div', { class: 'more' });
  const terms = h('div', { class: 'terms-slot' });
  const sourceCol = h('section', { class: 'rel-col rel-source', 'aria-labelledby': 'rel-source-heading' });
  const controls = h(
    'form',
    { class: 'related-controls' },
    select(
      'perDoc',
      t('perDoc'),
      [...new Set([...PER_DOC, state.perDoc])].map((n) => [String(n), String(n)]),
      String(state.perDoc),
    ),
    select(
      'province',
      t('region'),
      [
        ['', t('allRegions')],
        ...regionChoices(metas, docIdOf(clauseId), state.province).map((k): [string, string] => [
          k,
          regionName(k, metas),
        ]),
      ],
      state.province,
    ),
  );
  root.replaceChildren(
    h('h1', { class: 'view-title' }, t('relatedHeading')),
    h('div', { class: 'doc-tools related-tools' }, backLink(source.id), controls),
    terms,
    status,
    h(
      'div',
      { class: 'related-layout' },
      sourceCol,
      h(
        'section',
        { class: 'rel-others', 'aria-labelledby': 'rel-others-heading' },
        h('h2', { id: 'rel-others-heading' }, t('relatedShort')),
        list,
        more,
      ),
    ),
  );

  let controller: AbortController | undefined;
  ctx.signal.addEventListener('abort', () => controller?.abort());

  function failed(f: ApiFailure): void {
    status.textContent = problemText(f);
    status.classList.add('error');
  }

  function render(got: Awaited<ReturnType<typeof fetchAll>>): void {
    const r = got.r as RelatedResponse;
    const column = (id: string, docId: string): ColumnContext => ({
      meta: metas.get(docId),
      english: got.english,
      clauseEnglish: got.clauses?.get(id),
    });
    status.classList.remove('error');
    status.textContent = countText(r.related.length, Math.round(r.tookMs));
    terms.replaceChildren(comparedOn(r, got.english));
    sourceCol.replaceChildren(...columnBody(r.source, column(r.source.id, r.source.doc.id), 'h2'));
    sourceCol.querySelector('h2')?.setAttribute('id', 'rel-source-heading');
    list.replaceChildren(
      ...r.related.map((x, k) =>
        h(
          'li',
          { class: 'rel-col', 'data-id': x.id, 'data-index': String(k) },
          ...columnBody(x, column(x.id, x.doc.id), 'h3'),
        ),
      ),
    );
    more.replaceChildren();
    if (r.related.length === 0) list.replaceChildren(h('li', { class: 'empty' }, ...emptyText()));
    else if (r.more && limit < MOST) more.append(moreButton(r.related.length));
  }

  function emptyText(): Array<Node | string> {
    if (!state.province) return [t('noRelated')];
    const everywhere = h('button', { type: 'button', class: 'link hint-action' }, t('everyRegion'));
    everywhere.addEventListener('click', () => change({ ...state, province: '' }));
    return [`${t('noRelatedInRegion')} `, everywhere];
  }

  function moreButton(shown: number): HTMLElement {
    const next = Math.min(MOST, limit + STEP);
    const b = h('button', { type: 'button', class: 'more' }, `${t('more')} (${shown + 1}–${next})`);
    b.addEventListener('click', async () => {
      b.disabled = true;
      limit = next;
      rememberState({ shown: limit });
      if (await run()) list.querySelector<HTMLElement>(`li[data-index="${shown}"] a.open`)?.focus();
    });
    return b;
  }

  // Asks again with the state and limit in force; false when it failed or was overtaken.
  async function run(): Promise<boolean> {
    controller?.abort();
    controller = new AbortController();
    const signal = controller.signal;
    status.textContent = t('loading');
    list.setAttribute('aria-busy', 'true');
    try {
      const got = await fetchAll(signal);
      if (signal.aborted) return false;
      if (isFailure(got.r)) {
        failed(got.r);
        return false;
      }
      render(got);
      return true;
    } catch {
      return false; /* aborted: a newer choice, or the view was left */
    } finally {
      list.removeAttribute('aria-busy');
    }
  }

  // A new choice is a new history entry: back returns to the previous one.
  function change(next: RelatedState): void {
    state = next;
    for (const [name, value] of Object.entries({ perDoc: String(state.perDoc), province: state.province }))
      (controls.elements.namedItem(name) as HTMLSelectElement).value = value;
    updateUrl(urlOf(clauseId, state), true);
    rememberState({ shown: limit });
    void run();
  }

  controls.addEventListener('change', () => {
    const data = new FormData(controls);
    change({ perDoc: Number(data.get('perDoc')), province: String(data.get('province') ?? '') });
  });
  controls.addEventListener('submit', (e) => e.preventDefault());
  render(first);
}
