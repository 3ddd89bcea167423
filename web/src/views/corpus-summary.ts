// The home page's account of the corpus: documents, clauses, regions, kinds and dates, from /api/documents.
import type { DocumentSummary } from '../../../server/contract/index.ts';
import { v, type VNode } from '../vnode.ts';
import { wordsOf, type Lang } from '../words.ts';

/** A name in both languages with how many documents have it. */
export interface Counted {
  readonly zh: string;
  readonly en: string;
  readonly count: number;
}

/** What the corpus holds, counted from its document list. */
export interface CorpusFacts {
  readonly documents: number;
  readonly clauses: number;
  /** Issuing regions (province, or city for a city's document), most documents first. */
  readonly regions: readonly Counted[];
  /** Kinds of document (plan, action plan…) or of instrument (law…); documents stating neither under `unknown`. */
  readonly kinds: readonly Counted[];
  /** The earliest and latest date of issue stated, and how many documents state none. */
  readonly firstDate?: string;
  readonly lastDate?: string;
  readonly undated: number;
  /** The years the documents' plan periods span (2021–2026), where they state one. */
  readonly firstYear?: number;
  readonly lastYear?: number;
}

function counted(names: ReadonlyArray<{ zh: string; en: string } | undefined>): Counted[] {
  const by = new Map<string, Counted>();
  for (const n of names) {
    if (!n) continue;
    const seen = by.get(n.zh);
    by.set(n.zh, { zh: n.zh, en: n.en, count: (seen?.count ?? 0) + 1 });
  }
  return [...by.values()].sort((a, b) => b.count - a.count || a.zh.localeCompare(b.zh, 'zh'));
}

/** The date a document was issued, as far as its metadata says. */
function dateOf(d: DocumentSummary): string | undefined {
  const m = d.meta;
  return m.issued ?? m.dates?.promulgated ?? m.dates?.published ?? m.version?.date;
}

/** Counts what the corpus holds from its document list. */
export function corpusFacts(docs: readonly DocumentSummary[]): CorpusFacts {
  const dates = docs
    .map(dateOf)
    .filter((d): d is string => !!d)
    .sort();
  const first = dates[0];
  const last = dates.at(-1);
  const years = docs.flatMap((d) => [d.meta.period?.from, d.meta.period?.to]).filter((y): y is number => !!y);
  return {
    documents: docs.length,
    clauses: docs.reduce((n, d) => n + d.clauseCount, 0),
    regions: counted(docs.map((d) => d.meta.region)),
    kinds: counted(docs.map((d) => d.meta.kind ?? d.meta.category ?? { zh: '', en: '' })),
    ...(first ? { firstDate: first } : {}),
    ...(last ? { lastDate: last } : {}),
    undated: docs.length - dates.length,
    ...(years.length ? { firstYear: Math.min(...years), lastYear: Math.max(...years) } : {}),
  };
}

function list(items: readonly Counted[], lang: Lang, unknown: string): string {
  const name = (c: Counted) => {
    if (!c.zh) return unknown;
    return lang === 'zh' ? c.zh : c.en;
  };
  return items.map((c) => `${name(c)} ${c.count}`).join(lang === 'zh' ? '、' : ', ');
}

/** The account of the corpus in `lang`: a short list of what it holds (empty corpus: nothing). */
export function renderCorpusSummary(f: CorpusFacts, lang: Lang): VNode | null {
  if (f.documents === 0) return null;
  const t = wordsOf(lang);
  const number = (n: number) => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  const span = (a: string, b: string) => (a === b ? a : `${a} – ${b}`);
  let dates = t('dateNotStated');
  if (f.firstDate && f.lastDate) {
    const undated = lang === 'zh' ? `（另 ${f.undated} 份未载明）` : ` (${f.undated} undated)`;
    dates = `${span(f.firstDate.slice(0, 10), f.lastDate.slice(0, 10))}${f.undated ? undated : ''}`;
  }
  const row = (label: string, value: string, key: string) =>
    v('div', { class: 'corpus-fact', 'data-fact': key }, v('dt', {}, label), v('dd', {}, value));
  return v(
    'section',
    { class: 'corpus-summary', 'aria-labelledby': 'corpus-heading' },
    v('h2', { id: 'corpus-heading' }, t('corpusHeading')),
    v(
      'dl',
      {},
      row(t('corpusDocuments'), number(f.documents), 'documents'),
      row(t('corpusClauses'), number(f.clauses), 'clauses'),
      row(t('corpusRegions'), list(f.regions, lang, ''), 'regions'),
      row(t('corpusKinds'), list(f.kinds, lang, t('kindNotStated')), 'kinds'),
      row(t('corpusDates'), dates, 'dates'),
      f.firstYear && f.lastYear ? row(t('corpusYears'), span(String(f.firstYear), String(f.lastYear)), 'years') : null,
    ),
  );
}
