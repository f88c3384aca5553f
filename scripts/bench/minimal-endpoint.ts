// The comparison for `npm run bench:ballot`: the least a cast endpoint could do on the same stack
// (Hono on @hono/node-server, a zod-validated JSON body of the same shape, one INSERT through
// drizzle over postgres.js with the server's pool size) and nothing else: no card, no lock, no
// ledger, no hashing. Started by scripts/bench-ballot.ts as its own process, like the server.
import { serve } from '@hono/node-server';
import { zValidator } from '@hono/zod-validator';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import { Hono } from 'hono';
import postgres from 'postgres';
import { z } from 'zod';

const url = process.env.DATABASE_URL!;
const client = postgres(url, { max: 20, onnotice: () => {} });
const db = drizzle(client);
await db.execute(
  sql`create table if not exists bench_minimal (id bigserial primary key, token text not null, cast_id text not null, choices jsonb not null)`,
);

const body = z
  .object({
    token: z.string().min(1).max(200),
    choices: z.record(z.string().max(100), z.enum(['for', 'against', 'abstain'])),
    castId: z.string().regex(/^[A-Za-z0-9_-]{22,128}$/),
  })
  .strict();

const app = new Hono();
app.get('/health', (c) => c.text('ok'));
app.post('/cast', zValidator('json', body), async (c) => {
  const b = c.req.valid('json');
  const [row] = await db.execute<{ id: string }>(
    sql`insert into bench_minimal (token, cast_id, choices) values (${b.token}, ${b.castId}, ${JSON.stringify(b.choices)}::jsonb) returning id`,
  );
  return c.json({ id: String(row!.id) }, 201);
});
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
