// A question -> what it asks for: its shape, the regions, the terms, the metric, time, kind and unit.
import { normalize } from '../../indexer/analysis/index.ts';
import { metricHeadOf, metricNamed, type MetricHead } from '../../indexer/figures/index.ts';
import { NATIONAL_REGION } from '../../indexer/regions/index.ts';
import type { Translation } from '../contract/common.ts';
import type { IndexStore } from '../search/index-store.ts';
import type { RegionFilter } from '../search/regions.ts';
import {
  alternativeMetrics,
  askedMetric,
  askedTime,
  askedTimeUnit,
  askedUnit,
  givenFigures,
  wantedKind,
  type AskedTime,
  type WantedKind,
} from './question-measure.ts';
import { askedFocus, type AskedFocus } from './question-focus.ts';
import { askedNounPhrase } from './english-phrase.ts';
import { deadlineAsked, type Deadline } from './fact-deadline.ts';
import { questionShape, type EnglishAsked, type QuestionShape } from './question-shape.ts';
import { questionTerms, type FocusTerm, type QuestionTerms, type RegionMention } from './question-terms.ts';
import { holdsAny, QUESTION_WORDS as W } from './words.ts';

export type { FocusTerm } from './question-terms.ts';
export type { Shape } from './question-shape.ts';

/** A question, analysed: everything the later stages read. */
export interface Question extends QuestionShape, AskedTime {
  readonly text: string;
  readonly norm: string;
  readonly lang: 'zh' | 'en' | 'mixed';
  readonly focus: readonly FocusTerm[];
  readonly regions: readonly RegionFilter[];
  readonly unknownRegions: readonly string[];
  /** Where each region is named (Chinese questions), for the parts of a compare question. */
  readonly mentions: readonly RegionMention[];
  readonly metric?: MetricHead;
  /** Other metric heads the question accepts (营业收入、总产值或总经营规模). */
  readonly alternatives: readonly string[];
  readonly want?: WantedKind;
  /** 个, 家 … for 多少个, 多少家; `money`, `count` or `%` when only the kind is known. */
  readonly unit?: string;
  /** For a length of time, the unit the question names (工作日, 日, 月, 年, 周). */
  readonly timeUnit?: string;
  /** Figures the question gives as conditions, in base units (规模超400亿元 -> 4e10). */
  readonly given: readonly number[];
  /** The same figures as written, normalised: never an answer. */
  readonly givenTexts: readonly string[];
  readonly translations: readonly Translation[];
  /** The table the question names (表1, Table 1): its figures are preferred. */
  readonly table?: number;
  /** The phrase 多少 attaches to (多少家省级智能制造示范工厂), normalised, when the grammar says. */
  readonly askedPhrase?: string;
  /** The metric is the one of the phrase 多少 attaches to, not guessed from nouns elsewhere. */
  readonly metricStated?: boolean;
  /** Asks for a length of time counted back from an event's end (届满前多久) or on from it (届满后). */
  readonly deadline?: Deadline;
}

const WHICH_PHRASE =
  /\b(?:which|what)\s+(?!(?:is|are|was|were|does|do|did|has|have|had)\b)(.+?)(?=\s+(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|shall|must|may|might|need|needs|in|to|by|for|from|under|of the plan)\b|[?,]|$)/;

// The metric of the phrase 多少 attaches to; none when the grammar says what is asked and its phrase
// names no metric (最高奖励多少 asks for money, not a count of the 企业 named earlier; 多少倍 for a multiple).
function grammaticalMetric(grammar: AskedFocus, guessed: MetricHead | undefined): MetricHead | undefined {
  if (grammar.phrase) {
    return metricHeadOf(normalize(grammar.phrase).text) ?? (grammar.unit || grammar.named ? undefined : guessed);
  }
  if (grammar.want === 'support' || grammar.unit) return undefined;
  return guessed;
}

