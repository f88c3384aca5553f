// Who is using the app: whether first-run setup is still needed, and the logged-in account with
// its congress. Loaded once at start and after login, setup and logout.
import { createStore } from 'solid-js/store';
import { can, type Permission, type Role } from '@contract/domain';
import type { Congress, SessionAccount } from '@contract';
import { api } from './api';

// The account and congress are the server's contract (GET /api/auth/me); the roles and what each may
// do are the server's table (server/core/access/permissions.ts).
export type { Congress } from '@contract';
export { ROLES, type Permission, type Role } from '@contract/domain';
export type Account = SessionAccount;

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
    /** Reads the account and congress again (after the congress's public code changed). */
    refresh: refreshMe,
    markSetupDone() {
      setState('setupNeeded', false);
    },
    /** Whether the logged-in account's role holds this permission (the server decides anyway). */
    may: (permission: Permission) => can(state.account, permission),
    /** Only the secretariat changes the roster and accounts; scrutineers read. */
    canEdit: () => can(state.account, 'roster.manage'),
  };
}

export const session = createSession();

/** Each audience's pages and the permission that opens them, in the order a role is sent to them. */
const WORKSPACES: ReadonlyArray<[string, Permission]> = [
  ['/console', 'workspace.console'],
  ['/department', 'workspace.department'],
  ['/deputy', 'workspace.deputy'],
];

/** Where each role starts after login: the first pages it may use. */
export function homeFor(role: Role): string {
  return WORKSPACES.find(([, need]) => can({ role }, need))?.[0] ?? '/';
}
