// Accounts of the congress: who may log in, with which role, bound to which department or deputy.
import { api } from '../app/api';
import { createLoader } from '../app/loader';
import type { AccountListItem, ApiBody, Lockout } from '@contract';

/** A row of GET /api/accounts (with the bound department's or deputy's name). */
export type Account = AccountListItem;
export type NewAccount = ApiBody<'post', '/api/accounts'>;
export type AccountChange = ApiBody<'patch', '/api/accounts/:id'>;
export type { Lockout };

export function createAccountList() {
  return createLoader(
    () => true,
    async () => (await api.get('/api/accounts')).accounts,
  );
}

export function createLockoutList() {
  return createLoader(
    () => true,
    async () => (await api.get('/api/auth/lockouts')).lockouts,
  );
}

export const accountsApi = {
  create: (input: NewAccount) => api.post('/api/accounts', { body: input }).then((r) => r.account),
  update: (id: string, input: AccountChange) => api.patch('/api/accounts/:id', { params: { id }, body: input }).then((r) => r.account),
};
