// Phase 3 (组织实施: projects, progress reports, supervision, changes) as the cycle and phase 4 see
// it. Phase 4 imports phase 3 only from here.
import type { PhaseContribution } from '../cycle/phases';
import { countPendingChanges } from './changes.repository';
import { createCycleProjects } from './projects.service';
import { listProjectsOfCycle } from './projects.repository';

export { listCycleProjects } from './projects.service';

export { assertResponsible, lockProjectFor } from './access';
export { rectificationDueOn, RECTIFICATION_STATUSES, type RectificationStatus } from './domain/record';
export { describeRectification } from './project-record';
export {
  evaluationsOf,
  findRectification,
  insertEvaluation,
  insertRectification,
  listProjectsWhere,
  listRectificationsWhere,
  lockProject,
  rectificationsOf,
  updateProject,
  updateRectification,
} from './projects.repository';

/** Entering implementation creates the year's projects; pending change requests hold the cycle there. */
export const implementationPhase: PhaseContribution = {
  phase: 'implementation',
  async facts(ex, cycle) {
    return cycle.phase === 'implementation' ? { pendingChanges: await countPendingChanges(ex, cycle.id) } : {};
  },
  async onEnter(tx, actor, cycle, now) {
    await createCycleProjects(tx, actor, cycle, now);
  },
  /** The year's projects, which the moves to evaluation and to closed speak of. */
  async counts(ex, cycle) {
    if (cycle.phase !== 'implementation' && cycle.phase !== 'evaluation') return {};
    return { projects: (await listProjectsOfCycle(ex, cycle.id)).length };
  },
};
