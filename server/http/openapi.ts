// The route table as an OpenAPI 3.1 document, served at GET /api/openapi.json and rendered into
// docs/api.md. Schemas come from zod 4's own JSON Schema output (z.toJSONSchema, draft 2020-12,
// which OpenAPI 3.1 uses as is): the same zod objects validate requests, describe answers, check
// answers in tests and give the web its types, so nothing here can drift from the code.
import { z } from 'zod';
import { ErrorBody, NoBody, RawBody, type ResponseSpec } from './contract';
import type { RouteDef } from './route';
import { rolesWith, type Permission } from '../core/access/permissions';

type JsonSchema = Record<string, unknown>;

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, unknown> };
}

export interface Operation {
  operationId: string;
  summary: string;
  /** Who may call: 'public', 'any' (any logged-in account) or the roles. */
  'x-access': 'public' | 'any' | string[];
  /** The permission the route needs (server/core/access/permissions.ts); x-access lists the roles holding it. */
  'x-permission'?: Permission;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: 'path' | 'query'; required: boolean; schema: JsonSchema }[];
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> };
  /** An event stream's content also names its events and the schema of each one's data (`x-events`). */
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema; 'x-events'?: Record<string, JsonSchema> }> }>;
}

const STATUS_TEXT: Record<number, string> = { 200: 'OK', 201: 'Created', 204: 'No content', 304: 'Not modified (ETag matches)' };

/** Converts one zod schema, moving named shapes (`.meta({ id })`) into the shared components. */
function converter(components: Record<string, JsonSchema>) {
  const refs = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(refs);
    if (!value || typeof value !== 'object') return value;
    const out: JsonSchema = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = k === '$ref' && typeof v === 'string' ? v.replace('#/$defs/', '#/components/schemas/') : refs(v);
    }
    return out;
  };
  return (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
    const { $schema: _s, $defs, id, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
    for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) components[name] ??= refs(def) as JsonSchema;
    const body = refs(rest) as JsonSchema;
    if (typeof id !== 'string') return body;
    components[id] ??= body;
    return { $ref: `#/components/schemas/${id}` };
  };
}

const objectProperties = (s: JsonSchema) => ({
  properties: (s.properties ?? {}) as Record<string, JsonSchema>,
  required: new Set((s.required ?? []) as string[]),
});

export function openApiDocument(routes: readonly RouteDef[]): OpenApiDocument {
  const schemas: Record<string, JsonSchema> = {};
  const convert = converter(schemas);
  const errorRef = convert(ErrorBody, 'output');
  const paths: OpenApiDocument['paths'] = {};
  const ids = new Map<string, number>();

  // Sorted, so the document (and docs/api.md) does not depend on the order modules list their exports.
  const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
  const sorted = [...routes].sort((a, b) => a.path.localeCompare(b.path) || METHODS.indexOf(a.method) - METHODS.indexOf(b.method));
  for (const r of sorted) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const base = `${r.method}${r.path
      .replace(/^\/api/, '')
      .replace(/[/:.-](\w)/g, (_, ch: string) => ch.toUpperCase())
      .replace(/\W/g, '')}`;
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    const op: Operation = {
      operationId: n === 1 ? base : `${base}${n}`,
      summary: r.summary,
      'x-access': r.access === 'public' || r.access === 'any' ? r.access : rolesWith(r.access),
      responses: {},
    };
    if (r.access !== 'public' && r.access !== 'any') op['x-permission'] = r.access;
    if (r.access !== 'public') op.security = [{ session: [] }];

    const parameters: NonNullable<Operation['parameters']> = [];
    const pathNames = [...r.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
    const params = r.params ? objectProperties(convert(r.params, 'input')).properties : {};
    for (const name of pathNames) parameters.push({ name, in: 'path', required: true, schema: params[name] ?? { type: 'string' } });
    if (r.query) {
      const q = objectProperties(convert(r.query, 'input'));
      for (const [name, schema] of Object.entries(q.properties)) parameters.push({ name, in: 'query', required: q.required.has(name), schema });
    }
    if (parameters.length) op.parameters = parameters;

    if (r.rawBody) op.requestBody = { required: true, content: { 'text/csv': { schema: { type: 'string' } } } };
    else if (r.body)
      op.requestBody = { required: !r.body.safeParse(undefined).success, content: { 'application/json': { schema: convert(r.body, 'input') } } };

    for (const [status, spec] of Object.entries(r.responses) as [string, ResponseSpec][]) {
      const description = STATUS_TEXT[Number(status)] ?? 'OK';
      if (spec === NoBody) op.responses[status] = { description };
      else if (spec instanceof RawBody) {
        const events = spec.events && Object.fromEntries(Object.entries(spec.events).map(([name, data]) => [name, convert(data, 'output')]));
        op.responses[status] = {
          description: spec.description,
          content: { [spec.mediaType]: { schema: { type: 'string' }, ...(events ? { 'x-events': events } : {}) } },
        };
      } else op.responses[status] = { description, content: { 'application/json': { schema: convert(spec, 'output') } } };
    }
    op.responses.default = { description: 'An error: 4xx or 5xx with the error code', content: { 'application/json': { schema: errorRef } } };
    (paths[path] ??= {})[r.method] = op;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: '民生实事项目人大代表票决制 API',
      version: '1',
      description:
        'Generated from the route table (server/routes.ts). Sessions are a cookie set by POST /api/auth/login; ' +
        'state changes with the cookie must come from the same origin.',
    },
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))),
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'session' } },
    },
  };
}
