// The page's API client: typed calls to the JSON endpoints, errors as values.
import type {
  AskResponse,
  DocumentListResponse,
  DocumentResponse,
  ErrorBody,
  GlossResponse,
  SearchResponse,
  TargetsResponse,
} from '../../server/contract/index.ts';

export type {
  AskResponse,
  ClauseResponse,
  DocumentResponse,
  SearchResponse,
  Target,
} from '../../server/contract/index.ts';

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

/** The endpoints the page calls. */
export const api = {
  search: (p: URLSearchParams, signal?: AbortSignal) => getJson<SearchResponse>(`/api/search?${p}`, signal),
  ask: (p: URLSearchParams, signal?: AbortSignal) => getJson<AskResponse>(`/api/ask?${p}`, signal),
  document: (id: string) => getJson<DocumentResponse>(`/api/documents/${encodeURIComponent(id)}`),
  documents: () => getJson<DocumentListResponse>('/api/documents'),
  targets: (p: URLSearchParams) => getJson<TargetsResponse>(`/api/targets?${p}`),
  gloss: (clause: string) => getJson<GlossResponse>(`/api/gloss?clause=${encodeURIComponent(clause)}`),
};
