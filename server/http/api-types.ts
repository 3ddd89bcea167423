// The shapes of the API's JSON responses: the contract the page and other clients code against.
import type { DocumentMeta, OutlineEntry } from '../../indexer/schema.ts';
import type { SearchHit, SearchResult } from '../search/search-service.ts';

export type { SearchHit, MatchMode } from '../search/search-service.ts';
export type { ErrorBody, ErrorCode } from '../errors.ts';
export type { DocumentMeta, OutlineEntry } from '../../indexer/schema.ts';

/** `GET /api/search` */
export interface SearchResponse extends Omit<SearchResult, 'query'> {
  readonly query: SearchResult['query'] & { readonly q: string };
  readonly tookMs: number;
}

/** A clause as `GET /api/clauses/:id` and the document endpoint give it. */
export interface ClauseView {
  readonly id: string;
  readonly label: string;
  readonly section: readonly string[];
  readonly title?: string;
  readonly kind: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly part?: { readonly index: number; readonly count: number };
  readonly columns?: readonly string[];
}

/** `GET /api/clauses/:id` */
export interface ClauseResponse extends ClauseView {
  readonly doc: DocumentMeta;
  readonly province: string;
  readonly city?: string;
  readonly previous: string | null;
  readonly next: string | null;
}

/** One entry of `GET /api/documents`. */
export interface DocumentSummary {
  readonly meta: DocumentMeta;
  readonly clauseCount: number;
  readonly sectionCount: number;
}

/** `GET /api/documents/:id` */
export interface DocumentResponse extends DocumentSummary {
  readonly text: string;
  readonly outline: readonly OutlineEntry[];
  readonly clauses: readonly ClauseView[];
}

/** `GET /api/health` */
export interface HealthResponse {
  readonly status: 'ok';
  readonly documents: number;
  readonly clauses: number;
  readonly indexVersion: string;
  readonly builtAt: string;
}

export type { SearchHit as Hit };
export type { AskResult } from '../qa/answer.ts';
export type { Target } from '../../indexer/targets.ts';
