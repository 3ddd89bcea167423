// The page's API client: typed calls to the JSON endpoints, errors as values.
import type {
  AskResult,
  ClauseResponse,
  DocumentResponse,
  ErrorBody,
  SearchResponse,
  Target,
} from '../../server/http/api-types.ts';

export type { AskResult, Target, SearchResponse, DocumentResponse, ClauseResponse };

/** An API failure as the page shows it. */
export interface ApiFailure {
  readonly failed: true;
  readonly code: string;
  readonly message: string;
}

/** Calls `path` and returns its JSON, or the error the API (or the network) gave. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T | ApiFailure> {
  try {
    const res = await fetch(path, { signal: signal ?? null, headers: { Accept: 'application/json' } });
    const body = (await res.json()) as T | ErrorBody;
    if (!res.ok)
      return {
        failed: true,
        code: (body as ErrorBody).error?.code ?? String(res.status),
        message: (body as ErrorBody).error?.message ?? res.statusText,
      };
    return body as T;
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    return { failed: true, code: 'NETWORK', message: (err as Error).message };
  }
}

/** True when `value` is an API failure rather than a response. */
export function isFailure(value: unknown): value is ApiFailure {
  return typeof value === 'object' && value !== null && (value as ApiFailure).failed === true;
}

export const api = {
  search: (p: URLSearchParams, signal?: AbortSignal) => getJson<SearchResponse>(`/api/search?${p}`, signal),
  ask: (p: URLSearchParams, signal?: AbortSignal) => getJson<AskResult>(`/api/ask?${p}`, signal),
  document: (id: string) => getJson<DocumentResponse>(`/api/documents/${encodeURIComponent(id)}`),
  documents: () => getJson<{ documents: Array<Pick<DocumentResponse, 'meta' | 'clauseCount'>> }>('/api/documents'),
  targets: (p: URLSearchParams) =>
    getJson<{ total: number; categories: string[]; targets: Target[] }>(`/api/targets?${p}`),
  gloss: (clause: string) =>
    getJson<{ words: Array<{ text: string; start: number; end: number; pinyin: string; en: string[] }> }>(
      `/api/gloss?clause=${encodeURIComponent(clause)}`,
    ),
};
