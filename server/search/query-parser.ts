// Query text -> ParsedQuery: phrases, quoted phrases, exclusions, OR groups, field filters.
import { analyze, normalize, phraseGrams } from '../../indexer/analysis/analyzer.ts';

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
}

/** A query: all groups must match; a group matches when any of its units does. */
export interface ParsedQuery {
  readonly groups: ReadonlyArray<readonly QueryUnit[]>;
  readonly excluded: readonly QueryUnit[];
  readonly filters: { readonly province: readonly string[]; readonly doc: readonly string[] };
}

const FIELDS = new Set(['province', 'doc']);
const OPEN_QUOTES = '"“「『';
const CLOSE_QUOTES: Record<string, string> = { '"': '"', '“': '”', '「': '」', '『': '』' };

interface Lexeme {
  readonly text: string;
  readonly quoted: boolean;
  readonly negated: boolean;
  readonly field?: string;
}

/**
 * Parses a query. Syntax: words and phrases separated by spaces must all match; `"quoted phrase"`
 * matches exactly; `-word` excludes; `A OR B` matches either; `province:浙江` and `doc:ID` filter.
 * Lenient by design: an unbalanced quote runs to the end, a stray `-` or `OR` is ignored, so every
 * string parses. Units with nothing searchable in them (only punctuation) are dropped.
 * @example parseQuery('一致性评价 -浙江 province:江苏').filters.province -> ['江苏']
 */
export function parseQuery(q: string): ParsedQuery {
  const groups: QueryUnit[][] = [];
  const excluded: QueryUnit[] = [];
  const province: string[] = [];
  const doc: string[] = [];
  let joinNext = false;
  for (const lex of lexQuery(q)) {
    if (!lex.quoted && !lex.negated && !lex.field && lex.text === 'OR') { joinNext = groups.length > 0; continue; }
    if (lex.field === 'province') { province.push(...lex.text.split(/[,，、]/).map((s) => s.trim()).filter(Boolean)); continue; }
    if (lex.field === 'doc') { doc.push(...lex.text.split(/[,，]/).map((s) => s.trim()).filter(Boolean)); continue; }
    const unit = makeUnit(lex.text, lex.quoted);
    if (!unit) continue;
    if (lex.negated) { excluded.push(unit); continue; }
    const last = groups[groups.length - 1];
    if (joinNext && last) last.push(unit);
    else groups.push([unit]);
    joinNext = false;
  }
  return { groups, excluded, filters: { province, doc } };
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
    if (q[k] === '-' && k + 1 < q.length && !/\s/.test(q[k + 1] as string)) { negated = true; k++; }
    let field: string | undefined;
    const fieldMatch = /^([a-z]+):(?=\S)/i.exec(q.slice(k));
    if (fieldMatch && FIELDS.has((fieldMatch[1] as string).toLowerCase())) {
      field = (fieldMatch[1] as string).toLowerCase();
      k += fieldMatch[0].length;
    }
    const open = q[k] as string;
    if (OPEN_QUOTES.includes(open)) {
      const close = CLOSE_QUOTES[open] as string;
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
