import { z } from 'zod';
import { defineRoute } from '../http/route';
import { DeputiesAnswer, PresentCountAnswer, SittingAnswer, SittingSummaryAnswer, SittingsAnswer } from './sittings.contract';
import { id, idParam, isoDate, text } from '../http/schemas';
import { listSittings } from './sittings.repository';
import { createSitting, listAttendance, markAttendance, sittingSummary } from './sittings.service';

export const listSittingsRoute = defineRoute({
  method: 'get',
  path: '/api/sittings',
  access: 'sitting.read',
  summary: 'Plenary sittings (全体会议)',
  responses: { 200: SittingsAnswer },
  handler: async ({ c, deps, actor }) => c.json({ sittings: await listSittings(deps.db, actor.congressId) }),
});

export const createSittingRoute = defineRoute({
  method: 'post',
  path: '/api/sittings',
  access: 'sitting.manage',
  summary: 'Create a sitting',
  responses: { 201: SittingAnswer },
  body: z.object({ title: text(100), date: isoDate }).strict(),
  handler: async ({ c, deps, actor, body }) => c.json({ sitting: await createSitting(deps.db, actor, body, deps.clock()) }, 201),
});

export const getSittingRoute = defineRoute({
  method: 'get',
  path: '/api/sittings/:id',
  access: 'sitting.read',
  summary: 'A sitting with 应到/实到 and the quorum',
  responses: { 200: SittingSummaryAnswer },
  params: idParam,
  handler: async ({ c, deps, actor, params }) => c.json({ sitting: await sittingSummary(deps.db, actor, params.id) }),
});

export const attendanceRoute = defineRoute({
  method: 'get',
  path: '/api/sittings/:id/attendance',
  access: 'sitting.read',
  summary: 'Attendance list; ?q= searches name or seat',
  responses: { 200: DeputiesAnswer },
  params: idParam,
  query: z.object({ q: z.string().max(50).optional() }),
  handler: async ({ c, deps, actor, params, query }) => c.json({ deputies: await listAttendance(deps.db, actor, params.id, query.q) }),
});

export const markAttendanceRoute = defineRoute({
  method: 'post',
  path: '/api/sittings/:id/attendance',
  access: 'sitting.manage',
  summary: 'Mark deputies present or absent (bulk; undo by marking absent)',
  responses: { 200: PresentCountAnswer },
  params: idParam,
  body: z.object({ deputyIds: z.array(id).min(1).max(5000), present: z.boolean() }).strict(),
  maxBody: 1024 * 1024,
  handler: async ({ c, deps, actor, params, body }) => c.json(await markAttendance(deps.db, actor, params.id, body, deps.clock())),
});
