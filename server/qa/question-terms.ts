// The terms a question is about, weighted by rarity, and the regions it names.
import { analyze, normalize, tagWords } from '../../indexer/analysis/index.ts';
import { findFigures, findTimes, isUnit, metricHeads } from '../../indexer/figures/index.ts';
import { allCities, findProvince } from '../../indexer/regions/index.ts';
import type { Translation } from '../contract/common.ts';
import type { IndexStore } from '../search/index-store.ts';
import type { RegionFilter } from '../search/regions.ts';
import { QUESTION_WORDS as W } from './words.ts';

// 多少家, 几个, 哪两类 and 多少亿元: a question word and its unit (a count unit, a kind, money).
const ASKING = new RegExp(
  `(?:多少|几|哪[两二三四五六七八九十])(?:${[...W.units.zhCount, '类', '亿元', '万元', '亿', '元'].join('|')})?`,
  'g',
);

/** A term the answer's sentence should contain, with how much it says (rarer says more). */
export interface FocusTerm {
  /** Alternatives (an English concept's Chinese terms), normalised; empty for a word nothing translates. */
  readonly forms: readonly string[];
  readonly weight: number;
  /** Quoted in the question, or written in Chinese inside an English question. */
  readonly strong: boolean;
  /** Guessed by translating English: a form never found where the answer is looked for says nothing. */
  readonly translated?: boolean;
  /** Where it stands in the question (Chinese terms), to tell which region's part of a compare it is in. */
  readonly at?: number;
  /** Translated from words that name a document (the Biosecurity Law): they tell its title, not what is asked. */
  readonly naming?: boolean;
  /**
   * By position in `forms`, for a translated term: how much each sense weighs in retrieval (the
   * translator's weight, less for a sense the corpus uses little or the question's other words do
   * not stand beside); 1 when absent.
   */
  readonly senseWeights?: readonly number[];
}

/** A region named in the question, and where. */
export interface RegionMention {
  readonly region: RegionFilter;
  readonly start: number;
  readonly end: number;
}

/** The terms and places of a question. */
export interface QuestionTerms {
  readonly focus: readonly FocusTerm[];
  readonly regions: readonly RegionFilter[];
  /** Places named that no document of the index is from (广东 when there are no Guangdong documents). */
  readonly unknownRegions: readonly string[];
  readonly translations: readonly Translation[];
  readonly mentions: readonly RegionMention[];
}

