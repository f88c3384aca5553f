// Routes and navigation of phases 3 and 4 (组织实施, 监督评议): the secretariat's project pages,
// the department's workspace, the deputy's supervision, and the public progress pages and annual
// report. main.tsx, ConsoleLayout and routes/solicitation.tsx include them. Each audience loads
// only its own pages.
import { Route } from '@solidjs/router';
import { lazy } from 'solid-js';
import { t } from '../app/i18n';
import type { NavItem } from '../app/Shell';

// A lazily loaded page; each page has its own props, so the loader's type cannot name them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const page = <K extends string>(load: () => Promise<Record<K, (props: any) => any>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

// Console (secretariat; scrutineers read).
const ConsoleProjectsPage = page(() => import('../console/implementation/ProjectsPage'), 'ProjectsPage');
const ConsoleProjectPage = page(() => import('../console/implementation/ProjectPage'), 'ProjectPage');
const SupervisionPage = page(() => import('../console/implementation/SupervisionPage'), 'SupervisionPage');
const ChangesPage = page(() => import('../console/implementation/ChangesPage'), 'ChangesPage');
const RectificationsPage = page(() => import('../console/implementation/RectificationsPage'), 'RectificationsPage');

// Department workspace and deputy supervision (inside their portals' frames).
const DepartmentProjectsPage = page(() => import('../department/ProjectsPage'), 'ProjectsPage');
const DepartmentProjectPage = page(() => import('../department/ProjectPage'), 'ProjectPage');
const DeputyProjectsPage = page(() => import('../deputy/ProjectsPage'), 'ProjectsPage');
const DeputyProjectPage = page(() => import('../deputy/ProjectPage'), 'ProjectPage');

// Public (no account).
const OverviewPage = page(() => import('../public/progress/OverviewPage'), 'OverviewPage');
const ProjectListPage = page(() => import('../public/progress/ProjectListPage'), 'ProjectListPage');
const ProjectPage = page(() => import('../public/progress/ProjectPage'), 'ProjectPage');
const DepartmentRecordPage = page(() => import('../public/progress/DepartmentRecordPage'), 'DepartmentRecordPage');
const AnnualReportPage = page(() => import('../public/progress/AnnualReportPage'), 'AnnualReportPage');

/** Pages under /console (rendered inside the console shell). */
export const implementationConsoleRoutes = () => (
  <>
    <Route path="/cycles/:id/projects" component={ConsoleProjectsPage} />
    <Route path="/cycles/:id/supervision" component={SupervisionPage} />
    <Route path="/cycles/:id/changes" component={ChangesPage} />
    <Route path="/cycles/:id/rectifications" component={RectificationsPage} />
    <Route path="/projects/:id" component={ConsoleProjectPage} />
  </>
);

/** Pages under /department (inside the department portal's frame). */
export const implementationDepartmentRoutes = () => (
  <>
    <Route path="/projects" component={DepartmentProjectsPage} />
    <Route path="/projects/:id" component={DepartmentProjectPage} />
  </>
);

/** Pages under /deputy (inside the deputy portal's frame). */
export const implementationDeputyRoutes = () => (
  <>
    <Route path="/projects" component={DeputyProjectsPage} />
    <Route path="/projects/:id" component={DeputyProjectPage} />
  </>
);

/** Pages under /public: stable, shareable URLs. */
export const implementationPublicRoutes = () => (
  <>
    <Route path="/cycles/:id/overview" component={OverviewPage} />
    <Route path="/cycles/:id/projects" component={ProjectListPage} />
    <Route path="/cycles/:id/report" component={AnnualReportPage} />
    <Route path="/projects/:id" component={ProjectPage} />
    <Route path="/departments/:id" component={DepartmentRecordPage} />
  </>
);

/** The same pages under a year's readable address, /public/<code>/<year>/… (routes/solicitation.tsx). */
export const implementationYearRoutes = () => (
  <>
    <Route path="/overview" component={OverviewPage} />
    <Route path="/projects" component={ProjectListPage} />
    <Route path="/report" component={AnnualReportPage} />
  </>
);

/** Portal navigation items. */
export const departmentImplementationNav = (): NavItem[] => [{ href: '/department/projects', label: t('dimp.nav.projects') }];
export const deputyImplementationNav = (): NavItem[] => [{ href: '/deputy/projects', label: t('sup.nav.deputyProjects') }];
