// The OpenAPI 3.1 description of the API, served at /api/openapi.json.
import { ERROR_CATALOGUE } from '../errors.ts';

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const param = (name: string, description: string, schema: object, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema,
});

/** The API description. Kept beside the routes; a test checks every route is in it. */
export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'zhengce 政策 search API',
    version: '1.0.0',
    description: 'Clause-level search and reading of Chinese pharmaceutical-industry policy documents.',
  },
  paths: {
    '/api/search': {
      get: {
        summary: 'Ranked clause search with highlights and facets',
        parameters: [
          param(
            'q',
            'Query: words and phrases (all must match), "quoted phrase", -exclude, A OR B, province:浙江, doc:ID. At most 200 characters.',
            { type: 'string', maxLength: 200 },
            true,
          ),
          param('province', 'Province or city filter: 浙江, 浙江省 or Zhejiang; several separated by commas.', {
            type: 'string',
          }),
          param('doc', 'Document id filter; several separated by commas.', { type: 'string' }),
          param('limit', 'Hits per page.', { type: 'integer', minimum: 1, maximum: 50, default: 10 }),
          param('offset', 'Hits to skip.', { type: 'integer', minimum: 0, maximum: 10000, default: 0 }),
          param('lang', 'auto (default) translates English words; zh searches Latin words as written; en translates.', {
            type: 'string',
            enum: ['auto', 'zh', 'en'],
          }),
        ],
        responses: {
          200: {
            description: 'Results',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/SearchResponse' } } },
          },
          400: errorResponse('EMPTY_QUERY, QUERY_TOO_LONG, INVALID_PARAMETER, UNKNOWN_PROVINCE or UNKNOWN_DOCUMENT'),
        },
      },
    },
    '/api/clauses/{id}': {
      get: {
        summary: 'One clause with its section path and the ids of the previous and next clause',
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            description: 'Clause id such as jilin-2021/3.2.7 (encode # as %23)',
            schema: { type: 'string' },
          },
        ],
        responses: { 200: { description: 'The clause' }, 404: errorResponse('NOT_FOUND') },
      },
    },
    '/api/documents': {
      get: {
        summary: 'Metadata of every document with clause and section counts',
        responses: { 200: { description: 'The documents' } },
      },
    },
    '/api/documents/{id}': {
      get: {
        summary: 'A document: metadata, text, outline and clauses',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: { description: 'The document' }, 404: errorResponse('NOT_FOUND') },
      },
    },
    '/api/gloss': {
      get: {
        summary: 'Reading aid: the words of a clause or text, cut as the index cuts them, with pinyin and English',
        parameters: [
          param('clause', 'A clause id', { type: 'string' }),
          param('text', 'Up to 2000 characters of text', { type: 'string', maxLength: 2000 }),
        ],
        responses: {
          200: { description: '{ words: [ { text, start, end, pinyin, en, source } ] }' },
          400: errorResponse('INVALID_PARAMETER'),
          404: errorResponse('NOT_FOUND'),
        },
      },
    },
    '/api/health': {
      get: {
        summary: 'Index status',
        responses: { 200: { description: '{ status, documents, clauses, indexVersion, builtAt }' } },
      },
    },
    '/api/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
  },
  components: {
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: {
              code: { type: 'string', enum: Object.keys(ERROR_CATALOGUE) },
              message: { type: 'string' },
              details: {},
            },
          },
        },
      },
      Hit: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          score: { type: 'number' },
          label: { type: 'string', description: 'Full numbering label, e.g. 三、（二）7.' },
          section: { type: 'array', items: { type: 'string' } },
          text: { type: 'string' },
          snippet: { type: 'string', description: 'At most 160 characters, HTML-escaped, matches in <mark>' },
          highlight: { type: 'string', description: 'The whole clause, HTML-escaped, matches in <mark>' },
          province: { type: 'string' },
          city: { type: 'string' },
          doc: {
            type: 'object',
            properties: { id: { type: 'string' }, title: { type: 'string' }, province: { type: 'string' } },
          },
        },
      },
      SearchResponse: {
        type: 'object',
        properties: {
          query: {
            type: 'object',
            properties: {
              q: { type: 'string' },
              terms: { type: 'array', items: { type: 'string' } },
              phrases: { type: 'array', items: { type: 'string' } },
              excluded: { type: 'array', items: { type: 'string' } },
              filters: { type: 'object' },
              mode: { type: 'string', enum: ['exact', 'all-terms', 'any-terms', 'partial'] },
              optional: {
                type: 'array',
                items: { type: 'string' },
                description: 'Terms so common they ranked the hits instead of being required',
              },
              lang: { type: 'string', enum: ['zh', 'en', 'mixed'] },
              translations: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    from: { type: 'string' },
                    to: { type: 'array', items: { type: 'string' } },
                    source: { type: 'string', enum: ['glossary', 'dictionary', 'latin', 'pinyin', 'region', 'none'] },
                  },
                },
              },
            },
          },
          total: { type: 'integer' },
          tookMs: { type: 'number' },
          facets: { type: 'object', properties: { province: { type: 'object' }, doc: { type: 'object' } } },
          hits: { type: 'array', items: { $ref: '#/components/schemas/Hit' } },
        },
      },
    },
  },
} as const;
