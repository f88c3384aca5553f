// Who may touch which project. Departments act on (and read) only the projects they are the
// 责任单位 of; everyone else of the congress reads them all; writes stop once the cycle is closed.
import type { Executor, Tx } from '../../db/client';
import { forbidden, notFound } from '../core/errors';
import type { Actor } from '../core/context';
import { problem } from '../core/domain/problems';
import { findCycle, type CycleRow } from '../cycle/cycles.repository';
import { refuse } from '../core/refuse';
import { findProject, lockProject, type ProjectRow } from './projects.repository';
import { covers } from '../core/access/permissions';

export const projectNotFound = () => notFound({ zh: '未找到该项目', en: 'Project not found' });
export const notYourProject = () => forbidden({ zh: '只能查看和办理本单位负责的项目', en: 'Only the responsible department may do this' });

/** Scope check: a department reads only its own projects (the others of the congress read them all). */
export function assertMayRead(actor: Actor, p: ProjectRow): void {
  if (!covers(actor, 'project.read', p)) throw notYourProject();
}

/** Scope check: the department responsible (责任单位) — the one that reports on the project — acts on it; anyone else gets 403. */
export function assertResponsible(actor: Actor, p: ProjectRow): void {
  if (!covers(actor, 'project.report', p)) throw notYourProject();
}

export async function requireProject(ex: Executor, actor: Actor, id: string): Promise<ProjectRow> {
  const p = await findProject(ex, actor.congressId, id);
  if (!p) throw projectNotFound();
  assertMayRead(actor, p);
  return p;
}

/** Locks the project for a change and checks the caller may see it; returns it with its cycle. */
export async function lockProjectFor(tx: Tx, actor: Actor, id: string): Promise<{ p: ProjectRow; cycle: CycleRow }> {
  const p = await lockProject(tx, actor.congressId, id);
  if (!p) throw projectNotFound();
  assertMayRead(actor, p);
  const cycle = (await findCycle(tx, actor.congressId, p.cycleId))!;
  assertCycleOpen(cycle);
  return { p, cycle };
}

/** Once the cycle is closed its projects are history. */
export function assertCycleOpen(cycle: CycleRow): void {
  if (cycle.phase === 'closed')
    throw refuse([problem('cycle_closed', '该年度已结束，项目记录不能再变更', 'The cycle is closed; its projects can no longer change')]);
}
