// The question words (server/qa/data/question-words.json), read once into sets and patterns.
import { UNITS } from '../../indexer/analysis/index.ts';
import words from './data/question-words.json' with { type: 'json' };

type Shape = 'number' | 'which' | 'what' | 'when' | 'period';

const pattern = (source: string) => new RegExp(source);

// Pairs of a unit and the pattern of a question naming it; a malformed pair is an error in the data.
function unitPatterns(pairs: ReadonlyArray<readonly string[]>): Array<{ unit: string; re: RegExp }> {
  return pairs.map((pair) => {
    const [unit, source] = pair;
    if (unit === undefined || source === undefined)
      throw new Error(`question-words.json: bad unit pair ${JSON.stringify(pair)}`);
    return { unit, re: pattern(source) };
  });
}
const wordsPattern = (list: readonly string[]) =>
  new RegExp(`\\b(?:${list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`);

function kindWords(list: { zh: readonly string[]; en: readonly string[] }): { zh: readonly string[]; en: RegExp } {
  return { zh: list.zh, en: wordsPattern(list.en) };
}

// The measure words of a count (几次, 多少家): the one-character count units of indexer/data/units.json,
// which a pattern of question-words.json names as {countUnit}.
const COUNT_UNITS = UNITS.filter((u) => u.kind === 'count' && u.zh.length === 1).map((u) => u.zh);
const withUnits = (source: string) => source.replaceAll('{countUnit}', `(?:${COUNT_UNITS.join('|')})`);

/** The question words, compiled. Chinese lists match as substrings, English ones as whole words. */
export const QUESTION_WORDS = {
  types: {
    zh: words.types.zh.map(([type, re]) => [type as Shape, pattern(withUnits(re as string))] as const),
    en: words.types.en.map(([type, re]) => [type as Shape, pattern(re as string)] as const),
  },
  allRegions: { zh: words.allRegions.zh, en: wordsPattern(words.allRegions.en) },
  regionQuestion: { zh: pattern(words.regionQuestion.zh), en: pattern(words.regionQuestion.en) },
  respectively: { zh: words.respectively.zh, en: wordsPattern(words.respectively.en) },
  kinds: {
    target: kindWords(words.kinds.target),
    actual: kindWords(words.kinds.actual),
    support: kindWords(words.kinds.support),
    threshold: kindWords(words.kinds.threshold),
    growth: kindWords(words.kinds.growth),
  },
  units: {
    zhCount: COUNT_UNITS,
    zhMoney: words.units.zhMoney,
    zhMoneyAttached: pattern(words.units.zhMoneyAttached),
    zhPercent: words.units.zhPercent,
    zhDuration: pattern(words.units.zhDuration),
    enDuration: pattern(words.units.enDuration),
    enPeople: pattern(words.units.enPeople),
    timeUnits: { zh: unitPatterns(words.units.timeUnits.zh), en: unitPatterns(words.units.timeUnits.en) },
    zhPoints: words.units.zhPoints,
    enPoints: wordsPattern(words.units.enPoints),
    enCount: wordsPattern(words.units.enCount),
    enMoney: wordsPattern(words.units.enMoney),
    enPercent: new RegExp(words.units.enPercent.map((w) => w.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&')).join('|')),
  },
  frames: { zh: new Set(words.frames.zh), en: new Set(words.frames.en) },
  place: { zh: pattern(words.placeWords.zh), en: pattern(words.placeWords.en), zones: words.placeWords.zones },
  asked: { zh: words.askedWord.zh, joiners: words.askedWord.zhJoiners, en: words.askedWord.en },
  givenEn: words.givenWords.en,
  grammar: { bars: new Set(words.grammar.bars), skipped: new Set(words.grammar.skipped) },
  article: { zh: pattern(words.article.zh), en: pattern(words.article.en) },
  obliged: { zh: words.obliged.zh, actors: words.obliged.actors },
  chapter: { zh: pattern(words.chapter.zh), en: pattern(words.chapter.en) },
  docPeriod: { zh: pattern(words.docPeriod.zh), en: pattern(words.docPeriod.en) },
  documentName: {
    kinds: new Set<string>(words.documentName.kinds.split('|')),
    stops: new Set<string>(words.documentName.stops.split('|')),
  },
  events: words.events.list.map((e: { zh: string; en: string; text?: string; before?: string }) => ({
    zh: pattern(e.zh),
    en: pattern(e.en),
    ...(e.text ? { after: pattern(e.text) } : {}),
    ...(e.before ? { before: pattern(e.before) } : {}),
  })),
  ordinals: {
    zh: words.events.ordinal.zh.map(([re, n]: readonly string[]) => ({ re: pattern(re ?? ''), n: n ?? '' })),
    en: words.events.ordinal.en.map(([re, n]: readonly string[]) => ({ re: pattern(re ?? ''), n: n ?? '' })),
  },
  docNumber: { zh: pattern(words.docNumber.zh), en: pattern(words.docNumber.en) },
  definition: { zh: pattern(words.definition.zh), en: pattern(words.definition.en) },
  several: { zh: pattern(words.several.zh), en: pattern(words.several.en) },
  frequency: { zh: pattern(words.frequency.zh), en: pattern(words.frequency.en) },
  deadline: {
    zh: { before: pattern(words.deadline.zh.before), after: pattern(words.deadline.zh.after) },
    en: { before: pattern(words.deadline.en.before), after: pattern(words.deadline.en.after) },
  },
  action: { zh: pattern(words.action.zh), en: pattern(words.action.en) },
  nationalBeside: { zh: pattern(words.nationalBeside.zh), en: pattern(words.nationalBeside.en) },
  phrasing: {
    zh: pattern(words.phrasing.zh),
    en: pattern(words.phrasing.en),
    severalZh: pattern(words.phrasing.severalZh),
    severalEn: pattern(words.phrasing.severalEn),
    askingZh: words.phrasing.askingZh,
    askingEn: pattern(words.phrasing.askingEn),
  },
  versions: {
    zh: { original: pattern(words.versions.zh.original), current: pattern(words.versions.zh.current) },
    en: { original: pattern(words.versions.en.original), current: pattern(words.versions.en.current) },
  },
  actors: {
    zh: words.actors.zh,
    en: pattern(words.actors.en),
    who: pattern(words.actors.who),
    zhGeneric: words.actors.zhGeneric,
    zhWho: words.actors.zhWho,
    parties: words.actors.parties,
    agentMarks: words.actors.agentMarks,
  },
} as const;

/** True when the Chinese `text` holds one of `list`. */
export function holdsAny(text: string, list: readonly string[]): boolean {
  return list.some((w) => text.includes(w));
}
