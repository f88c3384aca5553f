// What accounts routes answer (see accounts.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';

export const Role = z.enum(['secretariat', 'department', 'deputy', 'scrutineer']);
export type Role = z.infer<typeof Role>;

export const Account = z.object({ departmentName: z.string().nullable(), deputyName: z.string().nullable(), id: z.string(), username: z.string(), displayName: z.string(), role: Role, departmentId: z.string().nullable(), deputyId: z.string().nullable(), active: z.boolean(), createdAt: z.string() });
export type Account = z.infer<typeof Account>;

export const Account2 = z.object({ id: z.string(), username: z.string(), displayName: z.string(), role: Role, departmentId: z.string().nullable(), deputyId: z.string().nullable(), active: z.boolean(), createdAt: z.string() });
export type Account2 = z.infer<typeof Account2>;

export const AccountsAnswer = z.object({ accounts: z.array(Account) });
export type AccountsAnswer = z.infer<typeof AccountsAnswer>;

export const AccountAnswer = z.object({ account: Account2 });
export type AccountAnswer = z.infer<typeof AccountAnswer>;
