import { defineRoute } from '../http/route';
import { SubmitReportAnswer } from './progress-reports.contract';
import { idParam } from '../http/schemas';
import { reportBody } from './inputs';
import { submitReport } from './progress-reports.service';

export const submitReportRoute = defineRoute({
  method: 'post',
  path: '/api/projects/:id/reports',
  access: 'project.report',
  summary:
    "Report progress on one's own project: as-of date, percent, funds disbursed to date (元), narrative, problems, milestones reached; final once sent (a correction names correctsId)",
  responses: { 201: SubmitReportAnswer },
  params: idParam,
  body: reportBody,
  handler: async ({ c, deps, actor, params, body }) => c.json(await submitReport(deps.db, actor, params.id, body, deps.clock()), 201),
});
