// When a document was issued and which years it covers: its metadata, marked where its text states it.
import { tagWords } from '../../indexer/analysis/index.ts';
import type { Clause, IndexedDocument } from '../../indexer/store/index.ts';
import type { IndexStore } from '../search/index-store.ts';
import type { Ranked } from '../search/rank.ts';
import { inRegions, type RegionFilter } from '../search/regions.ts';
import { clauseHit } from '../search/search-service.ts';
import { documentsByTitle } from './document-named.ts';
import { dateInEnglish, periodInEnglish } from './english.ts';
import type { Question } from './question.ts';
import type { RegionAnswer } from './region-answer.ts';
import { QUESTION_WORDS as W } from './words.ts';

// The words of a when-question for a document's issue; an English verb in its base form only before
// what it issues (when did Jilin issue its opinions), so that a noun (report a quality issue) is none.
const ISSUED =
  /印发|发布|出台|颁布|签发|下发|\b(?:issued|published|released|adopted|signed)\b|\b(?:issues?|publish(?:es)?|releases?)\s+(?:its|the|their|this|these|that|those|a|an)\b/;

// A date as laws write it, in figures or in Chinese numerals (一九九三年一月一日).
const DATE =
  /[\d一二三四五六七八九〇零]{4}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日/g;
/** Characters after a date within which its event's word (起施行, 修正) must stand. */
const EVENT_WINDOW = 40;

/** The event of a law's life a when-question asks about (take effect, amended…), as an index into the words' list. */
export function askedEvent(q: Question): number | undefined {
  if (q.shape !== 'when') return undefined;
  const k = W.events.findIndex((e) => (q.lang === 'zh' ? e.zh : e.en).test(q.norm));
  return k < 0 ? undefined : k;
}

/**
 * True when a when-question asks for the date of issue or of an event its document's text dates, or a
 * period question for the years its document covers (not for the period of something it tells).
 */
export function asksForIssue(q: Question): boolean {
  if (q.shape === 'period') return (q.lang === 'zh' ? W.docPeriod.zh : W.docPeriod.en).test(q.norm);
  return q.shape === 'when' && (ISSUED.test(q.norm) || askedEvent(q) !== undefined);
}

/** Which of an event's dates a question asks for (第一次修正: 1, the latest: 'last'), when it says. */
export function askedOrdinal(q: Question): number | 'last' | undefined {
  const found = (q.lang === 'zh' ? W.ordinals.zh : W.ordinals.en).find((o) => o.re.test(q.norm));
  if (!found) return undefined;
  return found.n === 'last' ? 'last' : Number(found.n);
}

