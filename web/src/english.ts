// English for the English interface: key terms, section paths, headings and metrics, fetched in batches and kept.
import { api, isFailure, type ClauseEnglish, type PhraseEnglish } from './api.ts';

const clauses = new Map<string, ClauseEnglish>();
const phrases = new Map<string, PhraseEnglish>();

// What one request may carry (the API's limits: 50 clause ids; 60 phrases of 2,000 characters in all).
const CLAUSES_PER_CALL = 50;
const PHRASES_PER_CALL = 60;
const PHRASE_CHARS_PER_CALL = 1500;

/** The English of clauses by id (one request per 50 not yet known); unknown ones are left out. */
export async function clausesInEnglish(ids: readonly string[]): Promise<ReadonlyMap<string, ClauseEnglish>> {
  const missing = [...new Set(ids)].filter((id) => !clauses.has(id));
  for (let k = 0; k < missing.length; k += CLAUSES_PER_CALL) {
    const r = await api.clausesInEnglish(missing.slice(k, k + CLAUSES_PER_CALL));
    if (isFailure(r)) break;
    for (const c of r) clauses.set(c.id, c);
  }
  return clauses;
}

/** The English of headings or metrics (see GET /api/gloss?phrases=), in as few requests as the limits allow. */
export async function phrasesInEnglish(list: readonly string[]): Promise<ReadonlyMap<string, PhraseEnglish>> {
  const missing = [...new Set(list)].filter((p) => p && !p.includes('|') && !phrases.has(p));
  let batch: string[] = [];
  let chars = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const r = await api.phrasesInEnglish(batch);
    if (!isFailure(r)) for (const p of r) phrases.set(p.zh, p);
    batch = [];
    chars = 0;
  };
  for (const p of missing) {
    if (batch.length >= PHRASES_PER_CALL || chars + p.length + 1 > PHRASE_CHARS_PER_CALL) await flush();
    batch.push(p);
    chars += p.length + 1;
  }
  await flush();
  return phrases;
}
