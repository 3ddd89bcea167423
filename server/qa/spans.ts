// Candidate answers in a sentence: places, names, glosses, times, frequencies and what is to be done.
import { deadlines, findTimes, type Figure, type Sentence } from '../../indexer/figures/index.ts';
import { allPlaceNames } from '../../indexer/regions/index.ts';
import { tagWords } from '../../indexer/analysis/index.ts';

/** A candidate answer: a span of a clause's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: 'figure' | 'place' | 'places' | 'name' | 'names' | 'date' | 'year' | 'period' | 'frequency' | 'action';
  readonly figure?: Figure;
}

const MAX_PLACE = 12;

/** A word of a sentence with its part-of-speech tag (jieba's). */
type Tagged = ReturnType<typeof tagWords>[number];
/** Place names in a sentence from which its short county names count as places too. */
const PLACE_CONTEXT = 4;

// Where an item of an enumeration starts: right after 、 or ，, or after a verb when the item is
// followed by 、 (推进进贤医疗器械、樟树医药…), not inside a phrase (创新资源进一步汇聚，).
function itemStarts(s: Sentence, tags: readonly Tagged[]): (at: number) => boolean {
  const afterSeparator = new Set<number>([0]);
  const afterVerb = new Set<number>();
  let pos = 0;
  for (const w of tags) {
    pos += w.word.length;
    if (/^[、，,：:；;]$/.test(w.word)) afterSeparator.add(pos);
    else if (/^v/.test(w.tag)) afterVerb.add(pos);
  }
  const nextSeparator = (at: number) => /[、，,：:；;。]/.exec(s.text.slice(at))?.[0];
  return (at) => afterSeparator.has(at) || (afterVerb.has(at) && nextSeparator(at) === '、');
}

// The words of a sentence the tagger reads as place names (推进/v 南城/ns 中医药…), by offset and
// text: a county name without its suffix that the tagger also takes for a place is one, while one
// it reads as a common word (樟树/n, camphor tree) needs a place's context.
function placesTagged(tags: readonly Tagged[]): Set<string> {
  const out = new Set<string>();
  let pos = 0;
  for (const w of tags) {
    if (w.tag === 'ns') out.add(`${pos}:${w.word}`);
    pos += w.word.length;
  }
  return out;
}

/**
 * Place names in a sentence, longest first, and runs of them separated by 、，和 or 及
 * (梅河口、延边、白山、辽源), which answer a "which places" question as one span. A county name
 * without its suffix (樟树) counts only when the tagger also reads it as a place name, or in a
 * place's context: right after a province or city (江西樟树), before 市/县/区, in brackets, or in
 * a list with another place.
 */
export function placeSpans(s: Sentence): Span[] {
  const { strong, weak } = allPlaceNames();
  const found: Array<Span & { weak: boolean }> = [];
  for (let i = 0; i < s.text.length; i++) {
    for (let len = Math.min(MAX_PLACE, s.text.length - i); len >= 2; len--) {
      const w = s.text.slice(i, i + len);
      const isStrong = strong.has(w);
      if (!isStrong && !weak.has(w)) continue;
      found.push({ start: s.start + i, end: s.start + i + len, text: w, kind: 'place', weak: !isStrong });
      i += len - 1;
      break;
    }
  }
  const at = (p: Span, offset: number) => s.text[p.start - s.start + offset] ?? '';
  const listed = (p: Span, other: Span | undefined) =>
    other !== undefined &&
    /^[、，,和及与]$/.test(
      s.text.slice(Math.min(p.end, other.end) - s.start, Math.max(p.start, other.start) - s.start),
    );
  // A sentence naming several places (推进进贤医疗器械、樟树医药、南昌小蓝医药…) is about places: its
  // county names count even without their suffix.
  const manyPlaces = found.filter((p) => !p.weak).length >= 1 && found.length >= PLACE_CONTEXT;
  // The tagger is asked only of a sentence with a county name to judge (all it is used for here).
  const tags = found.some((p) => p.weak) ? tagWords(s.text) : [];
  const taggedPlace = placesTagged(tags);
  const opensItem = itemStarts(s, tags);
  const places = found.filter(
    (p, k) =>
      !p.weak ||
      taggedPlace.has(`${p.start - s.start}:${p.text}`) ||
      (manyPlaces && opensItem(p.start - s.start)) ||
      (found[k - 1] !== undefined && !found[k - 1]?.weak && found[k - 1]?.end === p.start) ||
      /[市县区镇乡]/.test(at(p, p.end - p.start)) ||
      (/[（(]/.test(at(p, -1)) && /[）)]/.test(at(p, p.end - p.start))) ||
      listed(p, found[k - 1]) ||
      listed(p, found[k + 1]),
  );
  const lists: Span[] = [];
  let run: Span[] = [];
  const flush = () => {
    if (run.length > 1) {
      const first = run[0] as Span,
        last = run[run.length - 1] as Span;
      lists.push({
        start: first.start,
        end: last.end,
        text: s.text.slice(first.start - s.start, last.end - s.start),
        kind: 'places',
      });
    }
    run = [];
  };
  for (const p of places) {
    const prev = run[run.length - 1];
    if (prev && /^[、，,和及与]$/.test(s.text.slice(prev.end - s.start, p.start - s.start))) run.push(p);
    else {
      flush();
      run = [p];
    }
  }
  flush();
  return [...places.map(({ weak: _weak, ...p }) => p), ...lists];
}

