// Which version of a document a question asks about, when the index holds several versions of it
// (a law as passed in 2020 and as amended in 2024): the one of the year it names, else the original
// or the current one it asks for. Clauses and figures of the other versions are not its answer.
import type { IndexStore } from '../search/index-store.ts';
import type { Question } from './question.ts';
import { QUESTION_WORDS as W } from './words.ts';

/**
 * Whether a document may answer the question as far as versions go: always for a document with one
 * version, or when the question names no year of a version and asks for neither the original nor
 * the current one; else only the version it asks for.
 */
export function versionAsked(
  store: IndexStore,
  q: Pick<Question, 'norm' | 'lang' | 'years'>,
): (docId: string) => boolean {
  const words = q.lang === 'zh' ? W.versions.zh : W.versions.en;
  const original = words.original.test(q.norm);
  const current = !original && words.current.test(q.norm);
  const chosen = new Map<string, string | undefined>();
  return (docId) => {
    const version = store.documents.get(docId)?.meta.version;
    if (!version) return true;
    const key = version.versions.join(' ');
    if (!chosen.has(key)) chosen.set(key, pick(store, version.versions, q.years, original, current));
    const pickedId = chosen.get(key);
    return pickedId === undefined || pickedId === docId;
  };
}

function pick(
  store: IndexStore,
  ids: readonly string[],
  years: readonly number[],
  original: boolean,
  current: boolean,
): string | undefined {
  const ofYear = ids.filter((id) =>
    years.some((y) => store.documents.get(id)?.meta.version?.date.startsWith(String(y))),
  );
  if (ofYear.length === 1) return ofYear[0];
  if (original) return ids[0];
  if (current) return ids[ids.length - 1];
  return undefined;
}
