// Query text -> Query, and nothing else: words and phrases, quoted phrases, exclusions, OR, field
// filters. Pure: no index, no dictionary; translation, places, names and synonyms are expansion steps.
import { LIMITS } from '../contract/limits.ts';
import { listItems } from '../contract/params.ts';
import { DomainError } from '../errors.ts';
import { emptyQuery, makeUnit, type Occur, type PhraseClause, type Query, type QueryClause } from './query.ts';

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
 * Reads a query. Syntax: words and phrases separated by spaces must all match; `"quoted phrase"`
 * matches exactly; `-word` excludes; `A OR B` matches either; `province:浙江` and `doc:ID` filter.
 * With `english`, a run of plain English words (`smart manufacturing`) is one clause whose text the
 * translation step reads; without, Latin words are searched as written. Lenient by design: an
 * unbalanced quote runs to the end, a stray `-` or `OR` is ignored, so every string parses. Units
 * with nothing searchable in them (only punctuation) are dropped.
 * @example parseQueryText('一致性评价 -浙江 province:江苏').filters.province -> ['江苏']
 */
export function parseQueryText(q: string, options: { english: boolean } = { english: true }): Query {
  const clauses: PhraseClause[] = [];
  const province: string[] = [];
  const doc: string[] = [];
  let joinNext = false;
  let chinese = false;
  const add = (clause: PhraseClause) => {
    const last = clauses.at(-1);
    if (joinNext && last && clause.occur === 'must' && last.occur === 'must') {
      clauses[clauses.length - 1] = {
        ...last,
        units: [...last.units, ...clause.units],
        ...(clause.english !== undefined || last.english !== undefined
          ? { english: [last.english, clause.english].filter((e) => e !== undefined).join(' ') }
          : {}),
      };
    } else clauses.push(clause);
    joinNext = false;
  };
  const lexemes = lexQuery(q);
  for (let k = 0; k < lexemes.length; k++) {
    const lex = lexemes[k] as Lexeme;
    const occur: Occur = lex.negated ? 'must-not' : 'must';
    if (!lex.quoted && !lex.negated && !lex.field && lex.text === 'OR') {
      joinNext = clauses.length > 0;
      continue;
    }
    if (lex.field) {
      (lex.field === 'province' ? province : doc).push(...listItems(lex.text));
      continue;
    }
    if (options.english && isEnglish(lex.text)) {
      const { text, last } = englishRun(lexemes, k);
      k = last;
      // The units stay empty until translated: a joined clause keeps its own units beside the English.
      add({ kind: 'phrases', occur, units: [], english: text, ...(lex.quoted ? { quoted: true } : {}) });
      continue;
    }
    if (/\p{Script=Han}/u.test(lex.text)) chinese = true;
    for (const piece of lex.quoted ? [lex.text] : sentencePieces(lex.text)) {
      const unit = makeUnit(piece, lex.quoted);
      if (unit) add({ kind: 'phrases', occur, units: [unit] });
    }
  }
  const query = emptyQuery(q);
  return {
    ...query,
    clauses: clauses as QueryClause[],
    filters: { province, doc },
    lang: chinese ? 'zh' : query.lang,
  };
}

// A pasted sentence has no spaces, only punctuation between its phrases: each phrase is a unit of
// its own (all required), so that a clause saying it in other words still matches on the rest and
// the clause holding the whole run ranks on every one. A quoted sentence stays one phrase.
const SENTENCE_PUNCTUATION = /[，。；：、！？,;!?]+/u;

function sentencePieces(text: string): string[] {
  const pieces = text.split(SENTENCE_PUNCTUATION).filter((p) => p.length > 0);
  return pieces.length > 1 ? pieces : [text];
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

/** English: Latin letters and no Han character (a code such as 5G or PD-1 counts; 2025 alone does not). */
export function isEnglish(text: string): boolean {
  return /\p{Script=Latin}/u.test(text) && !/\p{Script=Han}/u.test(text);
}

function isPlainEnglish(lex: Lexeme): boolean {
  return !lex.quoted && !lex.negated && !lex.field && lex.text !== 'OR' && isEnglish(lex.text);
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