function tableNamed(norm: string): { table?: number } {
  const m = /表\s*(\d{1,2})(?!\d)|\btable\s+(\d{1,2})\b/.exec(norm);
  return m ? { table: Number(m[1] ?? m[2]) } : {};
}

function languageOf(english: boolean, text: string): Question['lang'] {
  if (!english) return 'zh';
  return /\p{Script=Han}/u.test(text) ? 'mixed' : 'en';
}

function isEnglish(norm: string): boolean {
  const latin = norm.match(/[a-z]/g)?.length ?? 0;
  const han = norm.match(/\p{Script=Han}/gu)?.length ?? 0;
  return /[a-z]{3,}/.test(norm) && latin > han;
}

// A subject named before a colon that opens a question: `regional medical centres: what do …`.
const TOPIC_FIRST = /^([a-z][a-z '&-]{2,60}?):\s*(?:what|which|how)\b/;

// The Chinese of what an English question asks for: its words after which/what, translated, and
// Chinese written in brackets (科创走廊); the last word of each is the head noun.
function englishAsked(store: IndexStore, text: string, norm: string): EnglishAsked {
  const heads: string[] = [];
  for (const m of text.matchAll(/[（(]([^）)]*\p{Script=Han}[^）)]*)[）)]/gu)) heads.push((m[1] as string).trim());
  // The tagger's noun phrase after which/what; the pattern's when it finds none.
  const np = askedNounPhrase(norm);
  // A question that names its subject first (regional medical centres: what do A and B plan?) asks
  // for that subject when its question word is followed by no noun.
  const topic = TOPIC_FIRST.exec(norm)?.[1];
  const phrase = np?.phrase ?? WHICH_PHRASE.exec(norm)?.[1] ?? topic;
  const who = !phrase && W.actors.who.test(text);
  const actor = phrase ? W.actors.en.test(lastWord(phrase)) : who;
  if (actor) heads.push(...W.actors.zh, ...(who ? W.actors.parties : []));
  else if (phrase) {
    const concepts = store.translator.translate(phrase).concepts.filter((c) => c.to.length > 0);
    const last = concepts[concepts.length - 1];
    if (last) heads.push(...last.to);
    // A phrase translated whole (management system -> 管理体系) may be written in other words: the
    // senses of its last word alone come after (system -> 制度, 体系); the best clauses choose
    // among them (headsWritten).
    if (last && /\s/.test(last.from.trim())) {
      const own = store.translator.translate(lastWord(last.from)).concepts.at(-1)?.to ?? [];
      heads.push(...own.filter((h) => !heads.includes(h)));
    }
  }
  return { heads, plural: np?.plural ?? false, actor };
}

const NOTHING_ASKED: EnglishAsked = { heads: [], plural: false, actor: false };

// The word asking who acts (which body) is not a term to look for: its senses (人体, 主体) are not
// what the answer's sentence says, and the answer's own noun (部门, 委员会) is already what is asked.
function withoutActorWord(focus: readonly FocusTerm[], translations: readonly Translation[]): FocusTerm[] {
  const actorForms = new Set(
    translations
      .filter((t) => !/\s/.test(t.from.trim()) && W.actors.en.test(t.from.toLowerCase()))
      .flatMap((t) => t.to),
  );
  return focus.filter((f) => f.forms.length === 0 || !f.forms.every((x) => actorForms.has(x)));
}

// "National" beside a province's name (How many national key laboratories does Jiangxi plan, 浙江…全国
// 第一) says what kind of thing is asked, not a second region: the national documents are a region
// only for a question that names no other, or that sets them side by side (全国的条例和山东省的条例
// 分别怎么规定, how do the national regulation and the Hunan plan differ).
function withoutNationalBeside(terms: QuestionTerms, norm: string, english: boolean): QuestionTerms {
  const national = (r: RegionFilter) => r.zh === NATIONAL_REGION.zh;
  if (!terms.regions.some(national) || terms.regions.every(national)) return terms;
  const respectively = english ? W.respectively.en.test(norm) : holdsAny(norm, W.respectively.zh);
  if (respectively || (english ? W.nationalBeside.en : W.nationalBeside.zh).test(norm)) return terms;
  return {
    ...terms,
    regions: terms.regions.filter((r) => !national(r)),
    mentions: terms.mentions.filter((m) => !national(m.region)),
  };
}

