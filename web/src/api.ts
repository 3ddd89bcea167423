// The page's API client: typed calls to the JSON endpoints, errors as values.
import type { ErrorBody, SearchResponse } from '../../server/http/api-types.ts';

/** An API failure as the page shows it. */
export interface ApiFailure {
  readonly code: string;
  readonly message: string;
}

/** Calls `path` and returns its JSON, or the error the API (or the network) gave. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T | ApiFailure> {
  try {
    const res = await fetch(path, { signal: signal ?? null, headers: { Accept: 'application/json' } });
    const body = (await res.json()) as T | ErrorBody;
    if (!res.ok) return (body as ErrorBody).error ?? { code: String(res.status), message: res.statusText };
    return body as T;
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    return { code: 'NETWORK', message: (err as Error).message };
  }
}

/** True when `value` is an API failure rather than a response. */
export function isFailure(value: unknown): value is ApiFailure {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value && !('hits' in value);
}

/** `GET /api/search` */
export function search(params: URLSearchParams, signal?: AbortSignal): Promise<SearchResponse | ApiFailure> {
  return getJson<SearchResponse>(`/api/search?${params.toString()}`, signal);
}
