// The OpenAPI 3.1 document, generated from the route table and the schemas: never written by hand.
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from './errors.ts';
import { API_SCHEMAS } from './registry.ts';
import { COMMON_ERRORS, ROUTES, openApiPath, type RouteSpec } from './routes.ts';

type Json = Record<string, unknown>;

const ref = (schema: z.ZodType): Json => {
  const id = API_SCHEMAS.get(schema)?.id;
  return id ? { $ref: `#/components/schemas/${id}` } : strip(z.toJSONSchema(schema, { unrepresentable: 'any' }));
};

// JSON Schema keys that have no place inside an OpenAPI document (or say nothing once inside it).
function strip(schema: Json): Json {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return JSON.parse(JSON.stringify(rest)) as Json;
}

function parameters(route: RouteSpec): Json[] {
  const path = Object.entries(route.pathParams ?? {}).map(([name, description]) => ({
    name,
    in: 'path',
    required: true,
    description,
    schema: { type: 'string' },
  }));
  const query = Object.entries(route.params.shape).map(([name, field]) => {
    const schema = strip(z.toJSONSchema(field as z.ZodType, { io: 'input', unrepresentable: 'any' }));
    const { description, ...rest } = schema;
    return {
      name,
      in: 'query',
      required: !(field as z.ZodType).safeParse(undefined).success,
      description,
      schema: rest,
    };
  });
  return [...path, ...query];
}

function responses(route: RouteSpec): Json {
  const content = Object.fromEntries(Object.entries(route.responses).map(([type, s]) => [type, { schema: ref(s) }]));
  const out: Json = { 200: { description: 'OK', content } };
  const errors =
    route.tag === 'page' ? (['METHOD_NOT_ALLOWED', 'INTERNAL'] as ErrorCode[]) : [...COMMON_ERRORS, ...route.errors];
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errors)
    byStatus.set(ERROR_CODES[code].status, [...(byStatus.get(ERROR_CODES[code].status) ?? []), code]);
  for (const [status, codes] of [...byStatus].sort((a, b) => a[0] - b[0])) {
    out[status] = {
      description: codes.map((c) => `${c}: ${ERROR_CODES[c].when}`).join('; '),
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  return out;
}

let cached: Json | undefined;

/** The API's OpenAPI 3.1 document, made once from {@link ROUTES} and the registered schemas. */
export function openApiDocument(): Json {
  if (cached) return cached;
  const components = z.toJSONSchema(API_SCHEMAS, {
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  }) as { schemas: Record<string, Json> };
  const paths: Record<string, Json> = {};
  for (const route of Object.values(ROUTES) as RouteSpec[]) {
    paths[openApiPath(route.path)] = {
      [route.method]: {
        summary: route.summary,
        tags: [route.tag],
        parameters: parameters(route),
        responses: responses(route),
      },
    };
  }
  cached = {
    openapi: '3.1.0',
    info: {
      title: 'zhengce 政策 search API',
      version: '2.0.0',
      description:
        'Clause-level search, reading and question answering over Chinese pharmaceutical-industry policy documents.',
    },
    paths,
    components: { schemas: Object.fromEntries(Object.entries(components.schemas).map(([k, v]) => [k, strip(v)])) },
  };
  return cached;
}
