// GET /api/gloss: parameters and response of the reading aid.
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { single } from './params.ts';
import { API_SCHEMAS } from './registry.ts';

/** Parameters of `GET /api/gloss`: a clause id, or some text. */
export const GlossParams = z.strictObject({
  clause: single.optional().meta({ description: 'A clause id' }),
  text: single
    .max(LIMITS.glossChars, `at most ${LIMITS.glossChars} characters`)
    .optional()
    .meta({ description: `Up to ${LIMITS.glossChars} characters of text` }),
});
export type GlossParams = z.infer<typeof GlossParams>;

/** One Chinese word with its reading and meaning. */
export const GlossedWord = z
  .strictObject({
    text: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    pinyin: z.string(),
    en: z.array(z.string()).readonly(),
    source: z.enum(['glossary', 'dictionary']).nullable(),
  })
  .register(API_SCHEMAS, { id: 'GlossedWord' });
export type GlossedWord = z.infer<typeof GlossedWord>;

/** Response of `GET /api/gloss`. */
export const GlossResponse = z
  .strictObject({ words: z.array(GlossedWord).readonly() })
  .register(API_SCHEMAS, { id: 'GlossResponse' });
export type GlossResponse = z.infer<typeof GlossResponse>;
