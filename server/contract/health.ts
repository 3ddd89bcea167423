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
  })
  .register(API_SCHEMAS, { id: 'HealthResponse' });
export type HealthResponse = z.infer<typeof HealthResponse>;
