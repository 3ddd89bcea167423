// GET /api/clauses/{id}/related: parameters and response of related clauses in other documents.
import { z } from 'zod';
import { Hit } from './common.ts';
import { commaList, integer } from './params.ts';
import { API_SCHEMAS } from './registry.ts';

/** Parameters of `GET /api/clauses/{id}/related`. */
export const RelatedParams = z.strictObject({
  limit: integer(1, 20, 6, 'Related clauses to return'),
  perDoc: integer(1, 5, 2, 'At most this many from one document'),
  province: commaList('Only documents of these provinces or cities: 浙江, 浙江省 or Zhejiang, separated by commas'),
});
export type RelatedParams = z.infer<typeof RelatedParams>;

/** A term of the source clause as the query weighs it. */
export const WeightedTerm = z
  .strictObject({
    term: z.string(),
    weight: z.number().meta({ description: 'Count in the clause times inverse document frequency' }),
  })
  .register(API_SCHEMAS, { id: 'WeightedTerm' });

/** A clause like the source, its shared terms marked. */
export const RelatedHit = z
  .strictObject({
    ...Hit.shape,
    similarity: z
      .number()
      .min(0)
      .max(1)
      .meta({ description: "Its score over the source clause's own score against the same terms" }),
    shared: z
      .array(z.string())
      .readonly()
      .meta({ description: 'The terms it shares with the source clause, heaviest first' }),
  })
  .register(API_SCHEMAS, { id: 'RelatedHit' });
export type RelatedHit = z.infer<typeof RelatedHit>;

/** Response of `GET /api/clauses/{id}/related`. */
export const RelatedResponse = z
  .strictObject({
    tookMs: z.number(),
    source: Hit.meta({ description: 'The clause itself, the terms it shares with any related clause marked' }),
    terms: z.array(WeightedTerm).readonly().meta({ description: 'The query made from the clause, heaviest first' }),
    related: z.array(RelatedHit).readonly(),
    more: z.boolean().meta({ description: 'A higher limit would give more related clauses' }),
  })
  .register(API_SCHEMAS, { id: 'RelatedResponse' });
export type RelatedResponse = z.infer<typeof RelatedResponse>;
