// The page's API client: typed calls to the JSON endpoints, errors as values.
import type {
  AskResponse,
  ClauseEnglish,
  DocumentListResponse,
  DocumentResponse,
  ErrorBody,
  GlossResponse,
  PhraseEnglish,
  RelatedResponse,
  SearchResponse,
  TargetsResponse,
} from '../../server/contract/index.ts';
import { clausePath } from './links.ts';

export type {
  AskResponse,
  ClauseEnglish,
  ClauseResponse,
  DocumentResponse,
  PhraseEnglish,
  RelatedHit,
  RelatedResponse,
  SearchResponse,
  Target,
} from '../../server/contract/index.ts';

/** An API failure as the page shows it: the API's code and details, or NETWORK / BAD_RESPONSE. */
export interface ApiFailure {
  readonly failed: true;
  readonly code: string;
  /** The API's message, for the developer console; the page shows its own words (see problems.ts). */
  readonly message: string;
  readonly details?: unknown;
  readonly status?: number;
  /** Seconds the server asked to wait before trying again (Retry-After of a 429 or 503). */
  readonly retryAfter?: number;
}

/** Calls `path` and returns its JSON, or the error the API (or the network) gave. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T | ApiFailure> {
  let res: Response;
  try {
    res = await fetch(path, { signal: signal ?? null, headers: { Accept: 'application/json' } });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    return { failed: true, code: 'NETWORK', message: (err as Error).message };
  }
  // A proxy's error page or a server that is not ours answers HTML: say so, not "Unexpected token '<'".
  if (!(res.headers.get('content-type') ?? '').includes('application/json'))
    return { failed: true, code: 'BAD_RESPONSE', message: `${res.status} ${res.statusText}`, status: res.status };
  let body: T | ErrorBody;
  try {
    body = (await res.json()) as T | ErrorBody;
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    return { failed: true, code: 'BAD_RESPONSE', message: (err as Error).message, status: res.status };
  }
  if (res.ok) return body as T;
  const error = (body as ErrorBody).error;
  const retryAfter = Number(res.headers.get('retry-after') ?? NaN);
  return {
    failed: true,
    code: error?.code ?? String(res.status),
    message: error?.message ?? res.statusText,
    ...(error?.details !== undefined ? { details: error.details } : {}),
    status: res.status,
    ...(Number.isFinite(retryAfter) && retryAfter >= 0 ? { retryAfter } : {}),
  };
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
  /** The clauses of other documents most like one clause (limit, perDoc, province in `p`). */
  related: (clauseId: string, p: URLSearchParams, signal?: AbortSignal) =>
    getJson<RelatedResponse>(`/api/clauses/${clausePath(clauseId)}/related?${p}`, signal),
  gloss: (clause: string) => getJson<GlossResponse>(`/api/gloss?clause=${encodeURIComponent(clause)}`),
  /** Key terms and section paths in English of up to a page of clauses. */
  clausesInEnglish: async (
    ids: readonly string[],
    signal?: AbortSignal,
  ): Promise<readonly ClauseEnglish[] | ApiFailure> => {
    const r = await getJson<GlossResponse>(`/api/gloss?${new URLSearchParams({ clauses: ids.join(',') })}`, signal);
    return isFailure(r) ? r : (r.clauses ?? []);
  },
  /** Headings or metrics in English where the glossary covers them (at most 60 a call). */
  phrasesInEnglish: async (phrases: readonly string[]): Promise<readonly PhraseEnglish[] | ApiFailure> => {
    const r = await getJson<GlossResponse>(`/api/gloss?${new URLSearchParams({ phrases: phrases.join('|') })}`);
    return isFailure(r) ? r : (r.phrases ?? []);
  },
};
