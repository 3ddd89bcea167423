// GET /api/search: parameters and response.
import { z } from 'zod';
import { Hit, Translation } from './common.ts';
import { LIMITS } from './limits.ts';
import { commaList, integer, single } from './params.ts';
import { API_SCHEMAS } from './registry.ts';

const strings = z.array(z.string()).readonly();

/** The query text: present, at most LIMITS.queryChars characters (checked by the query parser). */
export const queryParam = single.meta({
  description: `Query, at most ${LIMITS.queryChars} characters`,
  maxLength: LIMITS.queryChars,
});

/** Parameters of `GET /api/search`. */
export const SearchParams = z.strictObject({
  q: queryParam.meta({
    description:
      `Words and phrases (all must match), "quoted phrase", -exclude, A OR B, province:浙江, doc:ID. ` +
      `At most ${LIMITS.queryChars} characters.`,
  }),
  province: commaList('Province or city filter: 浙江, 浙江省 or Zhejiang; several separated by commas'),
  doc: commaList('Document id filter; several separated by commas'),
  limit: integer(1, LIMITS.pageSize, 10, 'Hits per page'),
  offset: integer(0, LIMITS.maxOffset, 0, 'Hits to skip'),
  lang: z
    .enum(['auto', 'zh', 'en'])
    .optional()
    .meta({ description: 'auto (default) and en translate English words; zh searches Latin words as written' }),
});
export type SearchParams = z.infer<typeof SearchParams>;

/** How the hits were found: every unit verbatim (`exact`, `all-terms`), or only some words. */
export const MatchMode = z.enum(['exact', 'all-terms', 'any-terms', 'partial']).register(API_SCHEMAS, {
  id: 'MatchMode',
});
export type MatchMode = z.infer<typeof MatchMode>;

/** A form of the query also searched as its other forms (synonyms, the thesaurus, long forms of an abbreviation). */
export const Expansion = z
  .strictObject({
    from: z.string(),
    to: strings.meta({ description: 'The other forms searched, in the data file order' }),
    source: z
      .enum(['synonym', 'thesaurus', 'abbreviation'])
      .optional()
      .meta({ description: 'What found them: the thesaurus, or the long forms the corpus writes (absent: synonyms)' }),
  })
  .register(API_SCHEMAS, { id: 'Expansion' });

/** The query as the engine read it. */
export const QueryEcho = z.strictObject({
  q: z.string(),
  terms: strings.meta({ description: 'The analysed words ranked by' }),
  phrases: strings.meta({ description: 'Each unit as typed or translated' }),
  excluded: strings,
  filters: z.strictObject({ province: strings, doc: strings }),
  mode: MatchMode,
  complete: z
    .number()
    .int()
    .meta({ description: 'Clauses with every word of the query; the hits after them (`missing` set) have some' }),
  optional: strings.meta({ description: 'Terms so common that they ranked the hits instead of being required' }),
  lang: z.enum(['zh', 'en', 'mixed']),
  translations: z.array(Translation).readonly(),
  expansions: z.array(Expansion).readonly().meta({
    description:
      'Forms also searched as their synonyms; clauses with the form typed rank first. Quote a word to search it alone',
  }),
});

/** Response of `GET /api/search`. */
export const SearchResponse = z
  .strictObject({
    tookMs: z.number(),
    query: QueryEcho,
    total: z.number().int().meta({ description: 'Clauses matching, over all pages' }),
    facets: z.strictObject({
      province: z.record(z.string(), z.number().int()).meta({ description: 'Matches per province (doc filter on)' }),
      doc: z.record(z.string(), z.number().int()).meta({ description: 'Matches per document (province filter on)' }),
      complete: z
        .strictObject({ province: z.record(z.string(), z.number().int()), doc: z.record(z.string(), z.number().int()) })
        .optional()
        .meta({
          description:
            'The complete matches alone, counted the same way (the counts above add the partial ones listed): ' +
            'where else a query filtered to a region with none is found whole',
        }),
    }),
    hits: z.array(Hit).readonly(),
    suggestions: strings
      .optional()
      .meta({ description: 'Queries the user may have meant (spelling), when nothing or only part matched' }),
  })
  .register(API_SCHEMAS, { id: 'SearchResponse' });
export type SearchResponse = z.infer<typeof SearchResponse>;
