// Compare questions: the same question asked of each region, a row per region that states it.
import type { AskResponse } from '../contract/ask.ts';
import type { IndexStore } from '../search/index-store.ts';
import type { RegionFilter } from '../search/regions.ts';
import type { AskOptions } from './defaults.ts';
import { asksForIssue, metadataAnswer } from './metadata-answer.ts';
import { numberAnswer } from './number-answer.ts';
import { phrasingAnswer } from './phrasing-answer.ts';
import type { Question } from './question.ts';
import { withSubject } from './question-terms.ts';
import type { RegionAnswer } from './region-answer.ts';
import { regionLabel } from './region-list.ts';
import { retrieve } from './retrieve.ts';
import { whichAnswer } from './which-answer.ts';

type Row = NonNullable<AskResponse['rows']>[number];
type Unstated = NonNullable<AskResponse['unstated']>[number];

/** The regions a compare question is asked of: those it names, else one per document of the index. */
export function compareRegions(store: IndexStore, named: readonly RegionFilter[]): RegionFilter[] {
  if (named.length > 0) return [...named];
  const out: RegionFilter[] = [];
  for (const d of store.documents.values()) {
    const region = store.regions.resolve(d.meta.city ?? d.meta.province);
    if (region && !out.includes(region)) out.push(region);
  }
  return out;
}

function docOfRegion(store: IndexStore, r: RegionFilter): string | undefined {
  return (
    [...store.documents.values()].find((d) =>
      r.kind === 'city' ? d.meta.city === r.zh : d.meta.province === r.zh && !d.meta.city,
    )?.meta.id ?? [...store.documents.values()].find((d) => d.meta.province === r.province)?.meta.id
  );
}

// One region's answer, by the same stages as a question about it alone, with no threshold (the row
// threshold applies after): a date or period from its document, its own words when asked how it
// puts something, a number from its facts, else what it says around the best span (its statement).
function regionAnswer(store: IndexStore, q: Question, r: RegionFilter, options: AskOptions): RegionAnswer {
  const open = { threshold: 0, model: options.model };
  if (q.phrasing) return phrasingAnswer(store, q, r);
  if (asksForIssue(q)) {
    const ranked = retrieve(store, q, [r]);
    const fromMeta = metadataAnswer(store, q, ranked, [r]);
    if (fromMeta) return fromMeta;
  }
  return q.shape === 'number' ? numberAnswer(store, q, [r], open) : whichAnswer(store, q, [r], open, true);
}

function rowOf(store: IndexStore, r: RegionFilter, a: RegionAnswer): Row | undefined {
  const hit = a.citations[0];
  if (!a.answer || !hit) return undefined;
  const f = a.fact;
  return {
    ...regionLabel(store, hit.doc.id),
    text: a.answer.text,
    ...(a.answer.phrase ? { phrase: a.answer.phrase } : {}),
    ...(a.answer.value !== undefined ? { value: a.answer.value } : {}),
    ...(a.answer.unit ? { unit: a.answer.unit } : {}),
    ...(f ? { scaled: f.scaled } : {}),
    ...(a.answer.year !== undefined ? { year: a.answer.year } : {}),
    ...(a.answer.metric ? { metric: a.answer.metric } : {}),
    ...(a.answer.english ? { english: a.answer.english } : {}),
    confidence: a.confidence,
    clauseId: hit.id,
  };
}

/**
 * Asks the question of each region in turn (a number from its facts, a place or a name from its
 * clauses) and gives one row per region that states an answer with enough confidence, with its
 * citation; the regions that state nothing are listed, with what they state instead where a
 * figure comes close.
 */
export function compare(
  store: IndexStore,
  q: Question,
  regions: readonly RegionFilter[],
  options: AskOptions,
): RegionAnswer & { rows: Row[]; unstated: Unstated[] } {
  const rows: Row[] = [];
  const unstated: Unstated[] = [];
  const citations: AskResponse['citations'][number][] = [];
  for (const r of regions) {
    const asked = questionFor(q, r);
    const a = regionAnswer(store, asked, r, options);
    const row = a.confidence >= options.rowThreshold ? rowOf(store, r, a) : undefined;
    if (row && a.citations[0]) {
      rows.push(row);
      citations.push(a.citations[0]);
      continue;
    }
    const docId = docOfRegion(store, r);
    const label = docId ? regionLabel(store, docId) : { province: r.province, region: r.zh, regionEn: r.en };
    const at = a.instead ? store.indexOf(a.instead.clauseId) : undefined;
    const clauseLabel = at === undefined ? undefined : store.clauses.get(at)?.label;
    const instead = a.instead
      ? {
          instead: a.instead.text,
          stated: a.instead.stated,
          clauseId: a.instead.clauseId,
          ...(clauseLabel ? { clauseLabel } : {}),
        }
      : {};
    unstated.push({ ...label, ...instead });
  }
  if (rows.length === 0) {
    return {
      answer: null,
      confidence: 0,
      citations: [],
      rows,
      unstated,
      note: 'No region asked about states it clearly enough.',
      decline: { reason: 'no-region-states' },
    };
  }
  const text = rows.map((r) => `${r.region} ${r.text}${r.year ? `（${r.year}年）` : ''}`).join('；');
  const english = rows.map((r) => `${r.regionEn}: ${r.english ?? r.text}`).join('; ');
  const confidence = Math.round((rows.reduce((s, r) => s + (r.confidence ?? 0), 0) / rows.length) * 100) / 100;
  return { answer: { text, english }, confidence, citations, rows, unstated };
}

// Where a compare question's part about one region ends: the next region named, else the first
// comma or 分别 after the last one (江苏获批的创新药和浙江获批的1类新药品规分别有多少个).
const PART_END = /[，,；;]|分别|各自/;

/**
 * The question as asked of one region of a compare question: the terms written in another region's
 * part (after that region's name, before the next) are left out, so 江苏's part is not asked of 浙江.
 */
export function questionFor(q: Question, region: RegionFilter): Question {
  const mentions = [...q.mentions].sort((a, b) => a.start - b.start);
  if (mentions.length < 2) return q;
  const parts = mentions.map((m, k) => {
    const next = mentions[k + 1];
    if (next) return { region: m.region, start: m.end, end: next.start };
    const rest = q.text.slice(m.end).search(PART_END);
    return { region: m.region, start: m.end, end: rest < 0 ? q.text.length : m.end + rest };
  });
  // A part of a few characters (江西和吉林) is only a joiner: regions named side by side share what
  // follows them, so a question splits only when at least two regions have words of their own.
  const own = parts.filter((p) => p.end - p.start > 2);
  if (own.length < 2) return q;
  const others = own.filter((p) => p.region !== region);
  const inOther = (at: number) => others.some((p) => at >= p.start && at < p.end);
  const focus = q.focus.filter((t) => t.at === undefined || !inOther(t.at));
  // The region's own part ends in what is asked of it (江苏获批上市的创新药): that word weighs more.
  const part = own.find((p) => p.region === region);
  return { ...q, focus: part ? withSubject(focus, part.end, part.end) : focus };
}
