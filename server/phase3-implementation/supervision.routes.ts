import { defineRoute } from '../http/route';
import { GroupAnswer, GroupsAnswer, ItemAnswer, ListItemsAnswer } from './supervision.contract';
import { idParam } from '../http/schemas';
import { answerBody, groupBody, groupPatchBody, itemBody, itemListQuery } from './inputs';
import { answerItem, changeGroup, createGroup, listGroups, listItems, recordItem } from './supervision.service';

export const listGroupsRoute = defineRoute({
  method: 'get',
  path: '/api/cycles/:id/supervision-groups',
  access: 'supervision.read',
  summary: 'Supervision groups of a cycle: leader, members, and the projects or category each watches',
  responses: { 200: GroupsAnswer },
  params: idParam,
  handler: async ({ c, deps, actor, params }) => c.json({ groups: await listGroups(deps.db, actor, params.id) }),
});

export const createGroupRoute = defineRoute({
  method: 'post',
  path: '/api/cycles/:id/supervision-groups',
  access: 'supervision.organize',
  summary: 'Form a supervision group of deputies (a leader and members) for named projects or one category (ledgered)',
  responses: { 201: GroupAnswer },
  params: idParam,
  body: groupBody,
  handler: async ({ c, deps, actor, params, body }) => c.json({ group: await createGroup(deps.db, actor, params.id, body, deps.clock()) }, 201),
});

export const changeGroupRoute = defineRoute({
  method: 'patch',
  path: '/api/supervision-groups/:id',
  access: 'supervision.organize',
  summary: 'Change a supervision group: name, leader, members, projects or category (ledgered)',
  responses: { 200: GroupAnswer },
  params: idParam,
  body: groupPatchBody,
  handler: async ({ c, deps, actor, params, body }) => c.json({ group: await changeGroup(deps.db, actor, params.id, body, deps.clock()) }),
});

export const recordItemRoute = defineRoute({
  method: 'post',
  path: '/api/projects/:id/supervision',
  access: 'supervision.record',
  summary:
    'Record an inspection (视察), question (询问) or 督办建议 on a project: members of a group watching it, or the secretariat for a group (ledgered)',
  responses: { 201: ItemAnswer },
  params: idParam,
  body: itemBody,
  handler: async ({ c, deps, actor, params, body }) => c.json({ item: await recordItem(deps.db, actor, params.id, body, deps.clock()) }, 201),
});

export const answerItemRoute = defineRoute({
  method: 'post',
  path: '/api/supervision-items/:id/answer',
  access: 'supervision.answer',
  summary: 'The responsible department answers a supervision item, once (ledgered)',
  responses: { 200: ItemAnswer },
  params: idParam,
  body: answerBody,
  handler: async ({ c, deps, actor, params, body }) => c.json({ item: await answerItem(deps.db, actor, params.id, body, deps.clock()) }),
});

export const listItemsRoute = defineRoute({
  method: 'get',
  path: '/api/supervision-items',
  access: 'supervision.read',
  summary:
    "Supervision items with answers (?cycleId, ?projectId, ?unanswered=true): a department's on its projects, a deputy's groups', all for staff",
  responses: { 200: ListItemsAnswer },
  query: itemListQuery,
  handler: async ({ c, deps, actor, query }) => c.json(await listItems(deps.db, actor, query)),
});
