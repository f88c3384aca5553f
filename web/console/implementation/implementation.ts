// Phase 3 (组织实施) data for the secretariat's pages and the deputies' supervision: projects with
// status and flags, the reporting cadence, the plan, supervision groups and items, change requests
// with the standing committee's decisions, and rectification orders. Shapes follow
// server/phase3-implementation/project-view.ts and project-record.ts.
import type { ApiBody } from '@contract';
import { api, type QueryOf } from '../../app/api';
import { createLoader } from '../../app/loader';
import type { Cadence, ProjectChange, ProjectList as SharedProjectList, ProjectStatus, StaffProjectRecord } from '../../implementation/types';

export { PROJECT_STATUSES, SUPERVISION_KINDS, CHANGE_STATUSES } from '../../implementation/types';
export type {
  Cadence,
  ChangeKind,
  ChangeStatus,
  Grade,
  RectificationStatus,
  ProjectStatus,
  Rectification,
  SupervisionGroup,
  SupervisionItem,
  SupervisionKind,
} from '../../implementation/types';

export const CADENCES: Cadence[] = ['monthly', 'quarterly'];

/** A staff list row also carries the reporting cadence (and one set to start at a later boundary). */
export type ProjectItem = SharedProjectList['projects'][number];
export type ProjectList = SharedProjectList;

export type Change = ProjectChange;
/** GET /api/projects/:id: the record and what the caller may do. */
export type ProjectDetail = StaffProjectRecord;

/** The terms an adjustment may change, in the order a reader compares them: money and dates first. */
export const ADJUST_FIELDS = ['budgetYuan', 'funding', 'deadline', 'content', 'location', 'targets'] as const;
export type AdjustField = (typeof ADJUST_FIELDS)[number];

export interface ProjectFilter {
  status: '' | ProjectStatus;
  category: string;
  departmentId: string;
  flag: '' | 'overdue' | 'delayed';
}

// What the forms send: the request bodies the routes declare (z.input of their schemas).
export type GroupInput = ApiBody<'post', '/api/cycles/:id/supervision-groups'>;
export type ItemInput = ApiBody<'post', '/api/projects/:id/supervision'>;
export type DecisionInput = ApiBody<'post', '/api/changes/:id/decision'>;
export type PlanInput = ApiBody<'put', '/api/projects/:id/plan'>;

export const implementationApi = {
  projects: (query: QueryOf<'/api/projects'>) => api.get('/api/projects', { query: query }),
  project: (id: string) => api.get('/api/projects/:id', { params: { id } }),
  setCadence: (cycleId: string, cadence: Cadence, projectIds?: string[]) =>
    api.post('/api/cycles/:id/reporting-cadence', { params: { id: cycleId }, body: { cadence, projectIds } }),
  setPlan: (projectId: string, input: PlanInput) => api.put('/api/projects/:id/plan', { params: { id: projectId }, body: input }),
  groups: (cycleId: string) => api.get('/api/cycles/:id/supervision-groups', { params: { id: cycleId } }).then((r) => r.groups),
  formGroup: (cycleId: string, input: GroupInput) =>
    api.post('/api/cycles/:id/supervision-groups', { params: { id: cycleId }, body: input }).then((r) => r.group),
  changeGroup: (groupId: string, input: ApiBody<'patch', '/api/supervision-groups/:id'>) =>
    api.patch('/api/supervision-groups/:id', { params: { id: groupId }, body: input }).then((r) => r.group),
  items: (query: { cycleId?: string; projectId?: string; unanswered?: boolean }) =>
    api.get('/api/supervision-items', {
      query: {
        ...query,
        unanswered: query.unanswered ? 'true' : undefined,
      },
    }),
  recordItem: (projectId: string, input: ItemInput) =>
    api.post('/api/projects/:id/supervision', { params: { id: projectId }, body: input }).then((r) => r.item),
  changes: (query: QueryOf<'/api/changes'>) => api.get('/api/changes', { query: query }),
  decide: (changeId: string, input: DecisionInput) =>
    api.post('/api/changes/:id/decision', { params: { id: changeId }, body: input }).then((r) => r.change),
  rectifications: (query: QueryOf<'/api/rectifications'>) => api.get('/api/rectifications', { query: query }),
};

/** A cycle's projects, reloaded whenever the filters change (counts come with every answer). */
export function createProjectList(cycleId: () => string, filter: () => ProjectFilter) {
  return createLoader(
    () => ({ cycleId: cycleId(), ...filter() }),
    (q) => implementationApi.projects(q),
  );
}

export function createProjectDetail(id: () => string) {
  return createLoader(id, (projectId) => implementationApi.project(projectId));
}
