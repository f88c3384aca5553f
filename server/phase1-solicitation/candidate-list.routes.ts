import { defineRoute } from '../http/route';
import { GetCandidateListAnswer } from './candidate-list.contract';
import { idParam } from '../http/schemas';
import { fixCandidateList, orderCandidateList, readCandidateList, unlockCandidateList } from './candidate-list.service';
import { orderBody, unlockBody } from './inputs';

export const getCandidateListRoute = defineRoute({
  method: 'get',
  path: '/api/cycles/:id/candidate-list',
  access: 'cycle.read',
  summary: 'The candidate list with full materials: once fixed for everyone with an account; before, for the secretariat with the margin check',
  responses: { 200: GetCandidateListAnswer },
  params: idParam,
  handler: async ({ c, deps, actor, params }) => c.json(await readCandidateList(deps.db, actor, params.id, deps.clock())),
});

export const orderCandidateListRoute = defineRoute({
  method: 'put',
  path: '/api/cycles/:id/candidate-list/order',
  access: 'candidateList.manage',
  summary: 'Order the shortlisted proposals (every one, once)',
  responses: { 200: GetCandidateListAnswer },
  params: idParam,
  body: orderBody,
  handler: async ({ c, deps, actor, params, body }) => c.json(await orderCandidateList(deps.db, actor, params.id, body.proposalIds, deps.clock())),
});

export const fixCandidateListRoute = defineRoute({
  method: 'post',
  path: '/api/cycles/:id/candidate-list/fix',
  access: 'candidateList.manage',
  summary: 'Fix (初定) and lock the list; 422 if it breaks the margin rule against seats M',
  responses: { 200: GetCandidateListAnswer },
  params: idParam,
  handler: async ({ c, deps, actor, params }) => c.json(await fixCandidateList(deps.db, actor, params.id, deps.clock())),
});

export const unlockCandidateListRoute = defineRoute({
  method: 'post',
  path: '/api/cycles/:id/candidate-list/unlock',
  access: 'candidateList.manage',
  summary: 'Unlock a fixed list, with a reason (ledgered)',
  responses: { 200: GetCandidateListAnswer },
  params: idParam,
  body: unlockBody,
  handler: async ({ c, deps, actor, params, body }) => c.json(await unlockCandidateList(deps.db, actor, params.id, body.reason, deps.clock())),
});
