// A question -> what it asks for: its type, the terms it is about, places, years, the expected unit.
import { analyze, normalize } from '../../indexer/analysis/index.ts';
import { findFigures, isUnit } from '../../indexer/figures/index.ts';
import type { IndexStore } from '../search/index-store.ts';
import type { RegionFilter } from '../search/regions.ts';
import type { Translation } from '../search/translate.ts';

/** The kinds of question answered. */
export type QuestionType = 'number' | 'which' | 'what' | 'when' | 'period' | 'list' | 'compare';

/** A term the answer's sentence should contain, with how much it says (rarer says more). */
export interface FocusTerm {
  /** Alternatives (an English concept's Chinese terms), normalised. */
  readonly forms: readonly string[];
  readonly weight: number;
  /** Quoted in the question, or a term the question is about rather than a frame word. */
  readonly strong: boolean;
}

/** A question, analysed. */
export interface Question {
  readonly text: string;
  readonly lang: 'zh' | 'en' | 'mixed';
  readonly type: QuestionType;
  readonly focus: readonly FocusTerm[];
  readonly regions: readonly RegionFilter[];
  readonly years: readonly number[];
  /** The unit asked for: 个 for 多少个, 家, 户, % for 比例, 亿元 for 多少亿元; `count`/`money` when only the kind is known. */
  readonly unit?: string;
  /** What kind of thing a which/what question wants: a place, or a name (brand, programme, corridor). */
  readonly entity?: 'place' | 'name';
  /** Figures written in the question: conditions, never the answer (年产值5亿元及以上的企业…几家). */
  readonly givenFigures: readonly string[];
  readonly translations: readonly Translation[];
}

// Words that frame a question rather than say what it is about.
const FRAME = new Set([
  '多少',
  '几个',
  '几家',
  '几户',
  '几项',
  '几种',
  '多大',
  '哪些',
  '哪个',
  '哪里',
  '哪座',
  '哪一',
  '哪儿',
  '什么',
  '是',
  '为',
  '有',
  '要',
  '会',
  '能',
  '怎样',
  '如何',
  '何时',
  '什么时候',
  '哪年',
  '哪一年',
  '哪几年',
  '目标是',
  '是什么',
  '提出',
  '提到',
  '文件',
  '省份',
  '省',
  '城市',
  '地区',
  '地方',
  '名称',
  '叫',
  '叫做',
  '请问',
  '吗',
  '呢',
  '其',
  '该',
  '分别',
  '多',
  '少',
  '几',
]);
const ENGLISH_FRAME = new Set([
  'how',
  'many',
  'much',
  'what',
  'which',
  'where',
  'when',
  'who',
  'is',
  'are',
  'does',
  'do',
  'did',
  'aim',
  'plan',
  'planned',
  'plans',
  'intend',
  'name',
  'named',
  'called',
  'place',
  'province',
  'provinces',
  'city',
  'cities',
  'document',
  'documents',
  'mention',
  'mentions',
  'year',
  'years',
  'share',
  'percentage',
  'proportion',
  'number',
  'target',
  'targets',
  'goal',
  'goals',
  'cover',
  'covers',
  'period',
  'issued',
  'published',
  'compare',
  'each',
  'every',
  'all',
  'by',
  'its',
  'their',
]);

