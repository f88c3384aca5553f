// What auth routes answer (see auth.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Role } from './accounts.contract';

export const Account3 = z.object({ accountId: z.string(), congressId: z.string(), role: Role, username: z.string(), displayName: z.string(), departmentId: z.string().nullable(), deputyId: z.string().nullable() });
export type Account3 = z.infer<typeof Account3>;

export const Level = z.enum(['province', 'city', 'county', 'township']);
export type Level = z.infer<typeof Level>;

export const Congress = z.object({ id: z.string(), name: z.string(), jurisdiction: z.string(), level: Level });
export type Congress = z.infer<typeof Congress>;

export const GetMeAnswer = z.union([z.object({ account: z.null(), congress: z.null() }), z.object({ account: Account3, congress: Congress.nullable() })]);
export type GetMeAnswer = z.infer<typeof GetMeAnswer>;
