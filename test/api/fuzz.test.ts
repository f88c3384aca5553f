// Fuzzing the JSON API with generated bodies (fast-check): every POST/PUT/PATCH route of the route
// table, called as a role it allows (public routes anonymously), with bodies built from the
// route's own schema and then broken (wrong types, missing and extra fields, huge strings, deep
// nesting, control characters and lone surrogates, numbers out of range), arbitrary JSON, raw
// bytes that are not UTF-8 or not JSON, and wrong content types. Every answer must be a 4xx with a
// JSON error body (or a 2xx when the generated body happens to be valid), never a 5xx; and a
// refused request must leave the database exactly as it was (a digest of every table's rows).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ROUTES } from '../../server/routes';
import { rolesWith } from '../../server/core/access/permissions';
import type { RouteDef } from '../../server/http/route';
import { buildHall, createBallot, openWithCards, type Hall } from '../support/ballot-fixtures';
import { databaseDigest, digestChanges } from '../support/db-digest';
import { DRIVERS, startTestServer, type Client, type TestServer } from '../support/harness';

const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 12);
const RAW_PER_ROUTE = 4;
const SEED = Number(process.env.FUZZ_SEED ?? 20270115);

// Logging out would end the session the fuzzing client uses; it takes no body anyway.
const SKIP = new Set(['POST /api/auth/logout']);
const MUTATING = ROUTES.filter((r) => ['post', 'put', 'patch'].includes(r.method) && !SKIP.has(`${r.method.toUpperCase()} ${r.path}`));

// ---- generators ------------------------------------------------------------------------------

type Def = { type: string; [k: string]: any };
const defOf = (s: unknown): Def | null => (s as { _zod?: { def?: Def } })?._zod?.def ?? null;

/**
 * Deep nesting, kept as text until it is sent: building it as objects would overflow the stack
 * of JSON.stringify and of fast-check's printing here, before the server ever sees it.
 */
class Deep {
  constructor(
    readonly depth: number,
    readonly kind: 'array' | 'object',
  ) {}
  text(): string {
    return this.kind === 'array' ? '['.repeat(this.depth) + '1' + ']'.repeat(this.depth) : '{"a":'.repeat(this.depth) + '1' + '}'.repeat(this.depth);
  }
  [fc.toStringMethod]() {
    return `Deep(${this.depth} ${this.kind}s)`;
  }
}

/** JSON text of a generated body, with Deep values spliced in as raw text. */
function serialize(body: unknown): string {
  const deep: Deep[] = [];
  const text = JSON.stringify(body === undefined ? null : body, (_k, v) => (v instanceof Deep ? `\u0000deep${deep.push(v) - 1}\u0000` : v));
  return text.replace(/"\\u0000deep(\d+)\\u0000"/g, (_m, i: string) => deep[Number(i)]!.text());
}

/** Values of the wrong kind or out of range: what a careless or hostile client sends. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -(2 ** 63), 2 ** 31, -1, 0, 1.5, 1e-300),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  fc.constantFrom('\u0000', 'a\u0000b', '\u0007\u001b[31m', '\ud800', 'x\udfffy', '\u2028\u2029', '😀'.repeat(50), ' ', ''),
  fc.constantFrom('<script>alert(1)</script>', "'; drop table ballots; --", '{{7*7}}', '../../etc/passwd', '%00', '\\u0000'),
  fc.integer({ min: 1, max: 300_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 50, max: 5000 }).map((n) => new Deep(n, 'array')),
  fc.integer({ min: 50, max: 2000 }).map((n) => new Deep(n, 'object')),
);

/** A value that fits the schema's shape (not necessarily its rules), so validation goes deeper. */
function plausible(schema: unknown, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  const d = defOf(schema);
  if (!d || depth > 4) return fc.jsonValue({ maxDepth: 1 });
  switch (d.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return fc.oneof({ weight: 4, arbitrary: plausible(d.innerType, ids, depth) }, { weight: 1, arbitrary: fc.constantFrom(undefined, null) });
    case 'pipe':
      return plausible(d.in, ids, depth);
    case 'lazy':
      return plausible(d.getter(), ids, depth + 1);
    case 'string':
      return fc.oneof(
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.constantFrom(...ids),
        fc.constantFrom('2027-01-15', '2027-12-31', 'mishu', 'correct-horse-1', '张伟'),
      );
    case 'number':
    case 'bigint':
      return fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: -5, max: 10_000_000 }));
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(d.entries as Record<string, string>));
    case 'literal':
      return fc.constantFrom(...(d.values as unknown[]));
    case 'array':
      return fc.array(plausible(d.element, ids, depth + 1), { maxLength: 3 });
    case 'record':
      return fc.dictionary(fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 6 })), plausible(d.valueType, ids, depth + 1), { maxKeys: 3 });
    case 'union':
      return fc.oneof(...(d.options as unknown[]).map((o) => plausible(o, ids, depth)));
    case 'intersection':
      return plausible(d.left, ids, depth);
    case 'object': {
      const shape = d.shape as Record<string, unknown>;
      const keys = Object.keys(shape);
      if (keys.length === 0) return fc.constant({});
      return fc.record(Object.fromEntries(keys.map((k) => [k, plausible(shape[k], ids, depth + 1)])), { requiredKeys: [] });
    }
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

