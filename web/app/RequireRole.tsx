// Guards an audience's pages: set up first, then logged in, then a role holding the permission
// the pages need (the server's table). The server enforces access anyway; this only sends people
// to the page they can use.
import { Navigate, useLocation } from '@solidjs/router';
import { Match, Switch, type JSX } from 'solid-js';
import { homeFor, session, type Permission } from './session';

export function RequireRole(props: { need: Permission; children: JSX.Element }) {
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
      <Match when={!session.may(props.need)}>
        <Navigate href={homeFor(session.state.account!.role)} />
      </Match>
    </Switch>
  );
}