// The metric a number question asks for. One about growth asks for a growth rate, of whatever
// metric it names (总产值增速). An English question for money granted names its metric only as the
// bar or the base of the grant (a reward when revenue first passes 1 billion yuan): what it asks for
// is the grant, whatever its head; a Chinese question's grammar says which noun 多少 attaches to.
function metricAsked(named: MetricHead | undefined, want: Question['want'], english: boolean): MetricHead | undefined {
  if (want === 'growth') return metricNamed('增速') ?? named;
  return english && want === 'support' ? undefined : named;
}

const lastWord = (phrase: string): string => phrase.split(/\s+/).at(-1) ?? '';

/**
 * Reads a question in Chinese or English: its shape (see questionShape), the regions it names, the
 * terms it is about weighted by rarity, and for figures the metric, the years or plan period, the
 * kind (goal, reached, money granted, bar, growth), the unit, and the figures it gives as conditions.
 */
export function analyzeQuestion(store: IndexStore, text: string): Question {
  const plain = normalize(text).text;
  const english = isEnglish(plain);
  // what's the fine -> what is the fine: the question's patterns read whole words.
  // The analyzer drops a typographic apostrophe (what’s -> whats): both read as "what is".
  const norm = english ? plain.replace(/\b(what|who|where|which|how|when)['’]?s\b/g, '$1 is') : plain;
  const terms = withoutNationalBeside(questionTerms(store, text, english), norm, english);
  const asked = english ? englishAsked(store, text, norm) : NOTHING_ASKED;
  const shape = questionShape(norm, english, terms.regions.length, asked);
  const time = askedTime(norm, english);
  // What 多少 attaches to decides the metric and kind, when the sentence says (Chinese questions).
  const grammar = !english && shape.shape === 'number' ? askedFocus(text) : {};
  const want = grammar.want ?? wantedKind(norm, english, time);
  const named = grammaticalMetric(grammar, askedMetric(text, norm, english));
  const guessed = metricAsked(named, want, english);
  const unit = grammar.want === 'support' ? 'money' : askedUnit(norm, english, guessed);
  // A length of time measures none of the metrics (amounts, counts, shares): the nouns that named
  // one (药品 of 药品生产许可证有效期 for a count of products) name what the time is of.
  const metric = unit === 'duration' ? undefined : guessed;
  const timeUnit = unit === 'duration' ? askedTimeUnit(norm, english) : undefined;
  const given = givenFigures(text, english);
  const lang = languageOf(english, text);
  const deadline = deadlineAsked(norm, english);
  return {
    text,
    norm,
    lang,
    ...shape,
    ...time,
    focus: asked.actor ? withoutActorWord(terms.focus, terms.translations) : terms.focus,
    regions: terms.regions,
    unknownRegions: terms.unknownRegions,
    mentions: terms.mentions,
    ...(metric ? { metric } : {}),
    alternatives: english ? [] : alternativeMetrics(norm),
    ...(want ? { want } : {}),
    ...(unit ? { unit } : {}),
    ...(timeUnit ? { timeUnit } : {}),
    given: given.scaled,
    givenTexts: given.texts,
    translations: terms.translations,
    ...tableNamed(norm),
    ...(grammar.phrase ? { askedPhrase: normalize(grammar.phrase).text } : {}),
    ...(grammar.phrase && metric && metricHeadOf(normalize(grammar.phrase).text) ? { metricStated: true } : {}),
    ...(deadline ? { deadline } : {}),
  };
}