const QUOTED = /[“"「『]([^”"」』]{1,24})[”"」』]/g;
// An enumeration: two or more short items separated by 、 (南江金银花、青钱柳).
const LIST = /[\p{Script=Han}A-Za-z0-9]{2,12}(?:、[\p{Script=Han}A-Za-z0-9]{2,12})+/gu;

/**
 * Names that can answer a "what" or "which" question whatever it asks for: quoted names (“浙产好药”)
 * and runs of them (“浙产好药”“浙造器械”), enumerations (南江金银花、青钱柳). Names ending in the noun
 * asked for are found by namesEndingIn (names.ts). `fit` says how name-like each is.
 */
export function nameSpans(s: Sentence): Array<Span & { fit: number }> {
  const quoted: Array<Span & { fit: number }> = [...s.text.matchAll(QUOTED)].map((m) => ({
    start: s.start + m.index,
    end: s.start + m.index + m[0].length,
    text: m[0],
    kind: 'name' as const,
    fit: 1,
  }));
  const runs: Array<Span & { fit: number }> = [];
  for (let i = 0; i < quoted.length; i++) {
    let j = i;
    while (
      j + 1 < quoted.length &&
      /^[、，和及与]?$/.test(s.text.slice((quoted[j] as Span).end - s.start, (quoted[j + 1] as Span).start - s.start))
    )
      j++;
    if (j > i) {
      const a = quoted[i] as Span,
        b = quoted[j] as Span;
      runs.push({
        start: a.start,
        end: b.end,
        text: s.text.slice(a.start - s.start, b.end - s.start),
        kind: 'names',
        fit: 1,
      });
      i = j;
    }
  }
  const lists = [...s.text.matchAll(LIST)]
    .map((m) => trimList(s, m.index, m[0]))
    .filter((l): l is Span & { fit: number } => l !== undefined);
  // A quoted name listed with others answers as the list: “赣十味”“赣食十味” together.
  const alone = quoted.filter((q) => !runs.some((r) => r.start <= q.start && r.end >= q.end));
  return [...alone, ...runs, ...lists];
}

// An enumeration matched by characters runs into the words around it (推动南江金银花、青钱柳纳入…):
// drop the verbs and particles jieba tags before its first item and from its last item's first verb.
const NOT_ITEM = new Set(['v', 'vn', 'd', 'p', 'c', 'u', 'uj', 'ul', 'f', 'r', 'm', 'q']);
function trimList(s: Sentence, at: number, text: string): (Span & { fit: number }) | undefined {
  const items = text.split('、');
  const first = tagWords(items[0] as string);
  let lead = 0;
  while (first.length > 1 && NOT_ITEM.has(first[0]?.tag ?? '')) lead += (first.shift() as { word: string }).word.length;
  const last = tagWords(items[items.length - 1] as string);
  let keep = 0;
  for (const [k, w] of last.entries()) {
    if (k > 0 && NOT_ITEM.has(w.tag)) break;
    keep += w.word.length;
  }
  const end = text.length - ((items[items.length - 1] as string).length - keep);
  if (end - lead < 3) return undefined;
  return { start: s.start + at + lead, end: s.start + at + end, text: text.slice(lead, end), kind: 'names', fit: 0.6 };
}

// A quoted name in a question: Chinese or Latin quotes around a few characters (“一港”, “553”).
// An apostrophe (Hunan's) opens no quote: a Latin single quote stands after no letter.
const QUOTED_ASKED = /[“"「『‘]([^”"」』’]{1,24})[”"」』’]|(?<![A-Za-z])'([^']{1,24})'(?![A-Za-z])/gu;
// After a Chinese question's quoted name, the words that ask what it stands for (“一港”指什么,
// “一城一中心”分别是, “三委两局”包括哪些).
const GLOSS_ASKED_ZH = /^[”"」』’']\s*(?:指|是|即|包括|分别|代表)/;

/** The quoted names a question writes (“一港”指什么, what is the '553'). */
export function quotedNames(question: string): string[] {
  return [...question.matchAll(QUOTED_ASKED)].map((m) => (m[1] ?? m[2] ?? '').trim()).filter((t) => t.length > 0);
}

/**
 * The quoted names a what or which question asks to have spelt out: in Chinese those followed by
 * the words that ask what they stand for (“一港”指什么), in English any (what is the '553', which
 * bodies make up the '三委两局').
 */
export function glossAsked(q: { readonly text: string; readonly shape: string; readonly lang: string }): string[] {
  if (q.shape !== 'what' && q.shape !== 'which') return [];
  const out: string[] = [];
  for (const m of q.text.matchAll(QUOTED_ASKED)) {
    const name = (m[1] ?? m[2] ?? '').trim();
    const after = q.text.slice(m.index + m[0].length - 1);
    if (name && (q.lang !== 'zh' || GLOSS_ASKED_ZH.test(after))) out.push(name);
  }
  return out;
}

// A quoted name in a document, and a gloss in brackets right after it.
const QUOTED_WRITTEN = /[“"「『‘]([^”"」』’]{1,24})[”"」』’]/g;
const GLOSS = /^\s*[（(]([^（）()]*[^\s（）()][^（）()]*)[）)]/;
/** The longest gloss read. */
const MAX_GLOSS = 60;

/**
 * What a sentence says a quoted name stands for: the brackets right after it (“一港”（连云港中华药港）),
 * or after a longer quoted name holding it, whose gloss holds its part (“一城一中心”（敦化国家医药城、…）).
 */
export function glossSpans(s: Sentence, names: readonly string[]): Span[] {
  if (names.length === 0) return [];
  const out: Span[] = [];
  for (const m of s.text.matchAll(QUOTED_WRITTEN)) {
    if (!names.some((n) => (m[1] as string).includes(n))) continue;
    const after = m.index + m[0].length;
    const g = GLOSS.exec(s.text.slice(after));
    const text = g?.[1];
    if (!g || !text || text.length < 2 || text.length > MAX_GLOSS) continue;
    // The gloss ends right before the closing bracket.
    const start = after + g[0].length - 1 - text.length;
    out.push({ start: s.start + start, end: s.start + start + text.length, text, kind: 'name' });
  }
  return out;
}

// The modal verbs of a rule, as words of their own (not 应 of 应急 or 响应, nor 须 of 无须).
const MODALS = new Set(['应当', '应该', '必须', '应', '须', '可以', '不得']);
const CLAUSE_END = /[，,。；;：:！!？?]/;
/** Longest predicate read after a modal verb. */
const MAX_ACTION = 40;

/**
 * What a sentence says is to be done: from each modal verb (应当, 必须, 可以, 不得), a word of its
 * own, to the end of its clause (应当拒绝接收; 应当进行必要的验证和确认), which answers a question for
 * what must be done.
 */
export function actionSpans(s: Sentence): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const w of tagWords(s.text)) {
    const start = at;
    at += w.word.length;
    if (!MODALS.has(w.word)) continue;
    const rest = s.text.slice(start);
    const end = rest.search(CLAUSE_END);
    const text = end < 0 ? rest : rest.slice(0, end);
    if (text.length <= w.word.length + 1 || text.length > MAX_ACTION) continue;
    out.push({ start: s.start + start, end: s.start + start + text.length, text, kind: 'action' });
  }
  return out;
}