/** A plausible body, then broken one way: a field of the wrong kind, a field missing, a field too many. */
function bodyFor(route: RouteDef, ids: string[]): fc.Arbitrary<unknown> {
  const base = plausible(route.body as z.ZodType | undefined, ids);
  const broken = fc.tuple(base, wrongValue, fc.nat(), fc.constantFrom('replace', 'extra', 'drop', 'nest')).map(([b, w, n, how]) => {
    if (!b || typeof b !== 'object' || Array.isArray(b)) return w;
    const o = { ...(b as Record<string, unknown>) };
    const keys = Object.keys(o);
    const key = keys.length ? keys[n % keys.length]! : 'name';
    if (how === 'replace') o[key] = w;
    else if (how === 'extra') o[`extra_${n % 7}`] = w;
    else if (how === 'drop') delete o[key];
    else o[key] = { [key]: w };
    return o;
  });
  return fc.oneof(
    { weight: 2, arbitrary: base },
    { weight: 5, arbitrary: broken },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: wrongValue },
  );
}

/** Bytes and headers no JSON client would send. */
const rawRequest: fc.Arbitrary<{ body: Uint8Array | string; type: string | null }> = fc.oneof(
  fc
    .uint8Array({ minLength: 1, maxLength: 64 })
    .map((b) => ({ body: Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, ...b, 0xc3, 0x28, 0x22, 0x7d]), type: 'application/json' })),
  fc
    .constantFrom(
      '{"name": "\xff\xfe"}',
      '{',
      '{"a":1,}',
      'null',
      '[]',
      '"text"',
      '1e999',
      '{"__proto__": {"admin": true}}',
      '{"constructor": {"prototype": {"x": 1}}}',
    )
    .map((b) => ({ body: b, type: 'application/json' })),
  fc
    .constantFrom('{"name":"x"}', 'name=x&title=y', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--')
    .chain((b) =>
      fc
        .constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', null)
        .map((type) => ({ body: b, type })),
    ),
  fc.constant({ body: '{"name":"' + 'x'.repeat(300_000) + '"}', type: 'application/json' }),
  fc.constant({ body: '['.repeat(200_000) + ']'.repeat(200_000), type: 'application/json' }),
  fc.constant({ body: Uint8Array.from(Buffer.from('{"title":"\uFEFF\u0000"}', 'utf8')), type: 'application/json; charset=utf-8' }),
);

// ---- the test ----------------------------------------------------------------------------------

