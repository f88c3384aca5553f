import { defineRoute } from '../http/route';
import { ChangeAnswer, ListChangesAnswer } from './changes.contract';
import { idParam } from '../http/schemas';
import { changeBody, changeListQuery, decisionBody } from './inputs';
import { decideChange, listChanges, requestChange, withdrawChange } from './changes.service';

export const requestChangeRoute = defineRoute({
  method: 'post',
  path: '/api/projects/:id/changes',
  access: 'change.request',
  summary:
    "Request a change of one's own project, with reasons: adjust (scope, budget with funding, deadline), suspend, resume or terminate (ledgered)",
  responses: { 201: ChangeAnswer },
  params: idParam,
  body: changeBody,
  handler: async ({ c, deps, actor, params, body }) => c.json({ change: await requestChange(deps.db, actor, params.id, body, deps.clock()) }, 201),
});

export const withdrawChangeRoute = defineRoute({
  method: 'post',
  path: '/api/changes/:id/withdraw',
  access: 'change.request',
  summary: "Withdraw one's own pending change request (ledgered)",
  responses: { 200: ChangeAnswer },
  params: idParam,
  handler: async ({ c, deps, actor, params }) => c.json({ change: await withdrawChange(deps.db, actor, params.id, deps.clock()) }),
});

export const decideChangeRoute = defineRoute({
  method: 'post',
  path: '/api/changes/:id/decision',
  access: 'change.decide',
  summary:
    "Record the standing committee's decision (approved or rejected, date, 文号); only an approval changes the project, and is published as a notice (ledgered)",
  responses: { 200: ChangeAnswer },
  params: idParam,
  body: decisionBody,
  handler: async ({ c, deps, actor, params, body }) => c.json({ change: await decideChange(deps.db, actor, params.id, body, deps.clock()) }),
});

export const listChangesRoute = defineRoute({
  method: 'get',
  path: '/api/changes',
  access: 'change.read',
  summary: "Change requests and decisions (?cycleId, ?projectId, ?status): a department's on its projects, all for others",
  responses: { 200: ListChangesAnswer },
  query: changeListQuery,
  handler: async ({ c, deps, actor, query }) => c.json(await listChanges(deps.db, actor, query)),
});