// The words with which a sentence divides a thing into its kinds (包括, what a thing includes, was
// tried as well: it added no right candidate over the labelled questions).
const DIVIDES = /分为|分成|划分为/g;
/** Longest division read after its word. */
const MAX_DIVISION = 60;

/**
 * What a sentence divides a thing into: from the dividing word (分为, 分成) to the end of its
 * clause (精神药品分为第一类精神药品和第二类精神药品; 分为高风险、中风险、低风险三类), which answers a
 * question for the kinds of a thing, items joined by 和 or 、 alike.
 */
export function divisionSpans(s: Sentence): Span[] {
  const out: Span[] = [];
  for (const m of s.text.matchAll(DIVIDES)) {
    const start = m.index + m[0].length;
    const rest = s.text.slice(start);
    const end = rest.search(CLAUSE_END);
    const text = end < 0 ? rest : rest.slice(0, end);
    if (text.length < 2 || text.length > MAX_DIVISION) continue;
    out.push({ start: s.start + start, end: s.start + start + text.length, text, kind: 'names' });
  }
  return out;
}

// A day of the year without its year, as deadlines are written (每年3月31日前, 次年三月底前).
const DAY_OF_YEAR =
  /(?:每年|次年|当年|翌年|上一年度?)?(?<![\d个一二三四五六七八九十])(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?![龄份度])(?:[\d一二三四五六七八九十]{1,3}\s*日|底|末|中旬|上旬|下旬)?(?:前|以前|之前|后|以后|起)?/gu;

