import { z } from 'zod';
import { setSessionCookie } from '../../http/cookies';
import { defineRoute } from '../../http/route';
import { HealthAnswer, NeededAnswer, RunSetupAnswer } from './setup.contract';
import { password, publicCode, text, username } from '../../http/schemas';
import { createSession } from '../accounts/sessions';
import { CONGRESS_LEVELS, isSetUp, runFirstSetup } from './congress.service';
import { HASH_ALGS } from '../domain/ledger-hash';

export const getSetupState = defineRoute({
  method: 'get',
  path: '/api/setup',
  access: 'public',
  summary: 'Whether first-run setup is still needed',
  responses: { 200: NeededAnswer },
  handler: async ({ c, deps }) => c.json({ needed: !(await isSetUp(deps.db)) }),
});

export const congressInput = z
  .object({
    congress: z
      .object({
        name: text(100),
        jurisdiction: text(100),
        level: z.enum(CONGRESS_LEVELS),
        // code: optional for scripts and older callers, who get a derived one; the setup page asks for it.
        code: publicCode.optional(),
        /** The ledgers' hash: sha256 (default) or sm3 (GB/T 32905); fixed once the congress exists. */
        hashAlg: z.enum(HASH_ALGS).optional(),
      })
      .strict(),
    admin: z.object({ username, displayName: text(50), password }).strict(),
  })
  .strict();

export const runSetup = defineRoute({
  method: 'post',
  path: '/api/setup',
  access: 'public',
  summary: 'First-run setup: the congress and its first secretariat account',
  responses: { 201: RunSetupAnswer },
  body: congressInput,
  handler: async ({ c, deps, body }) => {
    const now = deps.clock();
    const { congress, account } = await runFirstSetup(deps.db, body, now);
    const session = await createSession(deps.db, account.id, now);
    setSessionCookie(c, session.token);
    return c.json({ congress: { id: congress.id, name: congress.name }, account: { id: account.id, username: account.username } }, 201);
  },
});

export const health = defineRoute({
  method: 'get',
  path: '/api/health',
  access: 'public',
  summary: 'Liveness and database driver',
  responses: { 200: HealthAnswer },
  handler: async ({ c, deps }) => {
    await deps.db.execute('select 1');
    return c.json({ ok: true, db: deps.database.driver });
  },
});
