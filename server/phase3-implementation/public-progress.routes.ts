// No session needed; read-only; each answer carries an ETag (304 on If-None-Match) and may be
// cached for 30 seconds (public-cache.ts).
import { z } from 'zod';
import { NoBody } from '../http/contract';
import { defineRoute } from '../http/route';
import {
  PublicDepartmentRecordAnswer,
  PublicDepartmentsAnswer,
  PublicNoticesAnswer,
  PublicOverviewAnswer,
  PublicProjectAnswer,
  PublicProjectsAnswer,
} from './public-progress.contract';
import { idParam } from '../http/schemas';
import { projectFilters } from './inputs';
import { congressVersionOf, cachedJson, cycleVersionOf } from '../core/public-cache';
import {
  publicCycleOf,
  publicDepartmentCongress,
  publicDepartmentRecord,
  publicDepartments,
  publicNotices,
  publicOverview,
  publicProject,
  publicProjectRow,
  publicProjects,
} from './public-progress.service';

export const publicOverviewRoute = defineRoute({
  method: 'get',
  path: '/api/public/cycles/:id/overview',
  access: 'public',
  summary:
    'A cycle in implementation at a glance: totals (projects, budget, disbursed), status and category breakdowns, ballot results, notices, every ledger',
  responses: { 200: PublicOverviewAnswer, 304: NoBody },
  params: idParam,
  handler: async ({ c, deps, params }) => {
    const now = deps.clock();
    const cycle = await publicCycleOf(deps, params.id);
    return cachedJson(c, deps, await cycleVersionOf(deps, cycle, now), () => publicOverview(deps.db, cycle.id, now));
  },
});

export const publicProjectsRoute = defineRoute({
  method: 'get',
  path: '/api/public/cycles/:id/projects',
  access: 'public',
  summary: "A cycle's projects with status, progress and flags; ?status, ?category, ?departmentId, ?q, ?flag, with counts per facet",
  responses: { 200: PublicProjectsAnswer, 304: NoBody },
  params: idParam,
  query: z.object({ ...projectFilters, flag: z.enum(['overdue', 'delayed']).optional() }),
  handler: async ({ c, deps, params, query }) => {
    const now = deps.clock();
    const cycle = await publicCycleOf(deps, params.id);
    return cachedJson(c, deps, await cycleVersionOf(deps, cycle, now), () => publicProjects(deps.db, cycle.id, query, now));
  },
});

export const publicNoticesRoute = defineRoute({
  method: 'get',
  path: '/api/public/cycles/:id/notices',
  access: 'public',
  summary: "Published notices: the standing committee's approved decisions on adjustments, suspensions and terminations",
  responses: { 200: PublicNoticesAnswer, 304: NoBody },
  params: idParam,
  handler: async ({ c, deps, params }) => {
    const cycle = await publicCycleOf(deps, params.id);
    return cachedJson(c, deps, await cycleVersionOf(deps, cycle, deps.clock()), () => publicNotices(deps.db, cycle.id));
  },
});

export const publicProjectRoute = defineRoute({
  method: 'get',
  path: '/api/public/projects/:id',
  access: 'public',
  summary:
    'A project page: terms, the proposal, the vote (赞成 and rank), plan, every report, supervision and answers, changes and decisions, evaluation, timeline',
  responses: { 200: PublicProjectAnswer, 304: NoBody },
  params: idParam,
  handler: async ({ c, deps, params }) => {
    const now = deps.clock();
    const p = await publicProjectRow(deps.db, params.id);
    const cycle = await publicCycleOf(deps, p.cycleId);
    return cachedJson(c, deps, await cycleVersionOf(deps, cycle, now), () => publicProject(deps.db, p.id, now));
  },
});

export const publicDepartmentRecordRoute = defineRoute({
  method: 'get',
  path: '/api/public/departments/:id/record',
  access: 'public',
  summary: "A department's record: its projects in every cycle, on-time completion and reporting, satisfaction from the evaluations",
  responses: { 200: PublicDepartmentRecordAnswer, 304: NoBody },
  params: idParam,
  handler: async ({ c, deps, params }) => {
    const now = deps.clock();
    const congressId = await publicDepartmentCongress(deps.db, params.id);
    return cachedJson(c, deps, await congressVersionOf(deps, congressId, now), () => publicDepartmentRecord(deps.db, params.id, congressId, now));
  },
});

export const publicDepartmentsRoute = defineRoute({
  method: 'get',
  path: '/api/public/congresses/:id/departments',
  access: 'public',
  summary: 'The departments of a congress that carry projects, each with its record in brief',
  responses: { 200: PublicDepartmentsAnswer, 304: NoBody },
  params: idParam,
  handler: async ({ c, deps, params }) => {
    const now = deps.clock();
    return cachedJson(c, deps, await congressVersionOf(deps, params.id, now), () => publicDepartments(deps.db, params.id, now));
  },
});
