// Which and what questions: places and names in the retrieved clauses, scored by what of the question they say.
import { normalize } from '../../indexer/analysis/index.ts';
import { attachment, findFigures, sentences, type Sentence } from '../../indexer/figures/index.ts';
import type { Clause } from '../../indexer/store/index.ts';
import type { IndexStore } from '../search/index-store.ts';
import type { Ranked } from '../search/rank.ts';
import type { RegionFilter } from '../search/regions.ts';
import { gapAlignment, gapFrame, gapSpans, type GapFrame } from './gap-frame.ts';
import { dot, type FamilyModel } from './model.ts';
import { enumeratedNames, listsBefore, namesEndingIn, valuesAfter, withZone } from './names.ts';
import type { Question } from './question.ts';
import { itemLabelLength, itemsAfter, itemText, LEAD_IN, leadInOf } from './lead-in.ts';
import { occurrences, type Occurrence } from './retrieve.ts';
import {
  actionSpans,
  divisionSpans,
  frequencySpans,
  glossAsked,
  glossSpans,
  nameSpans,
  placeSpans,
  timeSpans,
  type Span,
} from './spans.ts';
import { phraseShape, wordEdges } from './span-shape.ts';
import { adjacency, ownShare, spansAfterRuns } from './term-adjacency.ts';
import { agentPosition, asksActor } from './agent-position.ts';
import { spanVector } from './span-features.ts';
import { specificity } from './span-specific.ts';
import { statementOf, type Statement, type Stretch } from './statement.ts';
import { writtenFocus } from './written-focus.ts';

/** A span of a retrieved clause as a candidate answer. */
export interface SpanCandidate {
  readonly span: Span;
  readonly clause: number;
  readonly score: number;
  /** Share of the question's terms its sentence (fully) and its clause or headings (half) say. */
  readonly coverage: number;
  readonly fit: number;
  /** The evidence the score weighs (see SPAN_FEATURES). */
  readonly features: readonly number[];
  /** For the items a lead-in clause leads into (the span is their list): those clauses. */
  readonly items?: readonly number[];
  /** The sentence the span stands in (offsets in the clause's text); none for a list of items. */
  readonly sentence?: Stretch;
}

function sum(q: Question, terms: ReadonlySet<number>): number {
  let s = 0;
  for (const k of terms) s += q.focus[k]?.weight ?? 0;
  return s;
}

function gap(span: { start: number; end: number }, o: { start: number; end: number }): number {
  return Math.max(0, o.start - span.end, span.start - o.end);
}

// The places of a sentence that could answer: not the question's own places, nor the document's.
function placeCandidates(q: Question, clause: Clause, s: Sentence): Array<{ span: Span; fit: number }> {
  const asked = (t: string) => q.norm.includes(normalize(t).text);
  const own = (t: string) => q.regions.some((r) => t.startsWith(r.zh)) || t === clause.province || t === clause.city;
  return placeSpans(s)
    .filter((p) => !asked(p.text) && !own(p.text))
    .map((p) => (p.kind === 'place' ? withZone(s, p) : p))
    .map((span) => ({ span, fit: placeFit(q, span) }));
}

function placeFit(q: Question, span: Span): number {
  if (span.kind === 'places') return q.plural ? 1 : 0.4;
  return q.plural ? 0.5 : 1;
}

