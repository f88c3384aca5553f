// What accounts routes answer (see accounts.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { ROLES } from '../access/permissions';

export const Role = z.enum(ROLES).meta({ id: 'Role' });
export type Role = z.infer<typeof Role>;

export const Account = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: Role,
    departmentId: z.string().nullable(),
    deputyId: z.string().nullable(),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Account' });
export type Account = z.infer<typeof Account>;

/** A row of the list: the account and the name of the department or deputy it is bound to. */
export const AccountListItem = Account.extend({ departmentName: z.string().nullable(), deputyName: z.string().nullable() }).meta({
  id: 'AccountListItem',
});
export type AccountListItem = z.infer<typeof AccountListItem>;

export const AccountsAnswer = z.object({ accounts: z.array(AccountListItem) }).meta({ id: 'AccountsAnswer' });
export type AccountsAnswer = z.infer<typeof AccountsAnswer>;

export const AccountAnswer = z.object({ account: Account }).meta({ id: 'AccountAnswer' });
export type AccountAnswer = z.infer<typeof AccountAnswer>;
