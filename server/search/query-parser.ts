// Query text -> ParsedQuery: phrases, quoted phrases, exclusions, OR groups, field filters.
import { analyze, normalize, phraseGrams, synonyms, type SynonymGroup } from '../../indexer/analysis/index.ts';
import { LIMITS } from '../contract/limits.ts';
import { listItems } from '../contract/params.ts';
import { DomainError } from '../errors.ts';
import type { Translation, Translator } from './translate.ts';

/** One thing the user asked for: a word or phrase as typed, and what the analyzer made of it. */
export interface QueryUnit {
  /** As typed (quotes removed). */
  readonly text: string;
  /** Normalised, for the exact-match check. */
  readonly normalized: string;
  readonly quoted: boolean;
  /** Analysed terms for ranking; `sub` marks pieces of a longer term. */
  readonly terms: ReadonlyArray<{ term: string; sub: boolean }>;
  /** The grams every clause containing the unit has. */
  readonly grams: readonly string[];
  /** For a unit added from the synonym data: the form of the query it stands for (集采 for 集中带量采购). */
  readonly synonymOf?: string;
  /** Translated by the general dictionary (CC-CEDICT), not from the field's glossary: policy -> 政策. */
  readonly general?: boolean;
}

/** A form of the query that was also searched as its synonyms. */
export interface Expansion {
  readonly from: string;
  readonly to: readonly string[];
}

/** A query: all groups must match; a group matches when any of its units does. */
export interface ParsedQuery {
  /** The query as typed. */
  readonly q: string;
  readonly groups: ReadonlyArray<readonly QueryUnit[]>;
  readonly excluded: readonly QueryUnit[];
  readonly filters: { readonly province: readonly string[]; readonly doc: readonly string[] };
  /** How English words were understood (empty for a Chinese query). */
  readonly translations: readonly Translation[];
  /** The query's language as detected: Chinese, English, or both. */
  readonly lang: 'zh' | 'en' | 'mixed';
  /** Forms also searched as their synonyms (indexer/data/synonyms.tsv); a quoted form is not. */
  readonly expansions: readonly Expansion[];
}

/**
 * Checks that `q` is a query the engine takes: not blank, at most LIMITS.queryChars characters.
 * @throws DomainError EMPTY_QUERY or QUERY_TOO_LONG (with the length and the limit in its details).
 */
export function checkQueryText(q: string): string {
  if (q.trim().length === 0) throw new DomainError('EMPTY_QUERY', 'the query q is blank');
  const length = [...q].length;
  if (length > LIMITS.queryChars) {
    throw new DomainError(
      'QUERY_TOO_LONG',
      `the query is ${length} characters; at most ${LIMITS.queryChars} are accepted`,
      {
        length,
        max: LIMITS.queryChars,
      },
    );
  }
  return q;
}

/** How to read a query: `lang` `zh` searches Latin words as they are; `auto` and `en` translate English. */
export interface ParseOptions {
  readonly lang?: 'auto' | 'zh' | 'en';
  readonly translator?: Translator;
}

const FIELDS = new Set(['province', 'doc']);
const OPEN_QUOTES = '"“「『';
const CLOSE_QUOTES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
]);

interface Lexeme {
  readonly text: string;
  readonly quoted: boolean;
  readonly negated: boolean;
  readonly field?: string;
}

/**
 * Parses a query. Syntax: words and phrases separated by spaces must all match; `"quoted phrase"`
 * matches exactly; `-word` excludes; `A OR B` matches either; `province:浙江` and `doc:ID` filter.
 * Runs of English words are translated (see Translator): each concept becomes a group matching
 * any of its Chinese terms, and place names become filters, as a Chinese place name typed alone does
 * (浙江 创新药: Zhejiang's clauses on innovative drugs). Lenient by design: an unbalanced quote
 * runs to the end, a stray `-` or `OR` is ignored, so every string parses. Units with nothing
 * searchable in them (only punctuation) are dropped.
 * @example parseQuery('一致性评价 -浙江 province:江苏').filters.province -> ['江苏']
 */
