// Accounts of the congress: who may log in, with which role, bound to which department or deputy.
import { api } from '../app/api';
import { createLoader } from '../app/loader';
import type { Role } from '../app/session';

export interface Account {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  departmentId: string | null;
  deputyId: string | null;
  active: boolean;
  createdAt: string;
}

export interface NewAccount {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  departmentId?: string | null;
  deputyId?: string | null;
}

export function createAccountList() {
  return createLoader(
    () => true,
    async () => (await api.get<{ accounts: Account[] }>('/api/accounts')).accounts,
  );
}

/** A lockout of login or password change (server: recentLockouts). */
export interface Lockout {
  accountId: string;
  username: string;
  displayName: string;
  kind: 'login' | 'password';
  attempts: number;
  since: string;
  until: string;
}

export function createLockoutList() {
  return createLoader(
    () => true,
    async () => (await api.get<{ lockouts: Lockout[] }>('/api/auth/lockouts')).lockouts,
  );
}

export const accountsApi = {
  create: (input: NewAccount) => api.post<{ account: Account }>('/api/accounts', input).then((r) => r.account),
  update: (id: string, input: { displayName?: string; active?: boolean; password?: string }) =>
    api.patch<{ account: Account }>(`/api/accounts/${id}`, input).then((r) => r.account),
};
