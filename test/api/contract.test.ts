// The typed contract: every route declares its answers, the OpenAPI document lists them all, and
// the test-mode check (on in every API test through test/support/harness.ts) catches an answer
// that strays from its schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NoBody, RawBody } from '../../server/http/contract';
import { defineRoute, responseProblem } from '../../server/http/route';
import { ROUTES } from '../../server/routes';
import { contractBreaches, DRIVERS, startTestServer, type TestServer } from '../support/harness';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the response contract', () => {
  it('every route declares at least one success answer, JSON schemas or a marked raw/no body', () => {
    for (const r of ROUTES) {
      const statuses = Object.keys(r.responses).map(Number);
      expect(
        statuses.some((s) => s >= 200 && s < 300),
        `${r.method} ${r.path}`,
      ).toBe(true);
      for (const spec of Object.values(r.responses)) expect(spec === NoBody || spec instanceof RawBody || spec instanceof z.ZodType).toBe(true);
    }
  });

  it('the test-mode check names a wrong field, an undeclared status and a malformed error', async () => {
    const def = defineRoute({
      method: 'get',
      path: '/api/x',
      access: 'public',
      summary: 'x',
      responses: { 200: z.object({ a: z.string(), b: z.number().nullable() }) },
      handler: ({ c }) => c.json({ a: 'x', b: null }),
    });
    expect(await responseProblem(def, json({ a: 'x', b: null }))).toBeNull();
    expect(await responseProblem(def, json({ a: 1, b: null }))).toMatch(/^a: /);
    expect(await responseProblem(def, json({ a: 'x' }))).toMatch(/^b: /);
    expect(await responseProblem(def, json({ a: 'x', b: null }, 201))).toMatch(/status 201 is not declared/);
    expect(await responseProblem(def, json({ error: { code: 'not_found', message: 'no' } }, 404))).toBeNull();
    expect(await responseProblem(def, json({ message: 'no' }, 404))).toMatch(/error/);
  });
});

describe.each(DRIVERS)('GET /api/openapi.json [%s]', (driver) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(driver);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('is public and lists every route with its request and response schemas', async () => {
    const r = await server.client().get('/api/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe('3.1.0');
    for (const route of ROUTES) {
      const op = r.body.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method];
      expect(op, `${route.method} ${route.path}`).toBeDefined();
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining([...Object.keys(route.responses), 'default']));
    }
    const refs = JSON.stringify(r.body).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of new Set(refs)) expect(r.body.components.schemas, ref).toHaveProperty(ref.split('/').at(-1)!);
    expect(contractBreaches).toEqual([]);
  });
});