/**
 * The times a sentence writes, which answer a when or which-period question: dates, years, year
 * ranges and plan periods (findTimes: 2022年1月1日, 到2026年, “十三五”期间), and days of the year
 * that deadlines give (每年3月31日前).
 */
export function timeSpans(s: Sentence): Span[] {
  const out: Span[] = findTimes(s.text).map((t) => {
    const start = t.start + (t.lead?.length ?? 0);
    return {
      start: s.start + start,
      end: s.start + t.end,
      text: s.text.slice(start, t.end),
      kind: t.plan || t.kind === 'span' ? ('period' as const) : ('date' as const),
    };
  });
  const free = (a: number, b: number) => out.every((x) => b <= x.start - s.start || a >= x.end - s.start);
  for (const m of s.text.matchAll(DAY_OF_YEAR)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0], kind: 'date' });
  }
  // A rule's time is often a length of time from or to an event (有效期届满前6个月): a when-question's answer.
  for (const d of deadlines(s.text)) {
    if (!free(d.start, d.end)) continue;
    out.push({ start: s.start + d.start, end: s.start + d.end, text: d.text, kind: 'date' });
  }
  return out;
}

const N = '[\\d一二两三四五六七八九十]';
// How often a thing is done, as rules write it: every so often some number of times (每年至少召开一次,
// 每季度报告一次, 每两年一次), a cycle (5年为一个评估周期), or a span and its times (三年一次).
const FREQUENCY = new RegExp(
  [
    `每隔?${N}*个?(?:年度|年|季度|季|月|周|半年|日|天)[^，。；;：:]{0,10}?${N}+(?:次|轮)`,
    `${N}+个?(?:年|月)为一个[^，。；;]{0,4}?周期`,
    `(?:${N}+个?(?:年|月)|半年)(?:至少)?${N}+次`,
  ].join('|'),
  'gu',
);

/** The frequencies a sentence writes, which answer a how-often question (每年至少检查一次). */
export function frequencySpans(s: Sentence): Span[] {
  return [...s.text.matchAll(FREQUENCY)].map((m) => ({
    start: s.start + m.index,
    end: s.start + m.index + m[0].length,
    text: m[0],
    kind: 'frequency' as const,
  }));
}
