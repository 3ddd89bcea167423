// GET /api/documents, /api/documents/{id}, /api/clauses/{id}: parameters and responses.
import { z } from 'zod';
import { ClauseView, DocumentMeta, OutlineEntry } from './common.ts';
import { API_SCHEMAS } from './registry.ts';

/** No query parameters: any given is refused as unknown. */
export const NoParams = z.strictObject({});

/** One entry of the document list. */
export const DocumentSummary = z
  .strictObject({ meta: DocumentMeta, clauseCount: z.number().int(), sectionCount: z.number().int() })
  .register(API_SCHEMAS, { id: 'DocumentSummary' });
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** Response of `GET /api/documents`. */
export const DocumentListResponse = z
  .strictObject({ documents: z.array(DocumentSummary).readonly() })
  .register(API_SCHEMAS, { id: 'DocumentListResponse' });
export type DocumentListResponse = z.infer<typeof DocumentListResponse>;

/** Response of `GET /api/documents/{id}`: metadata, text, outline and every clause. */
export const DocumentResponse = z
  .strictObject({
    meta: DocumentMeta,
    clauseCount: z.number().int(),
    sectionCount: z.number().int(),
    text: z.string(),
    outline: z.array(OutlineEntry).readonly(),
    clauses: z.array(ClauseView).readonly(),
  })
  .register(API_SCHEMAS, { id: 'DocumentResponse' });
export type DocumentResponse = z.infer<typeof DocumentResponse>;

/** Response of `GET /api/clauses/{id}`: the clause, its document and its neighbours. */
export const ClauseResponse = z
  .strictObject({
    ...ClauseView.shape,
    doc: DocumentMeta,
    province: z.string(),
    city: z.string().optional(),
    previous: z.string().nullable(),
    next: z.string().nullable(),
  })
  .register(API_SCHEMAS, { id: 'ClauseResponse' });
export type ClauseResponse = z.infer<typeof ClauseResponse>;
