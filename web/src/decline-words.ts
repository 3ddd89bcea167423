// Why a question was declined, worded in the page's language from the API's parts (no DOM: testable in node).
import type { Decline, StatedFigure } from '../../server/contract/index.ts';

type Lang = 'zh' | 'en';

const KIND: Readonly<Record<StatedFigure['kind'], readonly [string, string]>> = {
  target: ['目标', 'a goal'],
  actual: ['已实现', 'a figure reached'],
  support: ['支持资金', 'money granted'],
  threshold: ['门槛', 'a bar'],
  growth: ['增速', 'a growth rate'],
};

const word = (pair: readonly [string, string], lang: Lang) => pair[lang === 'zh' ? 0 : 1];

/** A figure the documents state: 总产值 4000亿元（2025，目标）, or 总产值 4000亿元 (2025, a goal). */
export function statedWords(s: StatedFigure, lang: Lang): string {
  const about = [s.when, word(KIND[s.kind], lang)].filter(Boolean);
  return lang === 'zh'
    ? `${s.metric} ${s.figure}（${about.join('，')}）`
    : `${s.metric} ${s.figure} (${about.join(', ')})`;
}

// What was asked: 2025年营业收入, or operating revenue (营业收入) for 2025.
function askedWords(a: Decline['asked'], lang: Lang): string {
  const year = a?.year !== undefined ? String(a.year) : undefined;
  if (lang === 'zh') {
    const when = a?.period ?? (year ? `${year}年` : '');
    return `${when}${a?.metric ?? '该指标'}`;
  }
  const when = a?.period ?? year;
  let metric = a?.metric ?? 'this figure';
  if (a?.metric && a.metricEn) metric = `${a.metricEn} (${a.metric})`;
  return when ? `${metric} for ${when}` : metric;
}

// The parts a sentence is made of, worded in one language.
interface Parts {
  readonly d: Decline;
  readonly asked: string;
  readonly closest: string;
  readonly want: string | undefined;
  readonly regions: string;
}

// Each reason's sentence: [Chinese, English]; sentences end with their own stop so none run together.
const SENTENCES: Readonly<Record<Decline['reason'], (p: Parts) => readonly [string, string]>> = {
  'unknown-region': (p) => [`文件库中没有${p.regions}的文件。`, `The corpus has no documents from ${p.regions}.`],
  'no-subject': () => [
    '问题没有说明要找什么，请写明主题（如 营业收入、一致性评价）。',
    'The question names nothing to look for; name the subject (营业收入, 一致性评价…).',
  ],
  'no-figure': (p) => [`文件中没有${p.asked}的数字。`, `The documents state no figure for ${p.asked}.`],
  'other-metric': (p) => [
    `文件中没有${p.asked}的数字。最接近的是 ${p.closest}，但那是另一项指标。`,
    `The documents state no figure for ${p.asked}. The closest is ${p.closest}, another metric.`,
  ],
  'other-time': (p) => [
    `文件中没有${p.asked}的数字。最接近的是 ${p.closest}，但时间不同。`,
    `The documents state no figure for ${p.asked}. The closest is ${p.closest}, for another time.`,
  ],
  'other-kind': (p) => [
    `文件中没有${p.asked}的${p.want ?? '数字'}。文件写的是 ${p.closest}。`,
    `The documents state no ${p.want ?? 'figure'} for ${p.asked}. They state ${p.closest}.`,
  ],
  'other-bar': (p) => [
    `文件中没有符合该门槛的数字。最接近的是 ${p.closest}。`,
    `The documents state no figure for that bar. The closest is ${p.closest}.`,
  ],
  'no-agreement': (p) => [
    `没有数字与问题足够吻合。最接近的是 ${p.closest}。`,
    `No figure agrees well enough with the question. The closest is ${p.closest}.`,
  ],
  unsure: (p) =>
    p.d.closest
      ? [
          `把握不足，未给出答案。最可能的是 ${p.closest}。`,
          `Not sure enough to answer. The likeliest figure is ${p.closest}.`,
        ]
      : [
          '把握不足，未给出答案。最可能的答案已在第一条条款中标出。',
          'Not sure enough to answer. The likeliest answer is marked in the first clause.',
        ],
  'no-region-states': () => ['所问的地区都没有明确写到。', 'No region asked about states it clearly enough.'],
  'not-in-these-words': () => ['没有文件用这些词写到它。', 'No document states it in these words.'],
  'no-answer-span': () => ['没有条款写出答案。', 'No clause names an answer.'],
  'no-date': (p) => [`《${p.d.document ?? ''}》未载明发布日期。`, `《${p.d.document ?? ''}》 states no date of issue.`],
  'no-period': (p) => [`《${p.d.document ?? ''}》未载明规划期。`, `《${p.d.document ?? ''}》 states no period.`],
};

/**
 * The sentence saying why a question was declined, in `lang`. The regions there are and the
 * closest clauses are shown beside it by the page, not in it.
 * @example declineText({ reason: 'unknown-region', regions: ['广东'] }, 'zh') === '文件库中没有广东的文件。'
 */
export function declineText(d: Decline, lang: Lang): string {
  const parts: Parts = {
    d,
    asked: askedWords(d.asked, lang),
    closest: d.closest ? statedWords(d.closest, lang) : '',
    want: d.asked?.want ? word(KIND[d.asked.want], lang) : undefined,
    regions: (lang === 'zh' ? (d.regions ?? []) : (d.regionsEn ?? d.regions ?? [])).join(lang === 'zh' ? '、' : ', '),
  };
  return word(SENTENCES[d.reason](parts), lang);
}
