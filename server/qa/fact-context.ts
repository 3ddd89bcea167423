// Where a fact stands: its clause, its sentence, the headings above it; and how much each place counts.
import { normalize } from '../../indexer/analysis/index.ts';
import { sentences } from '../../indexer/figures/index.ts';
import type { Clause, Fact } from '../../indexer/store/index.ts';
import type { IndexStore } from '../search/index-store.ts';
import { itemsAfter, parentOf } from './lead-in.ts';

/** The texts around a fact, normalised, from the closest to the farthest. */
export interface FactContext {
  readonly clause: Clause;
  readonly index: number;
  /** The fact's metric, bar and what it defines, and the words of its phrase as written. */
  readonly own: string;
  readonly sentence: string;
  readonly clauseText: string;
  /**
   * The items a lead-in lists (有下列情形之一的，处…罚款：（一）…（二）…): the conditions the
   * fact holds under, as much its own as its sentence.
   */
  readonly items: string;
  readonly headings: string;
  readonly title: string;
}

/**
 * How much each place counts when a question's term is found there, closest first: a fact's
 * coverage is the weighed share of the question's terms, each by the closest place that writes it
 * (TermsFound in fact-coverage.ts). A term nothing translates counts against.
 */
export const PLACE_WEIGHT = { own: 1, sentence: 0.7, items: 0.7, clauseText: 0.5, headings: 0.4, title: 0.3 } as const;
const PHRASE_END = /[，,；;。：:（）()、]/;

// The fact's phrase as written, from the separator before it to the one after it: the metric is
// trimmed from it, and jieba may have cut it wrongly (持有人文号 as 持有/人文/号).
function phraseAround(text: string, fact: Fact): string {
  let start = fact.start;
  while (start > 0 && !PHRASE_END.test(text[start - 1] as string)) start--;
  const rest = text.slice(fact.end).search(PHRASE_END);
  return text.slice(start, rest < 0 ? text.length : fact.end + rest);
}

// In a 分别 list the phrase before a value holds the last item, not this value's (…医疗器械产业链营业
//收入分别达到500亿元 is 中药's): there the metric alone says what the value measures.
function ownPhrase(text: string, fact: Fact): string {
  const phrase = phraseAround(text, fact);
  return phrase.includes('分别') ? '' : phrase;
}

// Each fact's context, computed on first use (normalising the texts of every fact of the regions
// asked about was most of the time of a number question), kept while the fact is: an index's facts
// go with the index.
const contexts = new WeakMap<Fact, FactContext | null>();

/** The context of `fact`, or undefined when its clause is not in the index. */
export function factContext(store: IndexStore, fact: Fact): FactContext | undefined {
  let context = contexts.get(fact);
  if (context === undefined) {
    context = contextOf(store, fact) ?? null;
    contexts.set(fact, context);
  }
  return context ?? undefined;
}

function contextOf(store: IndexStore, fact: Fact): FactContext | undefined {
  const index = store.indexOf(fact.clauseId);
  const clause = index === undefined ? undefined : store.clauses.get(index);
  if (index === undefined || !clause) return undefined;
  const s = sentences(clause.text).find((x) => x.start <= fact.start && x.end >= fact.end);
  const n = (t: string) => normalize(t).text;
  return {
    clause,
    index,
    own: n([fact.metric, fact.threshold ?? '', fact.defines ?? '', ownPhrase(clause.text, fact)].join(' ')),
    sentence: n(s?.text ?? clause.text),
    clauseText: [store.normalized.get(index) ?? n(clause.text), leadOf(store, index)].join(' '),
    items: itemsOf(store, index),
    headings: n([...clause.section, clause.title ?? '', ...(clause.columns ?? [])].join(' ')),
    title: n(store.documents.get(clause.docId)?.meta.title ?? ''),
  };
}

// The items that follow a lead-in clause (see itemsAfter), normalised.
function itemsOf(store: IndexStore, index: number): string {
  return itemsAfter(store, index)
    .map((k) => store.normalized.get(k) ?? normalize(store.clauses.get(k)?.text ?? '').text)
    .join(' ');
}

// The clause an item belongs to (its lead-in, see parentOf), normalised.
function leadOf(store: IndexStore, index: number): string {
  const at = store.clauses.get(index)?.kind === 'item' ? parentOf(store, index) : undefined;
  return at === undefined ? '' : (store.normalized.get(at) ?? '');
}
