// GET /api/gloss: parameters and response of the reading aid.
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { commaList, single } from './params.ts';
import { API_SCHEMAS } from './registry.ts';

/** Parameters of `GET /api/gloss`: a clause id, some text, several clause ids, or several phrases. */
export const GlossParams = z.strictObject({
  clause: single.optional().meta({ description: 'A clause id: its words with pinyin and English' }),
  text: single
    .max(LIMITS.glossChars, `at most ${LIMITS.glossChars} characters`)
    .optional()
    .meta({ description: `Up to ${LIMITS.glossChars} characters of text: its words with pinyin and English` }),
  clauses: commaList(
    `Up to ${LIMITS.pageSize} clause ids separated by commas: each clause's key terms and its section path in English`,
  ),
  phrases: single
    .max(LIMITS.glossChars, `at most ${LIMITS.glossChars} characters`)
    .optional()
    .meta({
      description:
        `Up to ${LIMITS.glossPhrases} short phrases (headings, metrics) separated by |: each in English ` +
        'where the glossary covers it',
    }),
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

/** A word of a clause worth knowing, with its English: from the field glossary, else CC-CEDICT. */
export const KeyTerm = z
  .strictObject({
    zh: z.string(),
    en: z.string(),
    pinyin: z.string(),
    source: z.enum(['glossary', 'dictionary']),
  })
  .register(API_SCHEMAS, { id: 'KeyTerm' });
export type KeyTerm = z.infer<typeof KeyTerm>;

/** A heading or short phrase, with its English where the glossary covers every word of it. */
export const PhraseEnglish = z
  .strictObject({
    zh: z.string(),
    label: z.string().meta({ description: "A heading's own number as written (一、 （二） 专栏4 表1), or empty" }),
    en: z.string().optional().meta({ description: 'The rest in English; absent where the glossary does not cover it' }),
    terms: z.array(KeyTerm).readonly().meta({ description: 'The glossary terms it holds' }),
  })
  .register(API_SCHEMAS, { id: 'PhraseEnglish' });
export type PhraseEnglish = z.infer<typeof PhraseEnglish>;

/** English beside one clause: its key terms, most informative first, and its section path. */
export const ClauseEnglish = z
  .strictObject({
    id: z.string(),
    terms: z.array(KeyTerm).readonly(),
    section: z.array(PhraseEnglish).readonly(),
  })
  .register(API_SCHEMAS, { id: 'ClauseEnglish' });
export type ClauseEnglish = z.infer<typeof ClauseEnglish>;

/** Response of `GET /api/gloss`: `words` for `clause` or `text`, `clauses` or `phrases` for those. */
export const GlossResponse = z
  .strictObject({
    words: z.array(GlossedWord).readonly().optional(),
    clauses: z.array(ClauseEnglish).readonly().optional(),
    phrases: z.array(PhraseEnglish).readonly().optional(),
  })
  .register(API_SCHEMAS, { id: 'GlossResponse' });
export type GlossResponse = z.infer<typeof GlossResponse>;
