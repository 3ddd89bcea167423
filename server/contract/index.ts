// What clients code against: the API's types, inferred from its schemas. The page imports only this.
export type { AskParams, AskResponse, Decline, DeclineReason, QuestionType, StatedFigure } from './ask.ts';
export type { ClauseView, DocumentMeta, Hit, OutlineEntry, Translation } from './common.ts';
export type { ClauseResponse, DocumentListResponse, DocumentResponse, DocumentSummary } from './documents.ts';
export type { ErrorBody, ErrorCode } from './errors.ts';
export type { ClauseEnglish, GlossResponse, GlossedWord, KeyTerm, PhraseEnglish } from './gloss.ts';
export type { HealthResponse } from './health.ts';
export type { RelatedHit, RelatedParams, RelatedResponse } from './related.ts';
export type { MatchMode, SearchParams, SearchResponse } from './search.ts';
export type { Target, TargetParams, TargetsResponse } from './targets.ts';
/** The API's size limits (a value: the page cuts a paste to the query limit and says so). */
export { LIMITS } from './limits.ts';
