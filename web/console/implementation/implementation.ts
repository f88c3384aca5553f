// Phase 3 (组织实施) data for the secretariat's pages and the deputies' supervision: projects with
// status and flags, the reporting cadence, the plan, supervision groups and items, change requests
// with the standing committee's decisions, and rectification orders. Shapes follow
// server/phase3-implementation/project-view.ts and project-record.ts.
import { api, type Query } from '../../app/api';
import { createLoader } from '../../app/loader';
import type {
  Cadence,
  ProjectChange,
  ProjectList as SharedProjectList,
  ProjectStatus,
  Rectification,
  StaffProjectRecord,
  SupervisionGroup,
  SupervisionItem,
  SupervisionKind,
} from '../../implementation/types';

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

export interface Person {
  deputyId: string;
  name: string;
}
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

export interface GroupInput {
  name: string;
  leaderDeputyId: string;
  memberDeputyIds: string[];
  projectIds: string[];
  category: string | null;
}

export interface ItemInput {
  kind: SupervisionKind;
  occurredOn: string;
  text: string;
  groupId?: string;
}
export interface DecisionInput {
  outcome: 'approved' | 'rejected';
  decidedOn: string;
  decisionNumber: string;
  note: string | null;
}
export interface PlanInput {
  summary: string | null;
  milestones: Array<{ id?: string; name: string; dueOn: string }>;
}

export const implementationApi = {
  projects: (query: Query) => api.get<ProjectList>('/api/projects', query),
  project: (id: string) => api.get<ProjectDetail>(`/api/projects/${id}`),
  setCadence: (cycleId: string, cadence: Cadence, projectIds?: string[]) =>
    api.post<{ changed: string[]; cadence: Cadence }>(`/api/cycles/${cycleId}/reporting-cadence`, { cadence, projectIds }),
  setPlan: (projectId: string, input: PlanInput) => api.put<{ project: ProjectDetail['project'] }>(`/api/projects/${projectId}/plan`, input),
  groups: (cycleId: string) => api.get<{ groups: SupervisionGroup[] }>(`/api/cycles/${cycleId}/supervision-groups`).then((r) => r.groups),
  formGroup: (cycleId: string, input: GroupInput) =>
    api.post<{ group: SupervisionGroup }>(`/api/cycles/${cycleId}/supervision-groups`, input).then((r) => r.group),
  changeGroup: (groupId: string, input: Partial<GroupInput>) =>
    api.patch<{ group: SupervisionGroup }>(`/api/supervision-groups/${groupId}`, input).then((r) => r.group),
  items: (query: { cycleId?: string; projectId?: string; unanswered?: boolean }) =>
    api.get<{ items: SupervisionItem[]; unanswered: number }>('/api/supervision-items', {
      ...query,
      unanswered: query.unanswered ? 'true' : undefined,
    }),
  recordItem: (projectId: string, input: ItemInput) =>
    api.post<{ item: SupervisionItem }>(`/api/projects/${projectId}/supervision`, input).then((r) => r.item),
  changes: (query: { cycleId?: string; projectId?: string; status?: string }) =>
    api.get<{ changes: Change[]; pending: number }>('/api/changes', query),
  decide: (changeId: string, input: DecisionInput) => api.post<{ change: Change }>(`/api/changes/${changeId}/decision`, input).then((r) => r.change),
  rectifications: (query: { cycleId?: string; status?: string }) =>
    api.get<{ rectifications: Rectification[]; open: number }>('/api/rectifications', query),
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
