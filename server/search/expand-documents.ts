// Expansion steps: an article reference (第九十八条, art. 98) becomes an article clause, and a document
// named by its title (药品管理法实施条例, 《疫苗管理法》, without 中华人民共和国) becomes a document filter.
import { normalize } from '../../indexer/analysis/index.ts';
import { articleRef, isArticleWord } from './article-ref.ts';
import type { QueryContext, TitledDocument } from './query-context.ts';
import {
  makeUnit,
  type ArticleClause,
  type NamedDocument,
  type PhraseClause,
  type Query,
  type QueryClause,
} from './query.ts';

/**
 * Reads article references: a word ending in one (`第98条`, `药品管理法实施条例第九十八条`,
 * `art.98`) or an English `art.`/`article` followed by a number. The reference becomes an article
 * clause (its clauses rank first), the text before it stays a clause of its own; a query that is
 * nothing but a reference (and filters) asks for the article's clauses alone.
 */
export function articleReferences(query: Query): Query {
  const out: QueryClause[] = [];
  const articles: ArticleClause[] = [];
  const clauses = query.clauses;
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k] as QueryClause;
    const read = c.kind === 'phrases' && c.occur === 'must' ? readArticle(c, clauses[k + 1]) : undefined;
    if (!read) {
      out.push(c);
      continue;
    }
    articles.push(read.article);
    if (read.rest) out.push(read.rest);
    if (read.tookNext) k++;
  }
  if (articles.length === 0) return query;
  const alone = !out.some((c) => c.kind === 'phrases' && c.occur !== 'must-not');
  return { ...query, clauses: [...out, ...articles.map((a) => (alone ? { ...a, occur: 'must' as const } : a))] };
}

// `art. 98`, `article 98` (the number a clause of its own after English words).
function readEnglishArticle(
  c: PhraseClause,
  english: string,
  next: QueryClause | undefined,
): { article: ArticleClause; rest?: PhraseClause; tookNext: boolean } | undefined {
  const own = articleRef(english);
  const number = next?.kind === 'phrases' && next.units.length === 1 ? next.units[0]?.text : undefined;
  const followed =
    number !== undefined && /^\d{1,4}$/.test(number) && isArticleWord(english.split(/\s+/).at(-1) ?? '')
      ? articleRef(`${english} ${number}`)
      : undefined;
  const ref = own ?? followed;
  if (!ref) return undefined;
  const article: ArticleClause = { kind: 'article', occur: 'should', label: ref.label, text: english };
  return { article, ...(ref.before ? { rest: { ...c, english: ref.before } } : {}), tookNext: !own };
}

// The article a clause refers to (with the number in the next clause after an English `article`),
// and what is left of the clause.
function readArticle(
  c: PhraseClause,
  next: QueryClause | undefined,
): { article: ArticleClause; rest?: PhraseClause; tookNext: boolean } | undefined {
  if (c.english !== undefined && c.units.length === 0) return readEnglishArticle(c, c.english, next);
  const unit = c.units.length === 1 ? c.units[0] : undefined;
  const ref = unit && !unit.quoted ? articleRef(unit.text) : undefined;
  if (!unit || !ref) return undefined;
  const before = ref.before ? makeUnit(ref.before, false) : undefined;
  const article: ArticleClause = { kind: 'article', occur: 'should', label: ref.label, text: unit.text };
  return { article, ...(before ? { rest: { ...c, units: [before] } } : {}), tookNext: false };
}

/**
 * Reads document names: a clause that is only a document's title, as the index has it or without
 * 中华人民共和国, its book-title marks or its date (`药品管理法实施条例`, `《疫苗管理法》`), filters to
 * that document and is no longer searched as text (`query.filters.doc` says so). A query that names a
 * document and nothing else lists its clauses (an article reference: that article's).
 */
export function documentNames(query: Query, context: QueryContext): Query {
  if (!context.documents || context.documents.length === 0) return query;
  const byTitle = titleIndex(context.documents);
  const named: NamedDocument[] = [];
  const clauses = query.clauses.filter((c) => {
    if (c.kind !== 'phrases' || c.occur !== 'must' || c.units.length !== 1) return true;
    const unit = c.units[0];
    if (!unit || unit.quoted || unit.origin !== 'typed') return true;
    const docs = byTitle.get(titleKey(unit.text));
    if (!docs) return true;
    for (const d of docs) named.push({ from: unit.text, doc: d.id, title: d.title });
    return false;
  });
  if (named.length === 0) return query;
  const doc = [...query.filters.doc, ...named.map((n) => n.doc).filter((d) => !query.filters.doc.includes(d))];
  return { ...query, clauses: nothingElse(clauses), filters: { ...query.filters, doc }, documents: named };
}

// What a query that named a document asks for when no words are left: its article, or all of it.
function nothingElse(clauses: readonly QueryClause[]): QueryClause[] {
  if (clauses.some((c) => c.kind === 'phrases' && c.occur !== 'must-not')) return [...clauses];
  if (clauses.some((c) => c.kind === 'article'))
    return clauses.map((c) => (c.kind === 'article' ? { ...c, occur: 'must' as const } : c));
  return [...clauses, { kind: 'all', occur: 'must' }];
}

// The title index of each documents list: building it normalises every title's forms (at ×300, 1,500
// titles: half a search's CPU when it was built per query), and a context keeps its list for good.
const titleIndexes = new WeakMap<readonly TitledDocument[], Map<string, TitledDocument[]>>();

// Every form a title is typed in -> its documents (two versions of one law share a title).
function titleIndex(documents: readonly TitledDocument[]): Map<string, TitledDocument[]> {
  const known = titleIndexes.get(documents);
  if (known) return known;
  const out = new Map<string, TitledDocument[]>();
  titleIndexes.set(documents, out);
  for (const d of documents) {
    for (const form of titleForms(d.title)) {
      const key = titleKey(form);
      if ([...key].length < 4) continue;
      const list = out.get(key) ?? [];
      if (!list.includes(d)) list.push(d);
      out.set(key, list);
    }
  }
  return out;
}

// A title, the title it publishes (关于印发《X》的通知 -> X), each without a date and without the
// country's name a national law opens with.
function titleForms(title: string): string[] {
  const inner = [...title.matchAll(/《([^》]+)》/g)].map((m) => m[1] as string);
  const forms = [title, ...inner].map((t) => t.replace(/[(（][^)）]*\d[^)）]*[)）]\s*$/u, '').trim());
  return [...forms, ...forms.map((t) => t.replace(/^《?中华人民共和国/u, ''))];
}

/** A title as compared: normalised, without book-title marks, quotes or spaces. */
export function titleKey(text: string): string {
  return normalize(text).text.replace(/[《》〈〉<>"“”‘’「」『』\s]/gu, '');
}
