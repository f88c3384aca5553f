import { z } from 'zod';
import { ROLES } from '../../../db/schema';
import { defineRoute } from '../../http/route';
import { AccountAnswer, AccountsAnswer } from './accounts.contract';
import { id, idParam, password, text, username } from '../../http/schemas';
import { createAccount, listCongressAccounts, updateAccountByStaff } from './accounts.service';

export const listAccountsRoute = defineRoute({
  method: 'get',
  path: '/api/accounts',
  access: 'account.manage',
  summary: 'Accounts of my congress',
  responses: { 200: AccountsAnswer },
  handler: async ({ c, deps, actor }) => c.json({ accounts: await listCongressAccounts(deps.db, actor) }),
});

export const createAccountRoute = defineRoute({
  method: 'post',
  path: '/api/accounts',
  access: 'account.manage',
  summary: 'Create an account (role bound to a department or deputy)',
  responses: { 201: AccountAnswer },
  body: z
    .object({
      username,
      displayName: text(50),
      role: z.enum(ROLES),
      password,
      departmentId: id.nullable().optional(),
      deputyId: id.nullable().optional(),
    })
    .strict(),
  handler: async ({ c, deps, actor, body }) => c.json({ account: await createAccount(deps.db, actor, body, deps.clock()) }, 201),
});

export const updateAccountRoute = defineRoute({
  method: 'patch',
  path: '/api/accounts/:id',
  access: 'account.manage',
  summary: 'Rename, deactivate or reset the password of an account',
  responses: { 200: AccountAnswer },
  params: idParam,
  body: z.object({ displayName: text(50).optional(), active: z.boolean().optional(), password: password.optional() }).strict(),
  handler: async ({ c, deps, actor, params, body }) => c.json({ account: await updateAccountByStaff(deps.db, actor, params.id, body, deps.clock()) }),
});
