// The secretariat reads and (while allowed) sets its congress's public code.
import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { PublicCodeAnswer } from './setup.contract';
import { publicCode } from '../../http/schemas';
import { changePublicCode, getPublicCode } from './public-code.service';

export const getPublicCodeRoute = defineRoute({
  method: 'get',
  path: '/api/congress/public-code',
  access: 'congress.manage',
  summary: "The congress's public code (its citizens' addresses /public/<code>/<year>) and whether it may still change",
  responses: { 200: PublicCodeAnswer },
  handler: async ({ c, deps, actor }) => c.json(await getPublicCode(deps.db, actor)),
});

export const setPublicCodeRoute = defineRoute({
  method: 'put',
  path: '/api/congress/public-code',
  access: 'congress.manage',
  summary: 'Set the public code: lowercase letters, digits, hyphens; unique; fixed once chosen and a year is opened',
  responses: { 200: PublicCodeAnswer },
  body: z.object({ code: publicCode }).strict(),
  handler: async ({ c, deps, actor, body }) => c.json(await changePublicCode(deps.db, actor, body.code, deps.clock())),
});
