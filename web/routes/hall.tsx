// Routes and console navigation of the hall pages; main.tsx and ConsoleLayout include them.
import { Route } from '@solidjs/router';
import { lazy } from 'solid-js';
import { t } from '../app/i18n';
import { session } from '../app/session';
import type { NavItem } from '../app/Shell';

// Each audience loads only its own pages: a hall tablet never downloads the console.
const AttendancePage = lazy(() => import('../console/session/AttendancePage').then((m) => ({ default: m.AttendancePage })));
const BallotsPage = lazy(() => import('../console/session/BallotsPage').then((m) => ({ default: m.BallotsPage })));
const BallotPage = lazy(() => import('../console/session/BallotPage').then((m) => ({ default: m.BallotPage })));
const TabletsPage = lazy(() => import('../console/session/TabletsPage').then((m) => ({ default: m.TabletsPage })));
const PrintCardsPage = lazy(() => import('../console/session/PrintCardsPage').then((m) => ({ default: m.PrintCardsPage })));
const SigningKeysPage = lazy(() => import('../console/signing/SigningKeysPage').then((m) => ({ default: m.SigningKeysPage })));
const TabletPage = lazy(() => import('../tablet/TabletPage').then((m) => ({ default: m.TabletPage })));
const PhonePage = lazy(() => import('../tablet/PhonePage').then((m) => ({ default: m.PhonePage })));
const ScreenPage = lazy(() => import('../screen/ScreenPage').then((m) => ({ default: m.ScreenPage })));
const VerifyPage = lazy(() => import('../verify/VerifyPage').then((m) => ({ default: m.VerifyPage })));

/** Pages under /console (rendered inside the console shell). */
export const hallConsoleRoutes = () => (
  <>
    <Route path="/session" component={AttendancePage} />
    <Route path="/session/ballots" component={BallotsPage} />
    <Route path="/session/ballots/:id" component={BallotPage} />
    <Route path="/session/tablets" component={TabletsPage} />
    <Route path="/signing" component={SigningKeysPage} />
  </>
);

/** Pages outside the console (their own layouts). */
export const hallTopRoutes = () => (
  <>
    <Route path="/tablet" component={TabletPage} />
    <Route path="/v" component={PhonePage} />
    <Route path="/screen/:ballotId" component={ScreenPage} />
    <Route path="/verify" component={VerifyPage} />
    <Route path="/print/cards" component={PrintCardsPage} />
  </>
);

/** Items for the console's navigation, in order; a function so labels follow the language. */
export const hallNav = (): NavItem[] => [
  { href: '/console/session', label: t('hall.nav.attendance'), end: true },
  { href: '/console/session/ballots', label: t('hall.nav.ballots') },
  ...(session.canEdit() ? [{ href: '/console/session/tablets', label: t('hall.nav.tablets') }] : []),
  { href: '/console/signing', label: t('signing.nav') },
];