const QUOTED = /[“"「『]([^”"」』]{1,30})[”"」』]/g;
const LATIN_RUN = /[A-Za-z][A-Za-z0-9&'’\-. ]*[A-Za-z0-9]|[A-Za-z]/g;
const HAN_RUN = /\p{Script=Han}[\p{Script=Han}0-9A-Za-z]*/gu;

// Rarer terms say more: inverse clause frequency. A term no clause has weighs most of all.
function weightOf(store: IndexStore, forms: readonly string[]): number {
  const n = store.clauses.length;
  const df = forms.length === 0 ? 0 : Math.max(...forms.map((f) => store.documentFrequency(f)));
  return Math.log(1 + n / (1 + df));
}

function placeNotIndexed(store: IndexStore, term: string): string | undefined {
  if (store.regions.resolve(term)) return undefined;
  const province = findProvince(term.replace(/(省|市)$/, ''));
  if (province) return province.zh;
  const bare = term.replace(/市$/, '');
  return bare.length >= 2 && allCities().some((c) => c.zh === bare) ? bare : undefined;
}

class Collector {
  readonly focus: FocusTerm[] = [];
  readonly regions: RegionFilter[] = [];
  readonly unknownRegions: string[] = [];
  readonly translations: Translation[] = [];
  readonly mentions: RegionMention[] = [];
  constructor(private readonly store: IndexStore) {}

  add(
    forms: readonly string[],
    strong: boolean,
    factor = 1,
    translated = false,
    at?: number,
    naming = false,
    senseWeights?: readonly number[],
  ): void {
    // Figures and years are matched as figures and times, not as words; a one-character
    // translation (capital -> 本) matches anywhere and says nothing.
    const written = forms.map((f) => normalize(f).text).filter((f) => f.length > 0);
    const words = written.filter((f) => !/^[\d.%]+$/.test(f));
    // A year or a figure (by 2025) is the question's time or a condition, in English as in Chinese.
    if (written.length > 0 && words.length === 0) return;
    const kept = words.filter((f) => f.length > 1 || !translated);
    if (forms.length > 0 && kept.length === 0 && !translated) return;
    if (kept.length > 0 && this.focus.some((x) => x.forms.some((f) => kept.includes(f)))) return;
    // A word translated only to a character (newly -> 新) is, like a word with no translation, part of
    // the question nothing can be found for: it counts half.
    const unmatched = translated && forms.length > 0 && kept.length === 0 ? 0.5 : 1;
    const weight = weightOf(this.store, kept) * (strong ? 2 : 1) * factor * unmatched;
    const senseOf = new Map(forms.map((f, k) => [normalize(f).text, senseWeights?.[k] ?? 1]));
    const senses = kept.map((f) => senseOf.get(f) ?? 1);
    this.focus.push({
      forms: kept,
      weight,
      strong,
      ...(translated ? { translated } : {}),
      ...(at !== undefined ? { at } : {}),
      ...(naming ? { naming } : {}),
      ...(senses.some((w) => w !== 1) ? { senseWeights: senses } : {}),
    });
  }

  /** The weight a term of these forms has before any factor. */
  weightOf(forms: readonly string[]): number {
    return weightOf(this.store, forms);
  }

  region(r: RegionFilter): void {
    if (!this.regions.includes(r)) this.regions.push(r);
  }
}

function chineseTerms(c: Collector, store: IndexStore, text: string): void {
  const tokens = analyze(text);
  // Whole words first; then the pieces of longer words, which count less (生物医药产业 -> 生物医药).
  for (const sub of [false, true]) {
    for (const t of tokens) {
      if ((t.sub === true) !== sub || W.frames.zh.has(t.term) || isUnit(t.term) || /^\d/.test(t.term)) continue;
      // Question words come as jieba words of their own too (哪些地方, 什么样).
      if (/^(?:哪|什么|多少|几)/.test(t.term)) continue;
      if (t.term.length < 2) continue;
      const region = store.regions.resolve(t.term);
      if (region && /\p{Script=Han}/u.test(t.term)) {
        c.region(region);
        if (!sub) c.mentions.push({ region, start: t.start, end: t.end });
        continue;
      }
      const unknown = placeNotIndexed(store, t.term);
      if (unknown && !c.unknownRegions.includes(unknown)) c.unknownRegions.push(unknown);
      c.add([t.term], false, sub ? 0.4 : 1, false, t.start);
    }
  }
  keepWholeNames(c, tokens);
}

// jieba cuts a name ending in a one-character word apart (生物医药谷 -> 生物医药 + 谷, 中医药科创城);
// the one character alone says nothing, so the name is also kept whole, as heavy as its longest part.
function keepWholeNames(c: Collector, tokens: ReturnType<typeof analyze>): void {
  const whole = tokens.filter((t) => !t.sub);
  whole.forEach((t, k) => {
    const prev = whole[k - 1];
    if (t.term.length !== 1 || !prev || prev.end !== t.start || !/\p{Script=Han}/u.test(t.term)) return;
    // Only a noun ends a name (谷, 城); a verb or preposition (占, 沿) does not.
    if (!/^n/.test(tagWords(t.term)[0]?.tag ?? '')) return;
    if (W.frames.zh.has(prev.term) || W.frames.zh.has(t.term) || isUnit(t.term)) return;
    const part = c.focus.find((f) => f.forms.includes(prev.term));
    if (part)
      c.add(
        [`${prev.term}${t.term}`],
        false,
        part.weight / Math.max(0.01, c.weightOf([`${prev.term}${t.term}`])),
        false,
        prev.start,
      );
  });
}

const isFrame = (w: string): boolean => W.frames.en.has(w.toLowerCase().replace(/['’]s$/, ''));

// English words go through the index's translator (the one search uses); a content word nothing
// translates stays as a term no clause has, so a question about it is not mistaken for another.
function englishTerms(c: Collector, store: IndexStore, text: string): void {
  const outside = text.replace(QUOTED, ' ').replace(/[（(][^）)]*\p{Script=Han}[^）)]*[）)]/gu, ' ');
  // A quoted English phrase ("new drug") is translated whole, and counts as quoted.
  const quoted = [...text.matchAll(QUOTED)].map((m) => m[1] as string).filter((t) => !/\p{Script=Han}/u.test(t));
  const runs = [
    ...quoted.map((t) => ({ run: t, strong: true })),
    ...(outside.match(LATIN_RUN) ?? []).map((run) => ({ run, strong: false })),
  ];
  for (const { run, strong } of runs) {
    // A glossary phrase keeps the question's frame words it is made of (come into force, value of the
    // goods, term of office); the frame words are dropped from the rest.
    const kept = framedPhrases(store, run);
    const rest = kept.reduce((r, k) => r.replace(phrasePattern(k.from), ' '), run);
    const words = rest
      .split(/\s+/)
      .filter((w) => !isFrame(w))
      .join(' ');
    if (!words.trim() && kept.length === 0) continue;
    const naming = namingWords(run);
    const translated = words.trim() ? store.translator.translate(words) : { regions: [], concepts: [], senses: [] };
    for (const r of translated.regions) c.region(r);
    // The senses carry their weights (translate's concepts are the same, as the response reports them).
    const concepts: ReadonlyArray<Translation & { readonly weights?: readonly number[] }> = [
      ...kept,
      ...translated.senses,
    ];
    for (const concept of concepts) {
      c.translations.push({ from: concept.from, to: concept.to, source: concept.source });
      // A place the glossary also knows (Bazhong -> 巴中) is a region of the question, not a term.
      const place = concept.to.length === 1 ? store.regions.resolve(concept.to[0] as string) : undefined;
      if (place) c.region(place);
      if (concept.source === 'region' || place) continue;
      const names = concept.from
        .toLowerCase()
        .split(/\s+/)
        .every((w) => naming.has(w));
      c.add(
        [...concept.to],
        strong || concept.source === 'glossary',
        concept.to.length > 0 ? 1 : 0.5,
        true,
        undefined,
        names,
        concept.weights,
      );
    }
  }
}

// The phrases of an English run (the glossary's, or one CC-CEDICT gloss) that hold one of the
// question's frame words beside a word of their own (come into force, value of the goods).
function framedPhrases(store: IndexStore, run: string): Translation[] {
  if (!run.split(/\s+/).some(isFrame)) return [];
  return store.translator.translate(run).concepts.filter((k) => {
    const words = k.from.split(/\s+/);
    const phrase = k.source === 'glossary' || k.source === 'dictionary';
    return phrase && words.length > 1 && words.some(isFrame) && !words.every(isFrame);
  });
}

// A phrase as the run writes it, whatever the spaces between its words.
function phrasePattern(phrase: string): RegExp {
  const words = phrase.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(words.join('\\s+'), 'i');
}

/** Words before a kind of document read as its name, at most. */
const NAME_WORDS = 5;

/**
 * The words of an English run that name a document: a kind of document written as a name (the
 * Biosecurity Law; lower-case after a capitalised word, an acronym or a year: Zhejiang's TCM
 * regulation, the 2022 device measures) and the words before it back to a stop word, and capitalised
 * ones after it and on/of/for (the Regulation on Narcotic Drugs). "What measures must units take"
 * names none.
 */
export function namingWords(run: string): Set<string> {
  const words = run.split(/[\s'’]+/).filter((w) => w.length > 0);
  const { kinds, stops } = W.documentName;
  const proper = (w: string) => /^[A-Z0-9]/.test(w);
  const out = new Set<string>();
  words.forEach((word, i) => {
    if (!kinds.has(word.toLowerCase())) return;
    const before: string[] = [];
    for (let k = i - 1; k >= 0 && before.length < NAME_WORDS && !stops.has((words[k] as string).toLowerCase()); k--)
      before.push(words[k] as string);
    if (!proper(word) && !before.some(proper)) return;
    for (const w of [word, ...before]) out.add(w.toLowerCase());
    if (!/^(?:on|of|for)$/i.test(words[i + 1] ?? '')) return;
    for (let k = i + 2; k < words.length && /^(?:[A-Z0-9]|and$|of$|the$)/.test(words[k] as string); k++)
      out.add((words[k] as string).toLowerCase());
  });
  return out;
}

let metricWords: ReadonlySet<string> | undefined;

function nounLike(term: string): boolean {
  const last = tagWords(term).pop();
  return last !== undefined && /^(n|nr|ns|nt|nz|nrt|ng|j|vn|an|l|x|eng)/.test(last.tag);
}

/** How much more the thing a question counts or names (the word just before 多少) weighs. */
export const SUBJECT_FACTOR = 1.8;

/**
 * The focus with its subject weighted up: the whole word closest before `before` (…的创新药多少个) or,
 * when none stands within a few characters, the first one after `after` (多少个智能化工厂).
 */
export function withSubject(focus: readonly FocusTerm[], before: number, after: number): FocusTerm[] {
  // Only a noun names what is counted or asked for (位于 before 哪个城市 does not).
  // A metric word (比例, 增速) is matched as the metric, not as the subject.
  metricWords ??= new Set(metricHeads().flatMap((m) => m.words));
  const words = metricWords;
  const placed = focus.filter(
    (t) => t.at !== undefined && t.weight > 0 && nounLike(t.forms[0] ?? '') && !words.has(t.forms[0] ?? ''),
  );
  const ending = (t: FocusTerm) => (t.at as number) + (t.forms[0]?.length ?? 0);
  const prior = placed.filter((t) => ending(t) <= before).sort((a, b) => ending(b) - ending(a))[0];
  const next = placed.filter((t) => (t.at as number) >= after).sort((a, b) => (a.at as number) - (b.at as number))[0];
  const subject = prior && before - ending(prior) <= 3 ? prior : (next ?? prior);
  return focus.map((t) => (t === subject ? { ...t, weight: t.weight * SUBJECT_FACTOR } : t));
}

/**
 * The terms of a question and the places it names: quoted names and Chinese written inside an
 * English question count double; English goes through the translator; each term is weighted by
 * how rare it is in the corpus; places with documents become regions, places without are noted.
 */
export function questionTerms(store: IndexStore, text: string, english: boolean): QuestionTerms {
  const c = new Collector(store);
  for (const m of text.matchAll(QUOTED)) if (/\p{Script=Han}/u.test(m[1] as string)) c.add([m[1] as string], true);
  if (english) {
    englishTerms(c, store, text);
    for (const m of text.match(HAN_RUN) ?? []) c.add([m], true);
  }
  // Times and figures are read as such (askedTime, givenFigures), not as words to look for.
  let chinese = text.replace(/[A-Za-z][A-Za-z0-9&'’\-. ]*/g, (latin) => ' '.repeat(latin.length));
  // 多少家, 几个, 哪两类: the question word and its unit are the question, not words to look for.
  const asking = [...chinese.matchAll(ASKING)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const span of [...findTimes(chinese), ...findFigures(chinese), ...asking].sort((a, b) => b.start - a.start)) {
    chinese = `${chinese.slice(0, span.start)}${' '.repeat(span.end - span.start)}${chinese.slice(span.end)}`;
  }
  chineseTerms(c, store, chinese);
  const asked = /多少|几|哪|什么/.exec(chinese);
  return {
    focus: asked ? withSubject(c.focus, asked.index, asked.index + asked[0].length) : c.focus,
    regions: c.regions,
    unknownRegions: c.unknownRegions,
    translations: c.translations,
    mentions: c.mentions,
  };
}
