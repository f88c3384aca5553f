// What auth routes answer (see auth.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Account } from './accounts.contract';

/** The signed-in account: who it is and what it is bound to, in its congress. */
export const SessionAccount = Account.pick({ role: true, username: true, displayName: true, departmentId: true, deputyId: true })
  .extend({ accountId: z.string(), congressId: z.string() })
  .meta({ id: 'SessionAccount' });
export type SessionAccount = z.infer<typeof SessionAccount>;

export const CongressLevel = z.enum(['province', 'city', 'county', 'township']).meta({ id: 'CongressLevel' });
export type CongressLevel = z.infer<typeof CongressLevel>;

/** code: the congress's public code, the first part of its public addresses (/public/<code>/<year>). */
export const Congress = z
  .object({ id: z.string(), name: z.string(), jurisdiction: z.string(), level: CongressLevel, code: z.string() })
  .meta({ id: 'Congress' });
export type Congress = z.infer<typeof Congress>;

export const GetMeAnswer = z
  .union([z.object({ account: z.null(), congress: z.null() }), z.object({ account: SessionAccount, congress: Congress.nullable() })])
  .meta({ id: 'GetMeAnswer' });
export type GetMeAnswer = z.infer<typeof GetMeAnswer>;

export const Lockout = z
  .object({
    accountId: z.string(),
    username: z.string(),
    displayName: z.string(),
    kind: z.enum(['login', 'password']),
    attempts: z.number().int(),
    since: z.string(),
    until: z.string(),
  })
  .meta({ id: 'Lockout' });
export type Lockout = z.infer<typeof Lockout>;
export const LockoutsAnswer = z.object({ lockouts: z.array(Lockout) }).meta({ id: 'LockoutsAnswer' });
export type LockoutsAnswer = z.infer<typeof LockoutsAnswer>;
