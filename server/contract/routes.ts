// The route table: every path the server serves, with its parameters, responses and errors.
import { z } from 'zod';
import { AskParams, AskResponse } from './ask.ts';
import { ClauseResponse, DocumentListResponse, DocumentResponse, NoParams } from './documents.ts';
import type { ErrorCode } from './errors.ts';
import { API_SCHEMAS } from './registry.ts';
import { GlossParams, GlossResponse } from './gloss.ts';
import { HealthResponse } from './health.ts';
import { SearchParams, SearchResponse } from './search.ts';
import { RelatedParams, RelatedResponse } from './related.ts';
import { TargetParams, TargetsResponse } from './targets.ts';

/** One route: where it is, what it takes, what it answers. */
export interface RouteSpec {
  readonly method: 'get';
  /** The Express path (`*name` matches the rest of the path, slashes included). */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  /** The query parameters, validated as given (unknown ones refused). */
  readonly params: z.ZodObject;
  /** Path parameters: name -> description. */
  readonly pathParams?: Readonly<Record<string, string>>;
  /** The 200 response by content type. */
  readonly responses: Readonly<Record<string, z.ZodType>>;
  /** Errors this route gives besides those every route can give. */
  readonly errors: readonly ErrorCode[];
  readonly tag: 'search' | 'documents' | 'answers' | 'service' | 'page';
}

const json = (schema: z.ZodType) => ({ 'application/json': schema });
const html = { 'text/html': z.string().meta({ description: 'The page; it reads the JSON API itself' }) };

/** The OpenAPI document itself: an object with at least its version. */
export const OpenApiDocument = z
  .looseObject({ openapi: z.literal('3.1.0') })
  .register(API_SCHEMAS, { id: 'OpenApiDocument' });

/** Every route of the server. Routers register exactly these; the OpenAPI document is made from them. */
export const ROUTES = {
  search: {
    method: 'get',
    path: '/api/search',
    summary: 'Ranked clause search with highlights and facets',
    params: SearchParams,
    responses: json(SearchResponse),
    errors: ['EMPTY_QUERY', 'QUERY_TOO_LONG', 'UNKNOWN_PROVINCE', 'UNKNOWN_DOCUMENT'],
    tag: 'search',
  },
  ask: {
    method: 'get',
    path: '/api/ask',
    summary: 'A question answered from the text, with the clauses that say so',
    params: AskParams,
    responses: json(AskResponse),
    errors: ['EMPTY_QUERY', 'QUERY_TOO_LONG', 'UNKNOWN_PROVINCE'],
    tag: 'answers',
  },
  targets: {
    method: 'get',
    path: '/api/targets',
    summary: 'Every quantitative figure the documents state, as JSON or CSV',
    params: TargetParams,
    responses: {
      ...json(TargetsResponse),
      'text/csv': z.string().meta({ description: 'The same rows; UTF-8 with BOM, formula characters quoted' }),
    },
    errors: ['UNKNOWN_PROVINCE'],
    tag: 'answers',
  },
  // Before `clause`: its path would take `/related` as part of the id.
  related: {
    method: 'get',
    path: '/api/clauses/*id/related',
    summary: 'The clauses of other documents most like this one, with the terms they share',
    description:
      "More like this: the clause's words weighted by their rarity in the corpus (words most clauses use " +
      'weigh little) make a BM25 query over the other documents; at most `perDoc` clauses from one document.',
    params: RelatedParams,
    pathParams: { id: 'Clause id such as jilin-2021/3.2.7 (encode # as %23)' },
    responses: json(RelatedResponse),
    errors: ['NOT_FOUND', 'UNKNOWN_PROVINCE'],
    tag: 'documents',
  },
  clause: {
    method: 'get',
    path: '/api/clauses/*id',
    summary: 'One clause with its section path and the ids of the previous and next clause',
    params: NoParams,
    pathParams: { id: 'Clause id such as jilin-2021/3.2.7 (encode # as %23)' },
    responses: json(ClauseResponse),
    errors: ['NOT_FOUND'],
    tag: 'documents',
  },
  documents: {
    method: 'get',
    path: '/api/documents',
    summary: 'Metadata of every document with clause and section counts',
    params: NoParams,
    responses: json(DocumentListResponse),
    errors: [],
    tag: 'documents',
  },
  document: {
    method: 'get',
    path: '/api/documents/:id',
    summary: 'A document: metadata, text, outline and clauses',
    params: NoParams,
    pathParams: { id: 'Document id such as jilin-2021' },
    responses: json(DocumentResponse),
    errors: ['NOT_FOUND'],
    tag: 'documents',
  },
  gloss: {
    method: 'get',
    path: '/api/gloss',
    summary: "Reading aid: a clause's or a text's words, cut as the index cuts them, with pinyin and English",
    params: GlossParams,
    responses: json(GlossResponse),
    errors: ['NOT_FOUND'],
    tag: 'documents',
  },
  health: {
    method: 'get',
    path: '/api/health',
    summary: 'The index in service',
    params: NoParams,
    responses: json(HealthResponse),
    errors: [],
    tag: 'service',
  },
  openapi: {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This document',
    params: NoParams,
    responses: json(OpenApiDocument),
    errors: [],
    tag: 'service',
  },
  pageSearch: {
    method: 'get',
    path: '/',
    summary: 'The search and ask page (the URL carries q, mode, province, doc)',
    params: z.looseObject({}),
    responses: html,
    errors: [],
    tag: 'page',
  },
  pageReader: {
    method: 'get',
    path: '/doc/*rest',
    summary: 'The document reader (/doc/ID#clause-id)',
    params: z.looseObject({}),
    pathParams: { rest: 'Document id' },
    responses: html,
    errors: [],
    tag: 'page',
  },
  pageTargets: {
    method: 'get',
    path: '/targets',
    summary: 'The targets table',
    params: z.looseObject({}),
    responses: html,
    errors: [],
    tag: 'page',
  },
  pageRelated: {
    method: 'get',
    path: '/related/*id',
    summary: 'A clause beside the clauses of other documents most like it',
    params: z.looseObject({}),
    pathParams: { id: 'Clause id' },
    responses: html,
    errors: [],
    tag: 'page',
  },
} as const satisfies Record<string, RouteSpec>;

/** Errors any API route can give, whatever its parameters. */
export const COMMON_ERRORS: readonly ErrorCode[] = [
  'INVALID_PARAMETER',
  'BAD_REQUEST',
  'METHOD_NOT_ALLOWED',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'HEADERS_TOO_LARGE',
  'INTERNAL',
];

/** `/api/clauses/*id` -> `/api/clauses/{id}`: an Express path as an OpenAPI path template. */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/[:*](\w+)/g, '{$1}');
}
