import { defineRoute } from '../http/route';
import { CycleAnswer, CyclesAnswer, GetCycleAnswer } from './cycles.contract';
import { idParam } from '../http/schemas';
import { cycleDetail, createCycle, listCongressCycles, moveCyclePhase, updateCycleSettings } from './cycles.service';
import { cyclePatchBody, newCycleBody, phaseBody } from './inputs';

export const listCyclesRoute = defineRoute({
  method: 'get',
  path: '/api/cycles',
  access: 'cycle.read',
  summary: 'Cycles (年度民生实事项目) of my congress, newest first',
  responses: { 200: CyclesAnswer },
  handler: async ({ c, deps, actor }) => c.json({ cycles: await listCongressCycles(deps.db, actor, deps.clock()) }),
});

export const createCycleRoute = defineRoute({
  method: 'post',
  path: '/api/cycles',
  access: 'cycle.manage',
  summary: 'Open a cycle: title, year, solicitation window (≥30 days or a reason), categories, seats M, margin; starts its public ledger',
  responses: { 201: CycleAnswer },
  body: newCycleBody,
  handler: async ({ c, deps, actor, body }) => c.json({ cycle: await createCycle(deps.db, actor, body, deps.clock()) }, 201),
});

export const getCycleRoute = defineRoute({
  method: 'get',
  path: '/api/cycles/:id',
  access: 'cycle.read',
  summary: 'One cycle; staff also get counts and what the next phase still needs',
  responses: { 200: GetCycleAnswer },
  params: idParam,
  handler: async ({ c, deps, actor, params }) => c.json(await cycleDetail(deps.db, actor, params.id, deps.clock())),
});

export const updateCycleRoute = defineRoute({
  method: 'patch',
  path: '/api/cycles/:id',
  access: 'cycle.manage',
  summary: 'Change settings: title, window (solicitation only), categories (unused ones removable), seats and margin (list not fixed)',
  responses: { 200: CycleAnswer },
  params: idParam,
  body: cyclePatchBody,
  handler: async ({ c, deps, actor, params, body }) => c.json({ cycle: await updateCycleSettings(deps.db, actor, params.id, body, deps.clock()) }),
});

export const moveCyclePhaseRoute = defineRoute({
  method: 'post',
  path: '/api/cycles/:id/phase',
  access: 'cycle.manage',
  summary: 'Move the cycle to the next phase; 422 lists each precondition that fails',
  responses: { 200: CycleAnswer },
  params: idParam,
  body: phaseBody,
  handler: async ({ c, deps, actor, params, body }) => c.json({ cycle: await moveCyclePhase(deps.db, actor, params.id, body.to, deps.clock()) }),
});
