// Names that answer "what" and "which" questions: noun phrases ending in the noun asked for, quoted
// names, enumerations (A、B、C等…), and places with their zones (长春经开区).
import { tagWords } from '../../indexer/analysis/index.ts';
import type { Sentence } from '../../indexer/figures/index.ts';
import { QUESTION_WORDS as W } from './words.ts';
import type { Span } from './spans.ts';

// Parts of speech inside a name (nouns, place and person names, adjectives, distinguishing words,
// abbreviations, unknown words, verbal nouns, figures in 500强, directions in 二级以上); a verb, a
// particle or punctuation (which jieba tags as unknown) ends it.
const NAME_TAGS = /^(n|nr|ns|nt|nz|nrt|ng|nrfg|j|a|an|b|x|vn|l|i|eng|m|q|s|f)$/;
const PUNCTUATION = /^[\p{P}\s]+$/u;
/** At most this many verbs right before the noun asked for are read as part of a name. */
const HEAD_VERBS = 2;
const QUOTE_PAIRS = /[“"「『][^”"」』]{1,24}[”"」』]/g;

interface Word {
  readonly word: string;
  readonly tag: string;
  readonly start: number;
  readonly end: number;
}

function words(text: string): Word[] {
  let pos = 0;
  return tagWords(text).map((t) => {
    const start = pos;
    pos += t.word.length;
    return { ...t, start, end: pos };
  });
}

function inside(at: number, spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  return spans.some((s) => at > s.start && at < s.end);
}

/**
 * The names in a sentence that end in one of the nouns asked for (`联盟` -> 长三角生物医药产业链联盟;
 * `模式` -> “政府+保险+企业”产业培育新模式): from each occurrence of the noun, back over the words a
 * name is made of, a quoted part included; the words a name cannot start with (a verb, 的) end it.
 */
export function namesEndingIn(s: Sentence, heads: readonly string[]): Array<Span & { fit: number }> {
  if (heads.length === 0) return [];
  const ws = words(s.text);
  const quotes = [...s.text.matchAll(QUOTE_PAIRS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const out: Array<Span & { fit: number }> = [];
  const seen = new Set<string>();
  heads.forEach((head, rank) => {
    for (let at = s.text.indexOf(head); at >= 0; at = s.text.indexOf(head, at + 1)) {
      const end = at + head.length;
      const k = ws.findIndex((w) => w.end >= end);
      if (k < 0) continue;
      // The name, and the name with each of the verbs right before the noun (审评委员会, 协调机制,
      // 审核查验中心; a verb may as well be what is done to it: 设立审评委员会): scoring chooses.
      // The noun asked may stand inside a longer noun (医学 in 转化医学研究院): the name runs on to
      // that noun's end too, and scoring chooses.
      const ends = [end, compoundEnd(ws, k, end)].filter((e, j, all) => all.indexOf(e) === j);
      for (let verbs = 0, v = k; verbs <= HEAD_VERBS; verbs++, v--) {
        if (verbs > 0 && ws[v]?.tag !== 'v') break;
        for (const start of nameStarts(ws, v, quotes))
          for (const e of ends) {
            const text = s.text.slice(start, e);
            if (text.length <= head.length || seen.has(`${start}:${e}`)) continue;
            seen.add(`${start}:${e}`);
            // A quoted name fits a little better than a phrase that only ends in the noun asked.
            const fit = (rank === 0 ? 0.9 : 0.75) * (e > end ? RUN_ON_FIT : 1);
            out.push({ start: s.start + start, end: s.start + e, text, kind: 'name', fit });
          }
      }
    }
  });
  return out;
}

/**
 * How well a name fits that runs on past the noun asked to the end of the noun holding it: set by
 * hand, as the other fits are; the learned weight of fit scales them all.
 */
const RUN_ON_FIT = 0.85;
/** At most this many characters of nouns after the noun asked are read as the rest of its name. */
const RUN_ON = 4;
// Nouns proper (not verbal nouns: 体系建设 is what is done to the 体系).
const COMPOUND_TAGS = /^(n|nt|nz|ng|nr|ns)$/;

// Where the noun compound holding the noun asked ends: the end of the word it ends in (医学 in
// 医学院), then over the nouns that follow (转化医学|研究院), at most RUN_ON characters past the noun.
function compoundEnd(ws: readonly Word[], k: number, end: number): number {
  let out = Math.max(end, ws[k]?.end ?? end);
  for (let j = k + 1; j < ws.length; j++) {
    const w = ws[j] as Word;
    if (!COMPOUND_TAGS.test(w.tag) || PUNCTUATION.test(w.word) || w.end - end > RUN_ON) break;
    out = w.end;
  }
  return out;
}

/** At most this many words (verbs, joiners) a name may hold between two of its nouns… */
const BRIDGE = 3;
/** …and at most this many times. */
const BRIDGED_PARTS = 2;
// Words a long name may hold between nouns: verbs (技术审评检查长三角分中心, 产业创新中心) and the
// joiners 和, 与, 及 (医药创新和审评柔性服务站).
const BRIDGE_TAGS = /^(v|vn|c|p)$/;
const JOINERS = new Set(['和', '与', '及', '暨']);

/**
 * Where a name ending at word k may start: where its nouns begin, and, further back, past a verb
 * or a joiner standing between nouns (审评 in 医疗器械技术审评检查长三角分中心, 和 in
 * 医药创新和审评柔性服务站): both are candidates, and scoring chooses, as it does among a name's ends.
 */
function nameStarts(ws: readonly Word[], k: number, quotes: ReadonlyArray<{ start: number; end: number }>): number[] {
  const starts = [nameStart(ws, k, quotes)];
  for (let step = 0; step < BRIDGED_PARTS; step++) {
    const j = ws.findIndex((w) => w.start === starts[starts.length - 1]);
    let b = j;
    while (b > 0 && j - b < BRIDGE && bridges(ws[b - 1] as Word)) b--;
    if (b === j || b === 0 || !nameWord(ws[b - 1] as Word)) break;
    starts.push(nameStart(ws, b - 1, quotes));
  }
  return starts;
}

function bridges(w: Word): boolean {
  return BRIDGE_TAGS.test(w.tag) && (w.tag !== 'c' && w.tag !== 'p' ? w.word.length >= 2 : JOINERS.has(w.word));
}

function nameWord(w: Word): boolean {
  return /^(n|nr|ns|nt|nz|nrt|ng|nrfg|j|eng)$/.test(w.tag) && !PUNCTUATION.test(w.word);
}

// Where a name ending at word k starts: back over the words a name is made of, a quoted part included.
function nameStart(ws: readonly Word[], k: number, quotes: ReadonlyArray<{ start: number; end: number }>): number {
  let start = ws[k]?.start ?? 0;
  for (let j = k; j > 0; j--) {
    const prev = ws[j - 1] as Word;
    const quoted = inside(prev.start, quotes) || /^[”"」』]$/.test(prev.word);
    if (!quoted && (!NAME_TAGS.test(prev.tag) || PUNCTUATION.test(prev.word))) break;
    start = prev.start;
  }
  return start;
}

/** A place followed by a zone word (长春 + 经开区) is that zone: the span grows to include it. */
export function withZone(s: Sentence, place: Span): Span {
  const after = s.text.slice(place.end - s.start);
  const zone = W.place.zones.find((z) => after.startsWith(z));
  return zone ? { ...place, end: place.end + zone.length, text: `${place.text}${zone}` } : place;
}

// The words before an enumeration's first item that only lead into it (推进, 以, 积极开展), by their
// part of speech: verbs, adverbs, prepositions, conjunctions.
function leadingFrame(run: string): number {
  const first = run.split('、')[0] ?? '';
  const ws = tagWords(first);
  let lead = 0;
  for (const w of ws.slice(0, -1)) {
    if (!/^(v|vd|d|ad|p|c|r)$/.test(w.tag)) break;
    lead += w.word.length;
  }
  // A preposition further in ends the sentence's frame: 工作机制由交通运输、文化旅游 lists from 交通运输.
  let at = 0;
  for (const w of ws.slice(0, -1)) {
    at += w.word.length;
    if (w.tag === 'p') lead = Math.max(lead, at);
  }
  return lead;
}

/** The longest item of an enumeration whose items share the noun after the last (中药、化学药、医疗器械产业链). */
const SHARED_HEAD_ITEM = 10;

/**
 * Enumerations of the nouns asked for: before 等 + the noun (吴门医派、孟河医派…等中医流派), the
 * items; items of a few characters whose last holds the noun for all (中药、化学药、医疗器械产业链),
 * the items with the noun.
 */
export function listsBefore(s: Sentence, heads: readonly string[]): Array<Span & { fit: number }> {
  const out: Array<Span & { fit: number }> = [];
  for (const head of heads.filter((h) => h.length > 0)) {
    const name = head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // 等 then the noun asked, with a few words between (等传统中医流派).
    for (const m of s.text.matchAll(new RegExp(`等[^、，,；;。]{0,6}?${name}`, 'g'))) {
      const run = runBefore(s.text, m.index);
      if (!run.text.includes('、')) continue;
      const lead = leadingFrame(run.text);
      out.push({
        start: s.start + run.from + lead,
        end: s.start + m.index,
        text: run.text.slice(lead),
        kind: 'names',
        fit: 1,
      });
    }
    for (const m of s.text.matchAll(new RegExp(`(?<!等)${name}`, 'g'))) {
      const run = runBefore(s.text, m.index);
      const lead = leadingFrame(run.text);
      // Items are separated by 、 (the last may join two with 和: 化学药和医疗器械), each a short noun.
      const items = run.text.slice(lead).split('、');
      if (run.text.includes('等') || items.length < 2 || !items.every(sharedHeadItem)) continue;
      const end = m.index + head.length;
      out.push({
        start: s.start + run.from + lead,
        end: s.start + end,
        text: s.text.slice(run.from + lead, end),
        kind: 'names',
        fit: 1,
      });
    }
  }
  return out;
}

// What joins the items of an enumeration.
const ITEM_JOINERS = ['、', '和', '及', '与', '以及'];

/** The longest item (characters) of an enumeration of names read past a joiner. */
const ENUMERATED_ITEM = 30;
const ITEM_BREAK = /[、，,；;。：:！？]/;

/**
 * Enumerations of names that each end in a noun asked for (A全国重点实验室、B全国重点实验室): from a
 * name (of namesEndingIn), past a joiner, to the end of the next name ending in the noun with no
 * break between (the item is all of it, where its own name starts later: 重大慢病创新|药物全国重点实验室),
 * and so on; each run of two or more is one candidate, fitting as its first name does. Every name
 * of `names` ends in a noun asked for.
 */
export function enumeratedNames(
  s: Sentence,
  names: ReadonlyArray<Span & { fit: number }>,
): Array<Span & { fit: number }> {
  const ends = [...new Set(names.map((n) => n.end))].sort((a, b) => a - b);
  const nextEnd = (end: number): number | undefined => {
    const joiner = ITEM_JOINERS.find((j) => s.text.startsWith(j, end - s.start));
    if (!joiner) return undefined;
    const from = end + joiner.length;
    // Of the names ending before the next break, the last: the item's own noun (全国|重点实验室).
    return [...ends].reverse().find((e) => {
      const item = s.text.slice(from - s.start, e - s.start);
      return e > from && item.length <= ENUMERATED_ITEM && !ITEM_BREAK.test(item);
    });
  };
  const out: Array<Span & { fit: number }> = [];
  for (const first of names) {
    let last = first.end;
    for (let e = nextEnd(last); e !== undefined; e = nextEnd(last)) last = e;
    if (last === first.end) continue;
    const text = s.text.slice(first.start - s.start, last - s.start);
    out.push({ start: first.start, end: last, text, kind: 'names', fit: first.fit });
  }
  return out;
}

// An item of an enumeration that shares the noun after its last item: short, and ending in a noun
// (有效地对接 is a verb phrase, not an item).
function sharedHeadItem(item: string): boolean {
  const last = tagWords(item).at(-1);
  return (
    item.length > 0 && item.length <= SHARED_HEAD_ITEM && last !== undefined && /^(n|nr|ns|nt|nz|j|l)/.test(last.tag)
  );
}

// The run of text before `at` back to the last comma, semicolon or colon.
function runBefore(text: string, at: number): { from: number; text: string } {
  const before = text.slice(0, at);
  const from =
    Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf('：')) + 1;
  return { from, text: before.slice(from) };
}

// What a label introduces: 责任部门：市科委, 牵头单位为省药监局. The label holds the noun asked for,
// the value runs to the next bracket or mark (a list of 、 included).
const LABEL_VALUE = /^[^，。；：:、（）()]{0,4}?[：:为是]([^，。；：:（）()]{2,40})/;

/**
 * The values of labels that hold one of the nouns asked for (`部门` -> 市科委 in 责任部门：市科委):
 * plans name who does each task this way, and a "which department" question asks for it.
 */
export function valuesAfter(s: Sentence, heads: readonly string[]): Array<Span & { fit: number }> {
  const out: Array<Span & { fit: number }> = [];
  for (const head of heads) {
    for (let at = s.text.indexOf(head); at >= 0; at = s.text.indexOf(head, at + 1)) {
      const after = s.text.slice(at + head.length);
      const m = LABEL_VALUE.exec(after);
      if (!m?.[1]) continue;
      const value = m[1].trim();
      const start = at + head.length + m[0].length - m[1].length + (m[1].length - m[1].trimStart().length);
      out.push({ start: s.start + start, end: s.start + start + value.length, text: value, kind: 'name', fit: 0.9 });
    }
  }
  return out;
}
