import { z } from 'zod';
import { AppError } from '../core/errors';
import { defineRoute } from '../http/route';
import { PairAnswer, PairingCodeAnswer, TabletAnswer, TabletMeAnswer, TabletsAnswer } from './tablets.contract';
import { id, idParam, text } from '../http/schemas';
import { createPairingCode, listTablets, pairTablet, touchTablet, updateTablet } from './tablets.service';

export const DEVICE_HEADER = 'x-device-token';

export const listTabletsRoute = defineRoute({
  method: 'get',
  path: '/api/tablets',
  access: 'tablet.manage',
  summary: 'Hall tablets: name, paired, online',
  responses: { 200: TabletsAnswer },
  handler: async ({ c, deps, actor }) => c.json({ tablets: await listTablets(deps.db, actor, deps.clock()) }),
});

export const pairingCodeRoute = defineRoute({
  method: 'post',
  path: '/api/tablets/pairing-codes',
  access: 'tablet.manage',
  summary: 'A pairing code for a new (or re-paired) tablet, valid 15 minutes',
  responses: { 201: PairingCodeAnswer },
  body: z.object({ name: text(40), tabletId: id.optional() }).strict(),
  handler: async ({ c, deps, actor, body }) => c.json(await createPairingCode(deps.db, actor, body, deps.clock()), 201),
});

export const pairRoute = defineRoute({
  method: 'post',
  path: '/api/tablets/pair',
  access: 'public',
  summary: 'A tablet pairs with its code and receives its device token (rate limited)',
  responses: { 201: PairAnswer },
  body: z.object({ code: z.string().min(1).max(30) }).strict(),
  handler: async ({ c, deps, body }) => c.json(await pairTablet(deps.db, { code: body.code, ip: c.get('clientIp') }, deps.clock()), 201),
});

export const tabletMeRoute = defineRoute({
  method: 'get',
  path: '/api/tablets/me',
  access: 'public',
  summary: 'The calling tablet (X-Device-Token); also its heartbeat',
  responses: { 200: TabletMeAnswer },
  handler: async ({ c, deps }) => {
    const me = await touchTablet(deps.db, c.req.header(DEVICE_HEADER), deps.clock());
    if (!me) throw new AppError('unauthenticated', { zh: '此平板尚未配对', en: 'This tablet is not paired' });
    return c.json(me);
  },
});

export const updateTabletRoute = defineRoute({
  method: 'patch',
  path: '/api/tablets/:id',
  access: 'tablet.manage',
  summary: 'Rename a tablet or revoke its pairing',
  responses: { 200: TabletAnswer },
  params: idParam,
  body: z.object({ name: text(40).optional(), revoke: z.literal(true).optional() }).strict(),
  handler: async ({ c, deps, actor, params, body }) => c.json({ tablet: await updateTablet(deps.db, actor, params.id, body, deps.clock()) }),
});