// The date the document's text writes next to the event's word (本法自2021年4月15日起施行): the
// n-th in the text's order when the question says which (第一次修正), else the latest for an
// amendment and the first for any other event.
function eventDate(
  store: IndexStore,
  doc: IndexedDocument,
  event: number,
  ordinal: number | 'last' | undefined,
  certainty: number,
): RegionAnswer {
  const words = W.events[event];
  const found: Array<{ index: number; start: number; end: number; text: string }> = [];
  for (const { text, index } of clausesOf(store, doc.meta.id)) {
    for (const m of text.matchAll(DATE)) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + EVENT_WINDOW).split('。')[0] ?? '';
      const before = text.slice(Math.max(0, m.index - 6), m.index).replace(/\s+/g, '');
      if ((words?.after?.test(after) ?? false) || (words?.before?.test(before) ?? false))
        found.push({ index, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  const which = ordinal ?? (event === 1 ? 'last' : 1);
  const pick = which === 'last' ? found[found.length - 1] : found[which - 1];
  if (!pick) return { answer: null, confidence: 0, citations: [], note: `《${doc.meta.title}》 dates no such event.` };
  const year = Number(/^\d{4}/.exec(pick.text)?.[0]);
  return {
    answer: { text: pick.text, ...(Number.isFinite(year) ? { year } : {}), english: dateInEnglish(pick.text) },
    confidence: certainty,
    citations: [clauseHit(store, { index: pick.index, score: 1 }, [], [pick])],
  };
}

// The documents a question may be about, likeliest first: the only one of its regions; else those
// whose titles say most of the question's words (G60若干措施 names 《关于支持长三角G60科创走廊策源地
// 建设的若干措施》), the best-matching clause's document first; else the best-matching clause's.
function documentsOf(
  store: IndexStore,
  ranked: readonly Ranked[],
  regions: readonly RegionFilter[],
  q: Question,
): { docs: IndexedDocument[]; sure: boolean } {
  const candidates = [...store.documents.values()].filter((d) => regions.length === 0 || inRegions(d.meta, regions));
  if (regions.length > 0 && candidates.length === 1) return { docs: candidates, sure: true };
  const top = ranked[0] ? store.clauses.get(ranked[0].index)?.docId : undefined;
  const titled = documentsByTitle(candidates, q);
  if (titled.length > 0) {
    const first = titled.filter((d) => d.meta.id === top);
    return { docs: [...first, ...titled.filter((d) => d.meta.id !== top)], sure: titled.length === 1 };
  }
  const doc = top ? store.documents.get(top) : undefined;
  return { docs: doc ? [doc] : [], sure: false };
}

function clausesOf(store: IndexStore, docId: string): Array<{ text: string; index: number }> {
  return store.clausesOf(docId).map((index) => ({ text: (store.clauses.get(index) as Clause).text, index }));
}

/** Where a document first writes what `find` looks for: the words found, and the clause cited with them marked. */
interface Written {
  readonly text: string;
  readonly citation: ReturnType<typeof clauseHit>;
}

// The first clause of a document (in its order) in which `find` finds something, cited with it marked.
function firstWritten(
  store: IndexStore,
  doc: IndexedDocument,
  find: (text: string) => RegExpExecArray | null,
): Written | undefined {
  for (const { text, index } of clausesOf(store, doc.meta.id)) {
    const found = find(text);
    if (!found) continue;
    const span = { start: found.index, end: found.index + found[0].length };
    return { text: found[0], citation: clauseHit(store, { index, score: 1 }, [], [span]) };
  }
  return undefined;
}

// A date or period taken from the metadata when the text does not write it: the first clause cited.
function fromMetadata(
  store: IndexStore,
  doc: IndexedDocument,
  answer: NonNullable<RegionAnswer['answer']>,
  certainty: number,
  note: string,
): RegionAnswer {
  const first = store.clausesOf(doc.meta.id)[0];
  if (first === undefined) return { answer: null, confidence: 0, citations: [] };
  return { answer, confidence: certainty * 0.9, citations: [clauseHit(store, { index: first, score: 1 }, [])], note };
}

function issued(store: IndexStore, doc: IndexedDocument, certainty: number): RegionAnswer {
  const date = doc.meta.issued;
  if (!date) {
    const status = doc.meta.status ? ` (it is a ${doc.meta.status.en})` : '';
    return {
      answer: null,
      confidence: 0,
      citations: [],
      note: `《${doc.meta.title}》 states no date of issue${status}.`,
      decline: { reason: 'no-date', document: doc.meta.title },
    };
  }
  const [y, m, d] = date.split('-').map(Number);
  const pattern = new RegExp(`${y}\\s*年\\s*0?${m}\\s*月\\s*0?${d}\\s*日`);
  const written = firstWritten(store, doc, (text) => pattern.exec(text));
  if (written)
    return {
      answer: { text: written.text, year: y as number, english: date },
      confidence: certainty,
      citations: [written.citation],
    };
  const answer = { text: date, year: y as number, english: date };
  return fromMetadata(store, doc, answer, certainty, "The date is from the document's metadata.");
}

function covered(store: IndexStore, doc: IndexedDocument, certainty: number): RegionAnswer {
  const period = doc.meta.period;
  if (!period?.to)
    return {
      answer: null,
      confidence: 0,
      citations: [],
      note: `《${doc.meta.title}》 states no period.`,
      decline: { reason: 'no-period', document: doc.meta.title },
    };
  const english = periodInEnglish({ ...period, to: period.to });
  const range = period.from ? `${period.from}-${period.to}年` : `${period.to}年`;
  const inText = new RegExp(period.from ? `${period.from}\\s*[-—–至到]\\s*${period.to}\\s*年?` : `${period.to}\\s*年`);
  const label = period.label ? new RegExp(`“?${period.label}”?`) : undefined;
  // The years and the plan's name together answer both "which years" and "which five-year plan".
  const whole = (text: string): string => {
    if (period.label && !text.includes(period.label)) return `${text}（“${period.label}”）`;
    return inText.test(text) ? text : `${text}（${range}）`;
  };
  const written = firstWritten(store, doc, (text) => inText.exec(text) ?? label?.exec(text) ?? null);
  if (written)
    return {
      answer: { text: whole(written.text), year: period.to, english },
      confidence: certainty,
      citations: [written.citation],
    };
  const answer = { text: whole(range), year: period.to, english };
  return fromMetadata(store, doc, answer, certainty, `The period is stated in the title: ${doc.meta.title}`);
}

// A document's number as issued: 沪科〔2025〕5号 (an issuer's short name, the year in brackets, a
// serial), or an order's number, 国务院令第442号.
const DOC_NUMBER =
  /[\p{Script=Han}]{1,10}\s*[〔［[(（]\s*\d{4}\s*[〕］\])）]\s*\d+\s*号|[\p{Script=Han}]{1,12}令\s*第\s*[\d一二三四五六七八九十百零〇]+\s*号/u;

/**
 * True when a question asks for a document's number as issued (文号, document number). A question for
 * a date or a period does not, and nor does one that writes the number itself (when did the measures,
 * Order No. 53, take effect): there the number names the document.
 */
export function asksDocNumber(q: Question): boolean {
  if (q.shape === 'when' || q.shape === 'period') return false;
  if (q.lang !== 'zh') {
    const words = new RegExp(W.docNumber.en.source, 'g');
    return [...q.norm.matchAll(words)].some((m) => !/^\s*\d/.test(q.norm.slice(m.index + m[0].length)));
  }
  const starts = wordStarts(q.norm);
  const words = new RegExp(W.docNumber.zh.source, 'g');
  // The word must begin a word of the question: 批准文号 (a drug's approval number) ends in 文号
  // and asks for no document's number.
  return [...q.norm.matchAll(words)].some((m) => starts.has(m.index));
}

// The offsets at which jieba's words of a text begin.
function wordStarts(text: string): Set<number> {
  const starts = new Set<number>();
  let at = 0;
  for (const { word } of tagWords(text)) {
    starts.add(at);
    at += word.length;
  }
  return starts;
}

/**
 * The number of the document a question is about, as its text writes it first (a notice's number
 * under its title, a law's order in its header); declined when the text writes none.
 */
export function docNumberAnswer(
  store: IndexStore,
  q: Question,
  ranked: readonly Ranked[],
  regions: readonly RegionFilter[],
): RegionAnswer | undefined {
  const { docs, sure } = documentsOf(store, ranked, regions, q);
  const doc = docs[0];
  if (!doc) return undefined;
  const written = firstWritten(store, doc, (text) => DOC_NUMBER.exec(text));
  if (written)
    return {
      answer: { text: written.text, english: written.text },
      confidence: sure ? 0.9 : 0.7,
      citations: [written.citation],
    };
  return { answer: null, confidence: 0, citations: [], note: `《${doc.meta.title}》 writes no document number.` };
}

/**
 * The date of issue or the period of the document a question is about (see documentsOf), from its
 * metadata, marked where its text states it; an event's date from the likeliest document dating
 * it. A document that states no date is declined with a note saying so.
 */
export function metadataAnswer(
  store: IndexStore,
  q: Question,
  ranked: readonly Ranked[],
  regions: readonly RegionFilter[],
): RegionAnswer | undefined {
  const { docs, sure } = documentsOf(store, ranked, regions, q);
  const doc = docs[0];
  if (!doc) return undefined;
  const certainty = sure ? 0.9 : 0.7;
  const event = askedEvent(q);
  if (event !== undefined) {
    // Of the documents the question may mean, the likeliest that dates the event.
    const answers = docs.map((d) => eventDate(store, d, event, askedOrdinal(q), certainty));
    return answers.find((a) => a.answer !== null) ?? (answers[0] as RegionAnswer);
  }
  return q.shape === 'period' ? covered(store, doc, certainty) : issued(store, doc, certainty);
}
