import { z } from 'zod';
import { badRequest } from '../errors';
import { defineRoute } from '../../http/route';
import { ExportLedgerAnswer, LedgersAnswer } from './ledger.contract';
import { id, idParam } from '../../http/schemas';
import { exportLedger, listReadableLedgers } from './ledger.service';

export const listLedgersRoute = defineRoute({
  method: 'get',
  path: '/api/ledgers',
  access: 'public',
  summary: 'Ledgers the caller may read (staff: all of their congress; others: the public ones of ?congressId=)',
  responses: { 200: LedgersAnswer },
  query: z.object({ congressId: id.optional() }),
  handler: async ({ c, deps, actor, query }) => {
    const congressId = query.congressId ?? actor?.congressId;
    if (!congressId) throw badRequest({ zh: '请指定 congressId', en: 'Give a congressId' });
    return c.json({ ledgers: await listReadableLedgers(deps.db, actor, congressId) });
  },
});

export const exportLedgerRoute = defineRoute({
  method: 'get',
  path: '/api/ledgers/:id',
  access: 'public',
  summary: 'Export a ledger: {ledger, entries, head}; verify it offline with npm run verify',
  responses: { 200: ExportLedgerAnswer },
  params: idParam,
  handler: async ({ c, deps, actor, params }) => c.json(await exportLedger(deps.db, actor, params.id)),
});