describe.each(DRIVERS)('fuzzing the JSON API [%s]', (driver) => {
  let server: TestServer;
  let hall: Hall;
  let ids: string[];
  const clients = {} as Record<string, Client>;
  const SEGMENTS: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(driver);
    hall = await buildHall(server, { deputies: 6, candidates: 3, seats: 2 });
    const ballot = await createBallot(hall);
    await openWithCards(hall, ballot.id);
    const pw = 'long-enough-1';
    const dept = (await hall.admin.get('/api/departments')).body.departments[0].id;
    expect(
      (await hall.admin.post('/api/accounts', { username: 'fuzz-dept', displayName: '单位', role: 'department', password: pw, departmentId: dept }))
        .status,
    ).toBe(201);
    expect(
      (
        await hall.admin.post('/api/accounts', {
          username: 'fuzz-deputy',
          displayName: '代表',
          role: 'deputy',
          password: pw,
          deputyId: hall.deputyIds[0],
        })
      ).status,
    ).toBe(201);
    clients.secretariat = hall.admin;
    clients.scrutineer = hall.scrutineers[0];
    clients.department = await server.client().login('fuzz-dept', pw);
    clients.deputy = await server.client().login('fuzz-deputy', pw);
    clients.public = server.client();
    const tablet = await hall.admin.post('/api/tablets/pairing-codes', { name: '平板' });
    Object.assign(SEGMENTS, {
      deputies: hall.deputyIds[1],
      cycles: hall.cycleId,
      proposals: hall.candidateIds[0],
      sittings: hall.sittingId,
      ballots: ballot.id,
      tablets: tablet.body.tablet.id,
      delegations: (await hall.admin.get('/api/delegations')).body.delegations[0].id,
      departments: dept,
      accounts: (await hall.admin.get('/api/accounts')).body.accounts[0].id,
    });
    ids = [...new Set(Object.values(SEGMENTS)), ...hall.deputyIds.slice(0, 2), ...hall.candidateIds];
  });
  afterAll(async () => server?.stop());

  it('covers every POST/PUT/PATCH route', () => {
    expect(MUTATING.length).toBeGreaterThan(30);
  });

  it(
    'answers 4xx JSON (or 2xx for a valid body), never 5xx, and a refused request changes nothing',
    async () => {
      const failures: string[] = [];
      const stats = { requests: 0, status: {} as Record<number, number> };
      let baseline = await databaseDigest(server.deps.db);
      const t0 = Date.now();
      for (const route of MUTATING) {
        const who = route.access === 'public' ? 'public' : route.access === 'any' ? 'secretariat' : rolesWith(route.access)[0]!;
        const client = clients[who]!;
        const [, , segment] = route.path.split('/');
        const path = route.path
          .replace(':id', SEGMENTS[segment!] ?? '00000000-0000-4000-8000-000000000000')
          .replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000001');
        const name = `${route.method.toUpperCase()} ${route.path} as ${who}`;
        const send = async (body: unknown, headers: Record<string, string> = {}, raw = false) => {
          const payload = raw ? body : serialize(body);
          const h = raw ? headers : { 'content-type': route.rawBody ? 'text/csv' : 'application/json', ...headers };
          let r: Awaited<ReturnType<Client['request']>>;
          try {
            r = await client.request(route.method.toUpperCase(), path, payload as string, h);
          } catch (err) {
            failures.push(`${name}: no answer (${(err as Error).message}; ${String((err as { cause?: Error }).cause?.message ?? '')})`);
            return;
          }
          stats.requests++;
          stats.status[r.status] = (stats.status[r.status] ?? 0) + 1;
          const describeIt = () =>
            `${name}: ${r.status} ${r.text.slice(0, 200)} ← ${String(raw ? headers['content-type'] : 'json')} ${String(typeof payload === 'string' ? payload : `[${(payload as Uint8Array).length} bytes]`).slice(0, 200)}`;
          if (r.status >= 500 || r.status < 200 || (r.status >= 300 && r.status < 400)) {
            failures.push(describeIt());
            return;
          }
          if (r.status >= 400) {
            const err = (r.body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
            if (typeof err?.code !== 'string' || typeof err?.message !== 'string') failures.push(`not a JSON error: ${describeIt()}`);
            const now = await databaseDigest(server.deps.db);
            const changed = digestChanges(baseline, now);
            if (changed.length) failures.push(`refused but changed ${changed.join(', ')}: ${describeIt()}`);
            baseline = now;
          } else {
            // A generated body that happens to be valid: accepted; the new state is the baseline.
            baseline = await databaseDigest(server.deps.db);
          }
        };
        await fc.assert(
          fc.asyncProperty(bodyFor(route, ids), async (body) => {
            await send(body);
          }),
          { numRuns: RUNS_PER_ROUTE, seed: SEED },
        );
        await fc.assert(
          fc.asyncProperty(rawRequest, async ({ body, type }) => {
            await send(body, type ? { 'content-type': type } : {}, true);
          }),
          { numRuns: RAW_PER_ROUTE, seed: SEED },
        );
        if (failures.length > 30) break;
      }
      console.log(
        `[fuzz ${driver}] ${stats.requests} requests over ${MUTATING.length} routes in ${((Date.now() - t0) / 1000).toFixed(1)} s; statuses ${JSON.stringify(stats.status)}`,
      );
      expect(failures).toEqual([]);
    },
    120_000 * Math.max(1, RUNS_PER_ROUTE / 12),
  );
});