// The names of a sentence: those ending in the noun asked for fit best; quoted names and lists
// fit as far as the asked noun follows them (“浙产好药”“浙造器械”品牌).
function nameCandidates(q: Question, s: Sentence): Array<{ span: Span; fit: number }> {
  const asked = (t: string) => {
    const bare = normalize(t).text.replace(/[“”"「」『』]/g, '');
    // The noun asked for alone (联盟 for "which alliances") names no answer either.
    return q.norm.includes(bare) || q.asked.includes(bare);
  };
  const ending = namesEndingIn(s, q.asked);
  // For several asked: the names ending in the noun that a sentence enumerates, as one list.
  const enumerated = q.plural ? enumeratedNames(s, ending) : [];
  const headed = [...ending, ...enumerated, ...listsBefore(s, q.asked), ...valuesAfter(s, q.asked)];
  const general = nameSpans(s).map((n) => {
    const after = s.text.slice(n.end - s.start, n.end - s.start + 12);
    const followed = q.asked.some((h) => after.split(/[，。；,;]/)[0]?.includes(h));
    const fit = q.asked.length === 0 || followed ? n.fit : n.fit * 0.5;
    return { ...n, fit };
  });
  return [...headed, ...general]
    .filter((n) => !asked(n.text) && n.text.length >= 2)
    .map(({ fit, ...span }) => ({ span, fit: Math.min(1, fit * pluralFit(q, span)) }));
}

// A gap's filler is a list when it enumerates (、): it fits a question for several as names do.
function gapPluralFit(q: Question, span: Span): number {
  return pluralFit(q, { ...span, kind: span.text.includes('、') ? 'names' : 'name' });
}

function pluralFit(q: Question, span: Span): number {
  if (span.kind === 'names') return q.plural ? 1 : 0.85;
  return q.plural ? 0.8 : 1;
}

// What fills the question's gap (以__为特色) is a candidate of either kind; as a place it fits less
// than a place name does.
const GAP_FIT = { name: 0.8, place: 0.5 } as const;
// An article's label (第十一条) at a span's start is where the clause begins, never part of an answer.
const LABEL = /^第[一二三四五六七八九十百零〇\d]+条\s*/;

function withoutLabel(span: Span): Span {
  const label = LABEL.exec(span.text)?.[0];
  if (!label || label.length >= span.text.length) return span;
  return { ...span, start: span.start + label.length, text: span.text.slice(label.length) };
}

// A span that points elsewhere (下列条件, 前款规定的情形, 上述企业) names no answer: what it points to does.
const POINTER = /^(?:下列|以下|如下|下述|前款|前述|上述)/;

/** How well a span that is no time fits a when-question. */
const UNTIMED_FIT = 0.3;

/** What rankSpans reads of the question once for all its sentences. */
interface Reading {
  /** The nouns names are fitted to (headsWritten). */
  readonly heads: readonly string[];
  /** The quoted names the question asks to have spelt out (glossAsked). */
  readonly glossed: readonly string[];
}

function candidatesIn(
  q: Question,
  reading: Reading,
  frame: GapFrame | undefined,
  forms: readonly string[],
  clause: Clause,
  s: Sentence,
): Array<{ span: Span; fit: number }> {
  // A when or which-period question is answered by a time, a how-often question by a frequency; a
  // name or place fits them less.
  const timed = q.shape === 'when' || q.shape === 'period' || q.frequency === true;
  const found = q.frequency ? frequencySpans(s) : timeSpans(s);
  const times = timed ? found.map((span) => ({ span, fit: 1 })) : [];
  // A quoted name the question asks to have spelt out is a name too: the gloss the sentence gives it.
  const glossed = glossSpans(s, reading.glossed).map((span) => ({ span, fit: 1 }));
  const named = [
    ...(q.entity === 'place' ? placeCandidates(q, clause, s) : nameCandidates({ ...q, asked: reading.heads }, s)),
    ...glossed,
  ].map((c) => (timed ? { ...c, fit: c.fit * UNTIMED_FIT } : c));
  // What must be done: what the sentence's rules say is done.
  const done = q.action ? actionSpans(s).map((span) => ({ span, fit: 1 })) : [];
  // The kinds or parts of a thing asked for: what the sentence divides it into.
  const kinds = asksList(q) ? divisionSpans(s).map((span) => ({ span, fit: 1 })) : [];
  const typed = [...times, ...named, ...done, ...kinds]
    .map((c) => ({ ...c, span: withoutLabel(c.span) }))
    .filter((c) => !POINTER.test(c.span.text));
  const seen = new Set(typed.map((c) => `${c.span.start}:${c.span.end}`));
  const asked = (t: string) => q.norm.includes(normalize(t).text) || q.asked.includes(normalize(t).text);
  // A Chinese question says where its gap is; another (English) only which words stand around it.
  let filled: Span[] = [];
  if (frame) filled = gapSpans(frame, s, q.plural);
  else if (q.lang !== 'zh') filled = spansAfterRuns(s, forms, q.plural);
  const gaps = filled
    .map(withoutLabel)
    .filter((g) => !seen.has(`${g.start}:${g.end}`) && !asked(g.text) && !POINTER.test(g.text))
    .map((span) => ({ span, fit: GAP_FIT[q.entity ?? 'name'] * (timed ? UNTIMED_FIT : 1) * gapPluralFit(q, span) }));
  const all = [...typed, ...gaps];
  // The sentence's figures are read only when a numeral stands at or beside a span's edge (most do not).
  const atNumeral = (at: number) => NUMERAL.test(s.text[at - s.start] ?? '');
  const edged = ({ span }: { span: Span }) => [span.start - 1, span.start, span.end - 1, span.end].some(atNumeral);
  if (!all.some(edged)) return all;
  const figures = findFigures(s.text).map((f) => ({ start: s.start + f.start, end: s.start + f.end }));
  return all.map((c) => ({ ...c, span: wholeFigures(c.span, figures, s) }));
}

// A character a figure is written with, at least where one can be cut (50|万元, 一次性8|0).
const NUMERAL = /[\d０-９.．一二三四五六七八九十百千万亿两〇零]/;

/** A figure is read whole: a span that starts or ends inside one (万元奖励 of 50万元奖励) takes all of it. */
export function wholeFigures(span: Span, figures: ReadonlyArray<{ start: number; end: number }>, s: Sentence): Span {
  let { start, end } = span;
  for (const f of figures) {
    if (f.start < start && start < f.end) start = f.start;
    if (f.start < end && end < f.end) end = f.end;
  }
  if (start === span.start && end === span.end) return span;
  return { ...span, start, end, text: s.text.slice(start - s.start, end - s.start) };
}

interface SentenceTerms {
  readonly occ: readonly Occurrence[];
  readonly coverage: number;
}

function sentenceTerms(
  q: Question,
  clauseOcc: readonly Occurrence[],
  context: string,
  s: Sentence,
  total: number,
): SentenceTerms {
  const occ = clauseOcc.filter((o) => o.start >= s.start && o.end <= s.end);
  const inSentence = new Set(occ.map((o) => o.term));
  const inContext = q.focus.map((f, k) => (f.forms.some((x) => context.includes(x)) ? k : -1));
  const elsewhere = new Set(
    [...clauseOcc.map((o) => o.term), ...inContext].filter((k) => k >= 0 && !inSentence.has(k)),
  );
  return { occ, coverage: (sum(q, inSentence) + 0.5 * sum(q, elsewhere)) / total };
}

/** Clauses read for the nouns an English question's asked noun may be. */
const HEADS_READ = 10;

/**
 * An English question's asked noun is a translation, one sense of several (classes -> 种类, and
 * 领先 of first-class): of them, those the best clauses write; none when they write none, as a
 * Chinese question naming no noun. A Chinese question's is as written.
 */
export function headsWritten(store: IndexStore, q: Question, ranked: readonly Ranked[]): readonly string[] {
  if (q.lang === 'zh' || q.asked.length === 0) return q.asked;
  const texts = ranked.slice(0, HEADS_READ).map(({ index }) => store.clauses.get(index)?.text ?? '');
  return q.asked.filter((h) => texts.some((t) => t.includes(h)));
}

/**
 * The spans of the retrieved clauses that could answer a which or what question, best first:
 * scored on how much of the question their sentence says, how close the question's terms stand,
 * how many of them are in the span's own phrase, how well the span fits what is asked, and the
 * clause's rank. The question's terms are those the regions' documents write (writtenFocus).
 */
export function rankSpans(
  store: IndexStore,
  asked: Question,
  ranked: readonly Ranked[],
  family: FamilyModel,
  regions: readonly RegionFilter[],
): SpanCandidate[] {
  const q = { ...asked, focus: writtenFocus(store, asked, regions, true) };
  // What names are fitted to, and what a sentence may gloss: read once for the question.
  const reading: Reading = { heads: headsWritten(store, asked, ranked), glossed: glossAsked(q) };
  const total = q.focus.reduce((s, f) => s + f.weight, 0) || 1;
  const typeTerms = new Set(
    q.focus.flatMap((f, k) => (f.forms.length > 0 && f.forms.every((x) => q.asked.includes(x)) ? [k] : [])),
  );
  const frame = q.lang === 'zh' ? gapFrame(q.norm) : undefined;
  // The question's words as its regions write them, for their runs around a span; the noun asked
  // for is left out (责任部门 before a department's name says nothing of which one).
  const forms = q.focus.flatMap((f, k) => (typeTerms.has(k) ? [] : f.forms.filter((x) => x.length >= 2)));
  const out: SpanCandidate[] = [];
  const leads = new Set<number>();
  const actor = asksActor(q);
  const rarity = new Map<string, number>();
  for (const { index, rank, leadText } of withItems(store, ranked)) {
    const clause = store.clauses.get(index) as Clause;
    const doc = store.documents.get(clause.docId);
    const context = normalize([...clause.section, clause.title ?? '', doc?.meta.title ?? '', leadText].join(' ')).text;
    // A list asked for may be the items a lead-in clause leads into (符合下列条件之一的…：（一）…（二）…).
    const lead = asksList(q) ? leadInAt(store, index) : undefined;
    if (lead !== undefined && !leads.has(lead)) {
      leads.add(lead);
      const items = itemsCandidate(store, q, { lead, rank, total, context, forms, typeTerms, rarity }, family);
      if (items) out.push(items);
    }
    const clauseOcc = occurrences(clause.text, q);
    for (const s of sentences(clause.text)) {
      const { occ, coverage } = sentenceTerms(q, clauseOcc, context, s, total);
      if (coverage <= 0) continue;
      const edges = wordEdges(s.text);
      for (const { span, fit } of candidatesIn(q, reading, frame, forms, clause, s)) {
        const proximity = occ.reduce((acc, o) => acc + o.weight / (1 + gap(span, o) / 6), 0) / total;
        const phrase = itemOf(s, attachment(s, span), span);
        // The noun asked for (品牌) only says what kind of answer a span is, not what it is about.
        const content = occ.filter((o) => o.start >= phrase.start && o.end <= phrase.end && !typeTerms.has(o.term));
        const attached = sum(q, new Set(content.map((o) => o.term))) / total;
        const aligned = gapAlignment(frame, s, span);
        const adjacent = adjacency(s, span, forms);
        // A frequency (每年至少召开一次) or what is to be done (应当拒绝接收) is a phrase of its own
        // kind, not a noun phrase.
        const atEdges = edges.has(span.start - s.start) && edges.has(span.end - s.start);
        const shape = span.kind === 'frequency' || span.kind === 'action' ? 1 : phraseShape(span.text, atEdges);
        const novel = 1 - ownShare(span.text, forms);
        const near = Math.min(1, proximity);
        // Which body acts: the one the sentence names as acting, not the one acting beside it or acted on.
        const agent = actor ? agentPosition(s, span.start) : 0;
        const specific = specificity(store, span.text, rarity);
        const evidence = [
          coverage,
          near,
          attached,
          fit,
          1 / (1 + rank),
          aligned,
          adjacent,
          shape,
          novel,
          agent,
          specific,
        ];
        const features = spanVector(evidence, q.lang);
        const sentence = { start: s.start, end: s.end };
        out.push({ span, clause: index, score: dot(family.weights, features), coverage, fit, features, sentence });
      }
    }
  }
  return out.sort((a, b) => b.score - a.score);
}

/** A clause read for spans: its rank, and for an item, the lead-in it follows (its context). */
interface ReadClause {
  readonly index: number;
  readonly rank: number;
  readonly leadText: string;
}

/**
 * The ranked clauses with each lead-in's items right after it, at its rank (有下列情形之一的：then
 * （三）…): an item says its case in its own words and leaves what it is a case of to the lead-in, so
 * it is found through the lead-in and read with the lead-in's words as its context. Each clause once.
 */
export function withItems(store: IndexStore, ranked: readonly Ranked[]): ReadClause[] {
  const out: ReadClause[] = [];
  const seen = new Set<number>();
  for (const [rank, { index }] of ranked.entries()) {
    if (seen.has(index)) continue;
    seen.add(index);
    const lead = leadInOf(store, index);
    out.push({ index, rank, leadText: lead === undefined ? '' : (store.clauses.get(lead)?.text ?? '') });
    const leadText = store.clauses.get(index)?.text ?? '';
    for (const item of itemsAfter(store, index)) {
      if (seen.has(item)) continue;
      seen.add(item);
      out.push({ index: item, rank, leadText });
    }
  }
  return out;
}

// The lead-in a clause is, or the one it is an item of.
function leadInAt(store: IndexStore, index: number): number | undefined {
  return LEAD_IN.test(store.clauses.get(index)?.text ?? '') ? index : leadInOf(store, index);
}

/** The longest item (characters) a list of items answers with. */
const MAX_ITEM = 120;

// A list of things, not of authorities or places (whose names the items do not give).
export function asksList(q: Question): boolean {
  return q.plural && (q.shape === 'which' || q.shape === 'what') && !asksActor(q) && q.entity !== 'place';
}

// A Chinese question's noun asked for is what the lead-in says it lists (哪些条件 and 下列条件); an
// English one's translation is too unsure to require.
function leadsIntoAsked(q: Question, leadText: string): boolean {
  return q.lang !== 'zh' || q.asked.length === 0 || q.asked.some((a) => leadText.includes(a));
}

interface ItemsContext {
  readonly lead: number;
  readonly rank: number;
  readonly total: number;
  /** The lead-in's headings and document title, normalised. */
  readonly context: string;
  readonly forms: readonly string[];
  readonly typeTerms: ReadonlySet<number>;
  /** The question's memo of how specific texts are (span-specific.ts). */
  readonly rarity: Map<string, number>;
}

/**
 * The items a lead-in clause leads into, as one candidate: their texts (labels dropped) joined by ；.
 * Its features read the lead-in and its items as one sentence whose terms all stand in the answer's
 * phrase: the question's terms there, the lead-in's own content terms as attached, the items' words
 * that are not the question's as novel.
 */
function itemsCandidate(
  store: IndexStore,
  q: Question,
  c: ItemsContext,
  family: FamilyModel,
): SpanCandidate | undefined {
  const items = itemsAfter(store, c.lead);
  const texts = items.map((k) => itemText(store.clauses.get(k)?.text ?? '')).filter((t) => t.length > 0);
  // Items that are paragraphs of their own (a plan's tasks) are no list to answer with.
  if (texts.length < 2 || texts.some((t) => t.length > MAX_ITEM)) return undefined;
  const leadText = store.clauses.get(c.lead)?.text ?? '';
  if (!leadsIntoAsked(q, leadText)) return undefined;
  const text = texts.join('；');
  const inList = new Set(occurrences(`${leadText}\n${texts.join('\n')}`, q).map((o) => o.term));
  const inLead = new Set(occurrences(leadText, q).map((o) => o.term));
  const inContext = q.focus.flatMap((f, k) =>
    !inList.has(k) && f.forms.some((x) => c.context.includes(x)) ? [k] : [],
  );
  const coverage = (sum(q, inList) + 0.5 * sum(q, new Set(inContext))) / c.total;
  const attached = sum(q, new Set([...inLead].filter((k) => !c.typeTerms.has(k)))) / c.total;
  const novel = 1 - ownShare(normalize(text).text, c.forms);
  const specific = specificity(store, text, c.rarity);
  const features = spanVector(
    [coverage, Math.min(1, coverage), attached, 1, 1 / (1 + c.rank), 0, 0, 1, novel, 0, specific],
    q.lang,
  );
  const span: Span = { start: 0, end: leadText.length, text, kind: 'names' };
  return { span, clause: c.lead, score: dot(family.weights, features), coverage, fit: 1, features, items };
}

// In an enumeration A、B、C等产业集群 the words after 等 are shared by every item: a span's own
// words end there.
function itemOf(s: Sentence, phrase: { start: number; end: number }, span: Span): { start: number; end: number } {
  const shared = s.text.slice(span.end - s.start, phrase.end - s.start).indexOf('等');
  return shared < 0 ? phrase : { start: phrase.start, end: span.end + shared };
}

/**
 * Two spans give the same answer when one holds the other (杭州、宁波 and 杭州; 热敏灸 and 热敏灸产业):
 * the margin of the best span is over the next span that is another answer, not a piece of it.
 */
export function sameSpanAnswer(a: string, b: string): boolean {
  const x = normalize(a).text;
  const y = normalize(b).text;
  return x.includes(y) || y.includes(x);
}

/**
 * Whether a question's name is given with what the document says around it (candidateStatement):
 * a what-question's, and a list of things asked for (not of authorities or places).
 */
export function answersWithStatement(q: Question): boolean {
  return q.shape === 'what' || asksList(q);
}

/**
 * What the document says around a candidate (statementOf, its article's label dropped) when the
 * candidate is a name or names, whose statement says what is done with them; a place, a time, a
 * frequency, what is to be done and a lead-in's list of items are answers whole in themselves.
 */
export function candidateStatement(store: IndexStore, c: SpanCandidate): Statement {
  if (!c.sentence || (c.span.kind !== 'name' && c.span.kind !== 'names')) return c.span;
  const clauseText = store.clauses.get(c.clause)?.text ?? '';
  const stated = withoutLabel({ ...statementOf(clauseText, c.sentence, c.span), kind: c.span.kind });
  // An item's label (1．, （二）) opening the sentence is where the statement starts, not what it says.
  const label = itemLabelLength(stated.text);
  if (label === 0 || stated.start + label > c.span.start) return stated;
  return { ...stated, start: stated.start + label, text: stated.text.slice(label) };
}

/** The clauses of the regions given (all when none), for retrieval. */
export function inRegionsOf(regions: readonly RegionFilter[]): (c: Clause) => boolean {
  return (c) =>
    regions.length === 0 || regions.some((r) => (r.kind === 'city' ? c.city === r.zh : c.province === r.zh));
}
