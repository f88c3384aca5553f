// Guards an audience's pages: set up first, then logged in, then the right role. The server
// enforces access anyway; this only sends people to the page they can use.
import { Navigate, useLocation } from '@solidjs/router';
import { Match, Switch, type JSX } from 'solid-js';
import { homeFor, session, type Role } from './session';

export function RequireRole(props: { roles: Role[]; children: JSX.Element }) {
  const location = useLocation();
  const next = () => encodeURIComponent(location.pathname + location.search);
  return (
    <Switch fallback={props.children}>
      <Match when={session.state.setupNeeded}>
        <Navigate href="/setup" />
      </Match>
      <Match when={!session.state.account}>
        <Navigate href={`/login?next=${next()}`} />
      </Match>
      <Match when={!props.roles.includes(session.state.account!.role)}>
        <Navigate href={homeFor(session.state.account!.role)} />
      </Match>
    </Switch>
  );
}
