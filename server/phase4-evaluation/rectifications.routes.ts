import { defineRoute } from '../http/route';
import { ListRectificationsAnswer, RectificationAnswer } from './rectifications.contract';
import { idParam } from '../http/schemas';
import { rectificationListQuery, rectificationReportBody } from './inputs';
import { listRectifications, reportRectification } from './evaluation.service';

export const listRectificationsRoute = defineRoute({
  method: 'get',
  path: '/api/rectifications',
  access: 'rectification.read',
  summary: "Rectification orders (整改) for projects graded 不满意 (?cycleId, ?status): a department's own, all for others",
  responses: { 200: ListRectificationsAnswer },
  query: rectificationListQuery,
  handler: async ({ c, deps, actor, query }) => c.json(await listRectifications(deps.db, actor, query)),
});

export const reportRectificationRoute = defineRoute({
  method: 'post',
  path: '/api/rectifications/:id/report',
  access: 'rectification.report',
  summary: 'The responsible department files its rectification report, once (ledgered)',
  responses: { 200: RectificationAnswer },
  params: idParam,
  body: rectificationReportBody,
  handler: async ({ c, deps, actor, params, body }) =>
    c.json({ rectification: await reportRectification(deps.db, actor, params.id, body, deps.clock()) }),
});