const ZH_TYPES: ReadonlyArray<[QuestionType, RegExp]> = [
  ['compare', /各省|各地|各市|各个省|比较|对比|相比/],
  [
    'list',
    /(哪些|哪几个|哪几)(省份|省市|省|地区|地方|城市|文件|政策文件)(的文件|的政策|文件)?.*(提到|提及|提出|涉及|写到|包含|部署|规划|支持|布局|开展)/,
  ],
  ['period', /哪几年|哪些年|期限|时限|规划期|起止|覆盖.*年|涵盖.*年|实施期/],
  ['when', /何时|什么时候|哪一年|哪年|哪天|日期|印发时间|发布时间|截止/],
  ['number', /多少|几个|几家|几户|几项|几种|几款|多大|比例|占比|比重|百分之|增速|增长率/],
  ['which', /哪个|哪些|哪里|哪座|哪一|哪儿|哪家|哪所|谁/],
  ['what', /什么|叫|名称|是指/],
];
const EN_TYPES: ReadonlyArray<[QuestionType, RegExp]> = [
  ['compare', /\bcompare\b|\beach province\b|\bacross provinces\b|\bby province\b|\ball provinces\b/],
  [
    'list',
    /\bwhich (provinces|regions|documents|plans|cities)\b.*\b(mention|plan|propose|include|support|cover|discuss)/,
  ],
  ['period', /\bwhich years\b|\bwhat period\b|\bwhat years\b|\bcover\b.*\byears?\b|\btime ?frame\b/],
  ['when', /\bwhen\b|\bwhat date\b|\bwhat year\b|\bby when\b/],
  [
    'number',
    /\bhow (many|much)\b|\bwhat (share|percentage|proportion|number)\b|\btarget\b|\brevenue\b|\boutput\b|\bvalue\b/,
  ],
  ['which', /\bwhich\b|\bwhere\b|\bwho\b/],
  ['what', /\bwhat\b/],
];
const ZH_UNITS: ReadonlyArray<[RegExp, string]> = [
  [/多少亿元|多少亿|多少万元|多少元/, 'money'],
  [/多少个|几个/, '个'],
  [/多少家|几家/, '家'],
  [/多少户|几户/, '户'],
  [/多少项|几项/, '项'],
  [/多少种|几种/, '种'],
  [/多少款|几款/, '款'],
  [/比例|占比|比重|百分之|增速|增长率|率/, '%'],
  [/营业收入|收入|产值|规模|利润|投资|金额|资金|奖励|补助|总额/, 'money'],
];
const EN_UNITS: ReadonlyArray<[RegExp, string]> = [
  [/\bwhat (share|percentage|proportion)\b|\bper ?cent\b|\brate\b/, '%'],
  [/\bhow many\b/, 'count'],
  [/\bhow much\b|\brevenue\b|\boutput\b|\bsales\b|\bprofit\b|\binvestment\b|\bvalue\b|\byuan\b/, 'money'],
];
// A place is asked for by the word after the question word (哪个城市, 哪些地区) or by 位于/where.
const PLACE_NOUNS =
  /哪(?:个|些|座|一个|几个|一)?(?:城市|地区|地方|省份|省|市|县|区|地)|哪里|哪儿|位于|落户|\bwhere\b|\bwhich (?:place|city|cities|region|regions|county|counties|province|provinces|area|areas)\b|\bwhat (?:place|city|region)\b/;
const NAME_NOUNS =
  /品牌|行动|工程|计划|走廊|名称|叫什么|战略|模式|口号|\bbrand|\bprogram|\bcampaign|\binitiative|\bcorridor|\bname/;
