import { defineRoute } from '../http/route';
import { GetProjectAnswer, ListProjectsAnswer, ProjectAnswer, ProjectReportsAnswer, SetCadenceAnswer } from './projects.contract';
import { idParam } from '../http/schemas';
import { cadenceBody, planBody, projectListQuery } from './inputs';
import { listProjects, projectDetail, projectReports, setCadence, setPlan } from './projects.service';

export const listProjectsRoute = defineRoute({
  method: 'get',
  path: '/api/projects',
  access: 'project.read',
  summary:
    'Projects with status and flags (overdue, delayed), filters and counts: a department sees its own; ?supervised=true gives a deputy the projects of their groups',
  responses: { 200: ListProjectsAnswer },
  query: projectListQuery,
  handler: async ({ c, deps, actor, query }) => c.json(await listProjects(deps.db, actor, query, deps.clock())),
});

export const getProjectRoute = defineRoute({
  method: 'get',
  path: '/api/projects/:id',
  access: 'project.read',
  summary:
    "One project's whole record (plan, reports, reporting periods, supervision, changes, evaluation, timeline) and what I may do; departments only their own",
  responses: { 200: GetProjectAnswer },
  params: idParam,
  handler: async ({ c, deps, actor, params }) => c.json(await projectDetail(deps.db, actor, params.id, deps.clock())),
});

export const projectReportsRoute = defineRoute({
  method: 'get',
  path: '/api/projects/:id/reports',
  access: 'project.read',
  summary: "A project's progress reports (newest first, corrections marked) and its reporting record per period",
  responses: { 200: ProjectReportsAnswer },
  params: idParam,
  handler: async ({ c, deps, actor, params }) => c.json(await projectReports(deps.db, actor, params.id, deps.clock())),
});

export const setPlanRoute = defineRoute({
  method: 'put',
  path: '/api/projects/:id/plan',
  access: 'project.plan',
  summary: 'Set the implementation plan: summary and milestones (name, due date); milestones named in a report cannot change (ledgered)',
  responses: { 200: ProjectAnswer },
  params: idParam,
  body: planBody,
  handler: async ({ c, deps, actor, params, body }) => c.json({ project: await setPlan(deps.db, actor, params.id, body, deps.clock()) }),
});

export const setCadenceRoute = defineRoute({
  method: 'post',
  path: '/api/cycles/:id/reporting-cadence',
  access: 'project.setCadence',
  summary: 'Set the reporting cadence (monthly or quarterly) of all or some projects; takes effect at the next boundary of both cadences (ledgered)',
  responses: { 200: SetCadenceAnswer },
  params: idParam,
  body: cadenceBody,
  handler: async ({ c, deps, actor, params, body }) => c.json(await setCadence(deps.db, actor, params.id, body, deps.clock())),
});
