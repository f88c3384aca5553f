// The department's projects through the API: the list with status and flags, one project's whole
// record with what the department may do, and the department's actions on it (plan, progress
// reports, answers, change requests, rectification report). Shapes are the server's contract.
import type { ApiBody } from '@contract';
import { api } from '../app/api';
import { lang } from '../app/i18n';
import type { Bilingual, ProjectChange, ProjectItem, Rectification } from '../implementation/types';

export type {
  ProjectStatus,
  ChangeKind,
  ProgressReport,
  ProjectChange,
  ProjectItem,
  Rectification,
  StaffProjectRecord,
  SupervisionItem,
} from '../implementation/types';

/** A server label ({zh, en}) in the page's language. */
export const said = (l: Bilingual | null | undefined) => (l ? l[lang()] : '');

// What the department's forms send: the request bodies the routes declare (z.input of their schemas).
export type PlanInput = ApiBody<'put', '/api/projects/:id/plan'>;
export type ProgressReportInput = ApiBody<'post', '/api/projects/:id/reports'>;
export type ChangeInput = ApiBody<'post', '/api/projects/:id/changes'>;
export type Adjustment = NonNullable<ChangeInput['adjust']>;

export const departmentProjectsApi = {
  list: () => api.get('/api/projects').then((r) => r.projects),
  get: (id: string) => api.get('/api/projects/:id', { params: { id } }),
  setPlan: (id: string, input: PlanInput) => api.put('/api/projects/:id/plan', { params: { id }, body: input }),
  report: (id: string, input: ProgressReportInput) => api.post('/api/projects/:id/reports', { params: { id }, body: input }),
  answer: (itemId: string, text: string) => api.post('/api/supervision-items/:id/answer', { params: { id: itemId }, body: { text } }),
  requestChange: (id: string, input: ChangeInput) => api.post('/api/projects/:id/changes', { params: { id }, body: input }),
  withdrawChange: (changeId: string) => api.post('/api/changes/:id/withdraw', { params: { id: changeId } }),
  reportRectification: (rectId: string, text: string) => api.post('/api/rectifications/:id/report', { params: { id: rectId }, body: { text } }),
};

/** Per project, what is waiting on the department besides reporting: unanswered items, pending changes, open rectifications. */
export interface Waiting {
  unanswered: number;
  pendingChange: ProjectChange | null;
  openRectification: Rectification | null;
}

export async function waitingByProject(): Promise<Map<string, Waiting>> {
  const [items, changes, rects] = await Promise.all([
    api.get('/api/supervision-items', { query: { unanswered: 'true' } }),
    api.get('/api/changes', { query: { status: 'pending' } }),
    api.get('/api/rectifications', { query: { status: 'open' } }),
  ]);
  const out = new Map<string, Waiting>();
  const of = (id: string) => {
    let w = out.get(id);
    if (!w) out.set(id, (w = { unanswered: 0, pendingChange: null, openRectification: null }));
    return w;
  };
  for (const i of items.items) of(i.projectId).unanswered++;
  for (const c of changes.changes) of(c.projectId).pendingChange = c;
  for (const r of rects.rectifications) of(r.projectId).openRectification = r;
  return out;
}

/** The department's projects with what waits on each, most urgent first. */
export interface ProjectRow extends ProjectItem {
  waiting: Waiting;
}

const NO_WAIT: Waiting = { unanswered: 0, pendingChange: null, openRectification: null };

/** How much a project needs the department's action now: higher first. */
export function urgency(p: ProjectRow): number {
  let u = 0;
  if (p.flags.overdue) u += 100;
  if (p.waiting.openRectification) u += 50;
  if (p.waiting.unanswered) u += 40;
  if (p.flags.delayed) u += 30;
  if (p.status === 'terminated' || p.status === 'completed') u -= 200;
  return u;
}

/** Whether the row asks something of the department (for the "needs your action" block). */
export const needsAction = (p: ProjectRow) => !!p.flags.overdue || !!p.flags.delayed || p.waiting.unanswered > 0 || !!p.waiting.openRectification;

export async function loadMyProjects(): Promise<ProjectRow[]> {
  const [projects, waiting] = await Promise.all([departmentProjectsApi.list(), waitingByProject()]);
  const rows = projects.map((p) => ({ ...p, waiting: waiting.get(p.id) ?? NO_WAIT }));
  // Most urgent first; then the next report due soonest; then the cycle's own order.
  const due = (p: ProjectRow) => p.nextReportDue?.end ?? '9999-12-31';
  return rows.sort((a, b) => urgency(b) - urgency(a) || (due(a) < due(b) ? -1 : due(a) > due(b) ? 1 : 0) || a.rank - b.rank);
}