const SENTENCE_QUOTES = /[“"「『]([^”"」』]{1,30})[”"」』]/g;

/**
 * Reads a question: its type from its question words (多少 -> number, 哪些省份…提到 -> list,
 * 何时 -> when…), the places it names (filters), its years, the unit it asks for, and the terms
 * it is about, each weighted by how rare it is in the corpus. English questions are translated
 * by the index's translator first.
 */
export function analyzeQuestion(store: IndexStore, text: string): Question {
  const norm = normalize(text).text;
  const english =
    /[a-z]{3,}/.test(norm.replace(/[^a-z ]/g, ' ')) &&
    (norm.match(/[a-z]/g)?.length ?? 0) > (norm.match(/\p{Script=Han}/gu)?.length ?? 0);
  const type = (english ? EN_TYPES : ZH_TYPES).find(([, re]) => re.test(norm))?.[0] ?? 'what';
  const unit = (english ? EN_UNITS : ZH_UNITS).find(([re]) => re.test(norm))?.[1];
  const years = [
    ...new Set(
      findFigures(norm)
        .filter((f) => f.kind === 'year' || f.kind === 'period')
        .map((f) => f.value),
    ),
  ];
  if (/十四五末|十四五期末|“十四五”末/.test(norm.replace(/["“”]/g, ''))) years.push(2025);
  const givenFigures = findFigures(text)
    .filter((f) => f.kind !== 'year' && f.kind !== 'date' && f.kind !== 'period')
    .map((f) => normalize(f.text).text);
  const regions: RegionFilter[] = [];
  const translations: Translation[] = [];
  const focus: FocusTerm[] = [];
  // The thing counted or named: the words right after 多少家/哪些 (…多少家省级智能制造示范工厂),
  // or, when the question ends there, the words before it. They tell one figure from its neighbours.
  const head = headPhrase(norm);
  const addFocus = (forms: string[], strong: boolean, factor = 1) => {
    const kept = forms.map((f) => normalize(f).text).filter((f) => f.length > 0);
    if (kept.length === 0 || focus.some((x) => x.forms.some((f) => kept.includes(f)))) return;
    const inHead = head.length > 0 && kept.some((f) => head.includes(f));
    focus.push({ forms: kept, weight: weightOf(store, kept) * (strong ? 2 : 1) * factor * (inHead ? 1.5 : 1), strong });
  };
  // A figure in the question is a condition the answer's sentence states too (规模超400亿元的企业).
  for (const figure of givenFigures) addFocus([figure], false);
  // Quoted names are what the question is about, whatever their words.
  for (const m of text.matchAll(SENTENCE_QUOTES)) addFocus([m[1] as string], true);
  let lang: Question['lang'] = 'zh';
  if (/[A-Za-z]{3,}/.test(text)) {
    const latinRuns =
      text.replace(/[“"「『][^”"」』]*[”"」』]/g, ' ').match(/[A-Za-z][A-Za-z0-9&'’\-. ]*[A-Za-z0-9]/g) ?? [];
    for (const run of latinRuns) {
      const words = run
        .split(/\s+/)
        .filter((w) => !ENGLISH_FRAME.has(w.toLowerCase().replace(/['’]s$/, '')))
        .join(' ');
      if (!words.trim()) continue;
      const translated = store.translator.translate(words);
      regions.push(...translated.regions);
      for (const c of translated.concepts) {
        translations.push(c);
        if (c.to.length > 0) addFocus([...c.to], c.source === 'glossary');
      }
    }
    lang = /\p{Script=Han}/u.test(text) ? 'mixed' : 'en';
  }
  const tokens = analyze(text.replace(/[A-Za-z][A-Za-z0-9&'’\-. ]*/g, ' '));
  // Whole words first; then the pieces of longer words, which count less (生物医药产业 -> 生物医药).
  for (const sub of [false, true]) {
    for (const t of tokens) {
      if (
        (t.sub === true) !== sub ||
        FRAME.has(t.term) ||
        isUnit(t.term) ||
        /^\d/.test(t.term) ||
        (t.term.length < 2 && sub)
      )
        continue;
      const region = store.regions.resolve(t.term);
      if (region) {
        if (!regions.includes(region)) regions.push(region);
        continue;
      }
      addFocus([t.term], false, sub ? 0.4 : 1);
    }
  }
  const entity =
    type === 'which' || type === 'what'
      ? !NAME_NOUNS.test(norm) && PLACE_NOUNS.test(norm)
        ? 'place'
        : 'name'
      : undefined;
  return {
    text,
    lang,
    type,
    focus,
    regions,
    years,
    ...(unit ? { unit } : {}),
    ...(entity ? { entity } : {}),
    givenFigures,
    translations,
  };
}

const QUESTION_WORD = /多少|几个|几家|几户|几项|几种|哪些|哪个|哪里|哪座|什么/;
function headPhrase(norm: string): string {
  const m = QUESTION_WORD.exec(norm);
  if (!m) return '';
  const after = norm.slice(m.index + m[0].length).split(/[？?。，,！!]/)[0] ?? '';
  if (after.replace(/^[家个户项种元亿万%]+/, '').length >= 2) return after;
  const before =
    norm
      .slice(0, m.index)
      .split(/[，,。：:]/)
      .pop() ?? '';
  return before;
}

// Rarer terms say more: inverse clause frequency, from the index's vocabulary.
function weightOf(store: IndexStore, forms: readonly string[]): number {
  const n = store.clauses.length;
  const df = Math.max(...forms.map((f) => store.documentFrequency(f)));
  return Math.log(1 + n / (1 + df));
}
