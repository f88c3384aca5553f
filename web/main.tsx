// Entry: the route table and the frame every page shares (start-up check, toasts, confirmations).
// The hall's pages (/tablet, /screen, /v, /verify) come from routes/hall.tsx; the portals (/department,
// /deputy) and the public pages (/public) from routes/solicitation.tsx.
import { Navigate, Route, Router, useLocation, useNavigate, type RouteSectionProps } from '@solidjs/router';
import { lazy, Match, onMount, Switch } from 'solid-js';
import { render } from 'solid-js/web';
import { onUnauthenticated } from './app/api';
import { ConfirmHost } from './app/confirm';
import { lang, setLang, t } from './app/i18n';
import { NotFoundPage } from './app/NotFoundPage';
import { homeFor, session } from './app/session';
import { Toaster, toasts } from './app/toasts';
import { LoginPage } from './auth/LoginPage';
import { SetupPage } from './auth/SetupPage';
import './app/styles.css';
import { hallConsoleRoutes, hallTopRoutes } from './routes/hall';
import { implementationConsoleRoutes } from './routes/implementation';
import { solicitationConsoleRoutes, solicitationTopRoutes } from './routes/solicitation';

// Each audience's pages load only when someone opens them (deputies on phones skip the console).
const ConsoleLayout = lazy(() => import('./console/ConsoleLayout').then((m) => ({ default: m.ConsoleLayout })));
const DeputiesPage = lazy(() => import('./console/DeputiesPage').then((m) => ({ default: m.DeputiesPage })));
const DeputyImportPage = lazy(() => import('./console/DeputyImportPage').then((m) => ({ default: m.DeputyImportPage })));
const DelegationsPage = lazy(() => import('./console/DelegationsPage').then((m) => ({ default: m.DelegationsPage })));
const DepartmentsPage = lazy(() => import('./console/DepartmentsPage').then((m) => ({ default: m.DepartmentsPage })));
const AccountsPage = lazy(() => import('./console/AccountsPage').then((m) => ({ default: m.AccountsPage })));
const LedgersPage = lazy(() => import('./console/LedgersPage').then((m) => ({ default: m.LedgersPage })));
const LedgerPage = lazy(() => import('./console/LedgerPage').then((m) => ({ default: m.LedgerPage })));
const MyAccountPage = lazy(() => import('./console/MyAccountPage').then((m) => ({ default: m.MyAccountPage })));
const PortalPage = lazy(() => import('./public/portal/PortalPage').then((m) => ({ default: m.PortalPage })));

function AppRoot(props: RouteSectionProps) {
  const navigate = useNavigate();
  const location = useLocation();
  onUnauthenticated(() => {
    const hadSession = !!session.state.account;
    session.forget();
    if (location.pathname.startsWith('/login') || location.pathname.startsWith('/setup')) return;
    if (hadSession) toasts.error(t('login.sessionEnded'));
    navigate(`/login?next=${encodeURIComponent(location.pathname + location.search)}`, { replace: true });
  });
  onMount(() => {
    setLang(lang());
    void session.load();
  });
  return (
    <>
      <Switch>
        <Match when={session.state.status === 'loading'}>
          <p class="app-status" role="status">
            {t('app.loading')}
          </p>
        </Match>
        <Match when={session.state.status === 'failed'}>
          <div class="app-status" role="alert">
            <p>{t('app.loadFailed')}</p>
            <button type="button" class="btn btn-primary" onClick={() => void session.load()}>
              {t('app.retry')}
            </button>
          </div>
        </Match>
        <Match when={session.state.status === 'ready'}>{props.children}</Match>
      </Switch>
      <Toaster />
      <ConfirmHost />
    </>
  );
}

/** "/": setup first; without a session the public portal (its 工作人员登录 leads to /login); else the role's home. */
function Start() {
  return (
    <Switch>
      <Match when={session.state.setupNeeded}>
        <Navigate href="/setup" />
      </Match>
      <Match when={!session.state.account}>
        <PortalPage />
      </Match>
      <Match when={session.state.account}>{(a) => <Navigate href={homeFor(a().role)} />}</Match>
    </Switch>
  );
}

render(
  () => (
    <Router root={AppRoot}>
      <Route path="/" component={Start} />
      <Route path="/setup" component={SetupPage} />
      <Route path="/login" component={LoginPage} />
      <Route path="/console" component={ConsoleLayout}>
        <Route path="/" component={() => <Navigate href="/console/deputies" />} />
        <Route path="/deputies" component={DeputiesPage} />
        <Route path="/deputies/import" component={DeputyImportPage} />
        <Route path="/delegations" component={DelegationsPage} />
        <Route path="/departments" component={DepartmentsPage} />
        <Route path="/accounts" component={AccountsPage} />
        <Route path="/ledgers" component={LedgersPage} />
        <Route path="/ledgers/:id" component={LedgerPage} />
        <Route path="/account" component={MyAccountPage} />
        {solicitationConsoleRoutes()}
        {hallConsoleRoutes()}
        {implementationConsoleRoutes()}
      </Route>
      {solicitationTopRoutes()}
      {hallTopRoutes()}
      {/* /department and /deputy (the portals) are in solicitationTopRoutes. */}
      <Route path="*404" component={NotFoundPage} />
    </Router>
  ),
  document.getElementById('root')!,
);
