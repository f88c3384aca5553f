// Who is using the app: whether first-run setup is still needed, and the logged-in account with
// its congress. Loaded once at start and after login, setup and logout.
import { createStore } from 'solid-js/store';
import type { Congress, Role, SessionAccount } from '@contract';
import { api } from './api';

// The account and congress are the server's contract (GET /api/auth/me).
export type { Congress, Role } from '@contract';
export type Account = SessionAccount;
export const ROLES = ['secretariat', 'department', 'deputy', 'scrutineer'] as const satisfies readonly Role[];

interface SessionState {
  status: 'loading' | 'ready' | 'failed';
  setupNeeded: boolean;
  account: Account | null;
  congress: Congress | null;
}

function createSession() {
  const [state, setState] = createStore<SessionState>({ status: 'loading', setupNeeded: false, account: null, congress: null });

  async function refreshMe() {
    const me = await api.get('/api/auth/me');
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
        const setup = await api.get('/api/setup');
        setState('setupNeeded', setup.needed);
        if (!setup.needed) await refreshMe();
        else forget();
        setState('status', 'ready');
      } catch {
        setState('status', 'failed');
      }
    },
    async login(username: string, password: string) {
      await api.post('/api/auth/login', { body: { username, password }, expect401: true });
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
