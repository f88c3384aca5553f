// Who is using the app: whether first-run setup is still needed, and the logged-in account with
// its congress. Loaded once at start and after login, setup and logout.
import { createStore } from 'solid-js/store';
import { api } from './api';

export type Role = 'secretariat' | 'department' | 'deputy' | 'scrutineer';
export const ROLES: Role[] = ['secretariat', 'department', 'deputy', 'scrutineer'];

export interface Account {
  accountId: string;
  congressId: string;
  role: Role;
  username: string;
  displayName: string;
  departmentId: string | null;
  deputyId: string | null;
}

export interface Congress {
  id: string;
  name: string;
  jurisdiction: string;
  level: string;
  /** The public code: citizens' addresses are /public/<code>/<year>. */
  code: string;
}

interface SessionState {
  status: 'loading' | 'ready' | 'failed';
  setupNeeded: boolean;
  account: Account | null;
  congress: Congress | null;
}

function createSession() {
  const [state, setState] = createStore<SessionState>({ status: 'loading', setupNeeded: false, account: null, congress: null });

  async function refreshMe() {
    const me = await api.get<{ account: Account | null; congress: Congress | null }>('/api/auth/me');
    setState({ account: me.account, congress: me.congress });
  }

  /** The server no longer knows us (logout, or a 401): drop the account without asking. */
  function forget() {
    setState({ account: null, congress: null });
  }

  return {
    state,
    /** At start: is the system set up, and who is here. */
    async load() {
      setState('status', 'loading');
      try {
        const setup = await api.get<{ needed: boolean }>('/api/setup');
        setState('setupNeeded', setup.needed);
        if (!setup.needed) await refreshMe();
        else forget();
        setState('status', 'ready');
      } catch {
        setState('status', 'failed');
      }
    },
    async login(username: string, password: string) {
      await api.post('/api/auth/login', { username, password }, { expect401: true });
      await refreshMe();
    },
    async afterSetup() {
      setState('setupNeeded', false);
      await refreshMe();
    },
    async logout() {
      try {
        await api.post('/api/auth/logout');
      } finally {
        forget();
      }
    },
    forget,
    /** Reads the account and congress again (after the congress's public code changed). */
    refresh: refreshMe,
    markSetupDone() {
      setState('setupNeeded', false);
    },
    /** Only the secretariat changes the roster and accounts; scrutineers read. */
    canEdit: () => state.account?.role === 'secretariat',
  };
}

export const session = createSession();

/** Where each role starts after login. */
export function homeFor(role: Role): string {
  switch (role) {
    case 'secretariat':
    case 'scrutineer':
      return '/console';
    case 'department':
      return '/department';
    case 'deputy':
      return '/deputy';
  }
}