export function parseQuery(q: string, options: ParseOptions = {}): ParsedQuery {
  const groups: QueryUnit[][] = [];
  const excluded: QueryUnit[] = [];
  const province: string[] = [];
  const doc: string[] = [];
  const translations: Translation[] = [];
  const expansions: Expansion[] = [];
  const places: Array<{ zh: string; text: string }> = [];
  const translator = options.lang === 'zh' ? undefined : options.translator;
  let joinNext = false;
  let english = false;
  let chinese = false;
  const add = (units: QueryUnit[], negated: boolean) => {
    if (units.length === 0) return;
    if (negated) {
      excluded.push(...units);
      return;
    }
    const expanded = withSynonyms(units);
    for (const e of expanded.expansions) if (!expansions.some((x) => x.from === e.from)) expansions.push(e);
    const last = groups[groups.length - 1];
    if (joinNext && last) groups[groups.length - 1] = distinctUnits([...last, ...expanded.units]);
    else groups.push(expanded.units);
    joinNext = false;
  };
  const lexemes = lexQuery(q);
  for (let k = 0; k < lexemes.length; k++) {
    const lex = lexemes[k] as Lexeme;
    if (!lex.quoted && !lex.negated && !lex.field && lex.text === 'OR') {
      joinNext = groups.length > 0;
      continue;
    }
    if (lex.field) {
      (lex.field === 'province' ? province : doc).push(...listItems(lex.text));
      continue;
    }
    if (translator && isEnglish(lex.text)) {
      const { text, last } = englishRun(lexemes, k);
      k = last;
      const run = translator.translate(text);
      translations.push(...run.concepts);
      province.push(...run.regions.map((r) => r.zh));
      english = true;
      for (const units of conceptUnits(run.concepts, lex.quoted)) add(units, lex.negated);
      continue;
    }
    if (/\p{Script=Han}/u.test(lex.text)) chinese = true;
    const place = placeNamed(lex, options.translator);
    if (place) {
      places.push({ zh: place.zh, text: lex.text });
      continue;
    }
    for (const piece of lex.quoted ? [lex.text] : sentencePieces(lex.text)) {
      const unit = makeUnit(piece, lex.quoted);
      if (unit) add([unit], lex.negated);
    }
  }
  // A query of place names only searches for the names.
  if (groups.length === 0) for (const p of places) add(unitsOf(p.text), false);
  else province.push(...places.map((p) => p.zh));
  return {
    q,
    groups,
    excluded,
    filters: { province, doc },
    translations,
    lang: languageOf(english, chinese),
    expansions,
  };
}

// One unit per text in an OR group; a form typed wins over the same form added as a synonym.
function distinctUnits(units: readonly QueryUnit[]): QueryUnit[] {
  const typed = new Set(units.filter((u) => u.synonymOf === undefined).map((u) => u.normalized));
  const seen = new Set<string>();
  return units.filter((u) => {
    if (seen.has(u.normalized) || (u.synonymOf !== undefined && typed.has(u.normalized))) return false;
    seen.add(u.normalized);
    return true;
  });
}

/**
 * A group's units with their synonyms added as units of their own, each marked with the form it
 * stands for: for `药品集采`, also `药品集中带量采购`, `药品带量采购`… One expansion per synonym group
 * (a translated concept may already hold two of its forms); quoted units have none.
 */
function withSynonyms(units: readonly QueryUnit[]): { units: QueryUnit[]; expansions: Expansion[] } {
  const data = synonyms();
  const seen = new Set(units.map((u) => u.normalized));
  const done = new Set<SynonymGroup>();
  const added: QueryUnit[] = [];
  const expansions: Expansion[] = [];
  for (const unit of units) {
    if (unit.quoted) continue;
    const form = data.groupOf(unit.normalized)
      ? unit.normalized
      : unit.terms.find((t) => !t.sub && data.groupOf(t.term))?.term;
    const group = form === undefined ? undefined : data.groupOf(form);
    if (form === undefined || !group || done.has(group)) continue;
    done.add(group);
    const key = normalize(form).text;
    const at = unit.normalized.indexOf(key);
    if (at < 0) continue;
    const to: string[] = [];
    for (const alt of data.alternatives(form)) {
      const variant = makeUnit(
        unit.normalized.slice(0, at) + normalize(alt).text + unit.normalized.slice(at + key.length),
        false,
      );
      if (!variant || seen.has(variant.normalized)) continue;
      seen.add(variant.normalized);
      added.push({ ...variant, synonymOf: form });
      to.push(alt);
    }
    const spelled = group.forms.find((f) => normalize(f).text === key) ?? form;
    if (to.length > 0) expansions.push({ from: spelled, to });
  }
  return { units: [...units, ...added], expansions };
}

