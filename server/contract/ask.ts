// GET /api/ask: parameters and response.
import { z } from 'zod';
import { Hit, Translation } from './common.ts';
import { commaList } from './params.ts';
import { API_SCHEMAS } from './registry.ts';
import { queryParam } from './search.ts';

/** Parameters of `GET /api/ask`. */
export const AskParams = z.strictObject({
  q: queryParam.meta({ description: 'A question in Chinese or English' }),
  province: commaList('Regions to ask about, besides those named in the question'),
});
export type AskParams = z.infer<typeof AskParams>;

/** The kinds of question answered. */
export const QuestionType = z.enum(['number', 'which', 'what', 'when', 'period', 'list', 'compare']);
export type QuestionType = z.infer<typeof QuestionType>;

/** An answer span, as written, with its reading. */
export const Answer = z
  .strictObject({
    text: z.string().meta({ description: 'Exactly as the source writes it' }),
    value: z.number().optional(),
    unit: z.string().optional(),
    year: z.number().int().optional(),
    english: z.string().optional(),
  })
  .register(API_SCHEMAS, { id: 'Answer' });

/** One region's answer to a list or compare question. */
export const AnswerRow = z
  .strictObject({
    province: z.string(),
    region: z.string(),
    text: z.string(),
    value: z.number().optional(),
    unit: z.string().optional(),
    year: z.number().int().optional(),
    clauseId: z.string(),
  })
  .register(API_SCHEMAS, { id: 'AnswerRow' });

/** Response of `GET /api/ask`. */
export const AskResponse = z
  .strictObject({
    tookMs: z.number(),
    question: z.string(),
    lang: z.enum(['zh', 'en', 'mixed']),
    type: QuestionType,
    answer: Answer.nullable().meta({ description: 'null when the documents do not say it clearly enough' }),
    confidence: z.number().min(0).max(1),
    citations: z.array(Hit).readonly().meta({ description: 'The clauses that say it, the answer marked' }),
    rows: z.array(AnswerRow).readonly().optional(),
    note: z.string().optional(),
    understood: z.strictObject({
      focus: z.array(z.string()).readonly(),
      regions: z.array(z.string()).readonly(),
      years: z.array(z.number().int()).readonly(),
      unit: z.string().optional(),
      translations: z.array(Translation).readonly(),
    }),
  })
  .register(API_SCHEMAS, { id: 'AskResponse' });
export type AskResponse = z.infer<typeof AskResponse>;
