// GET /api/health: the index in service.
import { z } from 'zod';
import { API_SCHEMAS } from './registry.ts';

/** Response of `GET /api/health`. */
export const HealthResponse = z
  .strictObject({
    status: z.literal('ok'),
    documents: z.number().int(),
    clauses: z.number().int(),
    indexVersion: z.string().meta({ description: 'Analyzer fingerprint and corpus checksum of the index' }),
    builtAt: z.string(),
    problems: z
      .array(z.string())
      .optional()
      .meta({
        description:
          'What an operator should know: a reload refused (the corpus lost most documents) or failed, an index ' +
          'served from memory because it could not be written. Absent when all is well; the index in service still answers.',
      }),
  })
  .register(API_SCHEMAS, { id: 'HealthResponse' });
export type HealthResponse = z.infer<typeof HealthResponse>;
