// Routes and console navigation of the phase-1 pages (征集初定); main.tsx and ConsoleLayout include
// them. Each audience's pages load only when someone opens them: the public pages (phones, no
// account) never load the console or the proposal form.
import { Route } from '@solidjs/router';
import { lazy } from 'solid-js';
import { t } from '../app/i18n';
import type { NavItem } from '../app/Shell';
import { implementationDepartmentRoutes, implementationDeputyRoutes, implementationPublicRoutes, implementationYearRoutes } from './implementation';

// A lazily loaded page; each page has its own props, so the loader's type cannot name them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const page = <K extends string>(load: () => Promise<Record<K, (props: any) => any>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

// Console (secretariat; scrutineers read).
const CyclesPage = page(() => import('../console/solicitation/CyclesPage'), 'CyclesPage');
const CyclePage = page(() => import('../console/solicitation/CyclePage'), 'CyclePage');
const ScreeningPage = page(() => import('../console/solicitation/ScreeningPage'), 'ScreeningPage');
const SuggestionsPage = page(() => import('../console/solicitation/SuggestionsPage'), 'SuggestionsPage');
const SuggestionPage = page(() => import('../console/solicitation/SuggestionPage'), 'SuggestionPage');
const ProposalScreenPage = page(() => import('../console/solicitation/ProposalScreenPage'), 'ProposalScreenPage');
const ProposalCorrectPage = page(() => import('../console/solicitation/ProposalCorrectPage'), 'ProposalCorrectPage');
const CandidateListPage = page(() => import('../console/solicitation/CandidateListPage'), 'CandidateListPage');

// Department and deputy portals.
const DepartmentLayout = page(() => import('../department/DepartmentLayout'), 'DepartmentLayout');
const DepartmentHome = page(() => import('../department/DepartmentHome'), 'DepartmentHome');
const DeputyLayout = page(() => import('../deputy/DeputyLayout'), 'DeputyLayout');
const DeputyHome = page(() => import('../deputy/DeputyHome'), 'DeputyHome');
const OwnProposalPage = page(() => import('../solicitation/portal/OwnProposalPage'), 'OwnProposalPage');
const ProposalEditPage = page(() => import('../solicitation/portal/ProposalEditPage'), 'ProposalEditPage');
const CandidateReadingPage = page(() => import('../solicitation/portal/CandidateReadingPage'), 'CandidateReadingPage');
const PortalAccountPage = page(() => import('../solicitation/portal/PortalAccountPage'), 'PortalAccountPage');

// Public (no account).
const PortalPage = page(() => import('../public/portal/PortalPage'), 'PortalPage');
const CongressPortalPage = page(() => import('../public/portal/PortalPage'), 'CongressPortalPage');
const CongressByIdRedirect = page(() => import('../public/portal/PortalPage'), 'CongressByIdRedirect');
const YearFrame = page(() => import('../public/portal/YearPages'), 'YearFrame');
const YearPage = page(() => import('../public/portal/YearPages'), 'YearPage');
const PublicListPage = page(() => import('../public/PublicListPage'), 'PublicListPage');
const SuggestPage = page(() => import('../public/SuggestPage'), 'SuggestPage');
const TrackEntryPage = page(() => import('../public/TrackPage'), 'TrackEntryPage');
const TrackResultPage = page(() => import('../public/TrackPage'), 'TrackResultPage');

const NewProposal = () => <ProposalEditPage mode="new" />;
const EditProposal = () => <ProposalEditPage mode="edit" />;

/** Pages under /console (rendered inside the console shell). */
export const solicitationConsoleRoutes = () => (
  <>
    <Route path="/cycles" component={CyclesPage} />
    <Route path="/cycles/:id" component={CyclePage} />
    <Route path="/cycles/:id/screening" component={ScreeningPage} />
    <Route path="/cycles/:id/suggestions" component={SuggestionsPage} />
    <Route path="/cycles/:id/candidate-list" component={CandidateListPage} />
    <Route path="/proposals/:id" component={ProposalScreenPage} />
    <Route path="/proposals/:id/edit" component={ProposalCorrectPage} />
    <Route path="/suggestions/:id" component={SuggestionPage} />
  </>
);

/** The portal pages a department and a deputy share, under their own frame. */
const portalPages = () => (
  <>
    <Route path="/cycles/:id/new" component={NewProposal} />
    <Route path="/cycles/:id/list" component={CandidateReadingPage} />
    <Route path="/proposals/:id" component={OwnProposalPage} />
    <Route path="/proposals/:id/edit" component={EditProposal} />
    <Route path="/account" component={PortalAccountPage} />
  </>
);

/** Pages outside the console (their own layouts): the department and deputy portals, the public pages. */
export const solicitationTopRoutes = () => (
  <>
    <Route path="/department" component={DepartmentLayout}>
      <Route path="/" component={DepartmentHome} />
      {portalPages()}
      {implementationDepartmentRoutes()}
    </Route>
    <Route path="/deputy" component={DeputyLayout}>
      <Route path="/" component={DeputyHome} />
      {portalPages()}
      {implementationDeputyRoutes()}
    </Route>
    <Route path="/public">
      <Route path="/" component={PortalPage} />
      {/* The address before public codes: on to /public/<code>. */}
      <Route path="/c/:congressId" component={CongressByIdRedirect} />
      <Route path="/cycles/:id" component={PublicListPage} />
      <Route path="/cycles/:id/suggest" component={SuggestPage} />
      <Route path="/track" component={TrackEntryPage} />
      <Route path="/track/:code" component={TrackResultPage} />
      {implementationPublicRoutes()}
      {/* Readable addresses; fixed segments above (c, cycles, track, projects, departments) win, and no code may take them. */}
      <Route path="/:code" component={CongressPortalPage} />
      <Route path="/:code/:year" component={YearFrame}>
        <Route path="/" component={YearPage} />
        <Route path="/candidates" component={PublicListPage} />
        <Route path="/suggest" component={SuggestPage} />
        {implementationYearRoutes()}
      </Route>
    </Route>
  </>
);

/** Items for the console's navigation, in order; a function so labels follow the language. */
export const solicitationNav = (): NavItem[] => [{ href: '/console/cycles', label: t('sol.nav.cycles') }];