// Plain English words next to each other are one run: `smart manufacturing` is one concept. The run
// starting at lexeme `k`, and the index of its last lexeme.
function englishRun(lexemes: readonly Lexeme[], k: number): { text: string; last: number } {
  const lex = lexemes[k] as Lexeme;
  let text = lex.text;
  let last = k;
  while (!lex.quoted && !lex.negated && last + 1 < lexemes.length && isPlainEnglish(lexemes[last + 1] as Lexeme))
    text += ` ${(lexemes[++last] as Lexeme).text}`;
  return { text, last };
}

// A place name typed alone (浙江, 江苏省, 巴中市) filters, as an English one does: the documents from
// there rarely write their own name in their clauses. Quoted or excluded, it is text.
// A pasted sentence has no spaces, only punctuation between its phrases: each phrase is a unit of
// its own (all required), so that a clause saying it in other words still matches on the rest and
// the clause holding the whole run ranks on every one. A quoted sentence stays one phrase.
const SENTENCE_PUNCTUATION = /[，。；：、！？,;!?]+/u;

function sentencePieces(text: string): string[] {
  const pieces = text.split(SENTENCE_PUNCTUATION).filter((p) => p.length > 0);
  return pieces.length > 1 ? pieces : [text];
}

function placeNamed(lex: Lexeme, translator: Translator | undefined): { zh: string } | undefined {
  return lex.quoted || lex.negated ? undefined : translator?.regionNamed(lex.text);
}

function unitsOf(text: string): QueryUnit[] {
  const unit = makeUnit(text, false);
  return unit ? [unit] : [];
}

function languageOf(english: boolean, chinese: boolean): ParsedQuery['lang'] {
  if (english) return chinese ? 'mixed' : 'en';
  return 'zh';
}

// The units of each translated concept: its Chinese terms (a Latin term keeps its English text).
function conceptUnits(concepts: readonly Translation[], quoted: boolean): QueryUnit[][] {
  return concepts.map((concept) =>
    concept.to
      .map((t) => makeUnit(t, quoted))
      .filter((u): u is QueryUnit => u !== undefined)
      .map((u) => ({
        ...u,
        text: concept.source === 'latin' ? concept.from : u.text,
        ...(concept.source === 'dictionary' ? { general: true } : {}),
      })),
  );
}

// English: Latin letters and no Han character (a code such as 5G or PD-1 counts; 2025 alone does not).
function isEnglish(text: string): boolean {
  return /\p{Script=Latin}/u.test(text) && !/\p{Script=Han}/u.test(text);
}

function isPlainEnglish(lex: Lexeme): boolean {
  return !lex.quoted && !lex.negated && !lex.field && lex.text !== 'OR' && isEnglish(lex.text);
}

/** Builds a unit from text; undefined when nothing in it can be searched. */
export function makeUnit(text: string, quoted: boolean): QueryUnit | undefined {
  const normalized = normalize(text).text.trim();
  const grams = phraseGrams(normalized);
  if (grams.length === 0) return undefined;
  const seen = new Set<string>();
  const terms = analyze(text)
    .filter((t) => !seen.has(t.term) && seen.add(t.term))
    .map((t) => ({ term: t.term, sub: t.sub === true }));
  return { text, normalized, quoted, terms, grams };
}

function lexQuery(q: string): Lexeme[] {
  const out: Lexeme[] = [];
  let k = 0;
  while (k < q.length) {
    while (k < q.length && /\s/.test(q[k] as string)) k++;
    if (k >= q.length) break;
    let negated = false;
    if (q[k] === '-' && k + 1 < q.length && !/\s/.test(q[k + 1] as string)) {
      negated = true;
      k++;
    }
    let field: string | undefined;
    const fieldMatch = /^([a-z]+):(?=\S)/i.exec(q.slice(k));
    if (fieldMatch && FIELDS.has((fieldMatch[1] as string).toLowerCase())) {
      field = (fieldMatch[1] as string).toLowerCase();
      k += fieldMatch[0].length;
    }
    const open = q[k] as string;
    if (OPEN_QUOTES.includes(open)) {
      const close = CLOSE_QUOTES.get(open) as string;
      const end = q.indexOf(close, k + 1);
      const text = q.slice(k + 1, end < 0 ? q.length : end);
      k = end < 0 ? q.length : end + 1;
      if (text.trim()) out.push({ text, quoted: true, negated, ...(field ? { field } : {}) });
      continue;
    }
    let end = k;
    while (end < q.length && !/\s/.test(q[end] as string)) end++;
    const text = q.slice(k, end);
    k = end;
    out.push({ text, quoted: false, negated, ...(field ? { field } : {}) });
  }
  return out;
}
