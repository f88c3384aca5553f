import { z } from 'zod';
import { AppError } from '../errors';
import { raw } from '../../http/contract';
import { defineRoute } from '../../http/route';
import {
  DelegationAnswer,
  DelegationsAnswer,
  DepartmentAnswer,
  DepartmentsAnswer,
  DeputyAnswer,
  ImportDeputiesAnswer,
  ListDeputiesAnswer,
} from './roster.contract';
import { id, idParam, optionalText, pageQuery, text } from '../../http/schemas';
import { deputiesCsvTemplate } from './roster-csv';
import { describeDelegationRow } from './roster.describe';
import { describeDepartment, describeDeputy, findDeputy, listDepartments, searchDeputies, findDelegation } from './roster.repository';
import {
  createDelegation,
  createDepartment,
  createDeputy,
  importDeputiesCsv,
  listDelegations,
  setDeputyStatus,
  updateDelegation,
  updateDepartment,
  updateDeputy,
} from './roster.service';
import { can } from '../access/permissions';

const seatNo = text(20);
const gender = z.enum(['male', 'female']).nullable().optional();

// ---- delegations ----

export const listDelegationsRoute = defineRoute({
  method: 'get',
  path: '/api/delegations',
  access: 'roster.read',
  summary: 'Delegations (代表团) with active deputy counts',
  responses: { 200: DelegationsAnswer },
  handler: async ({ c, deps, actor }) => c.json({ delegations: (await listDelegations(deps.db, actor.congressId)).map(describeDelegationRow) }),
});

export const createDelegationRoute = defineRoute({
  method: 'post',
  path: '/api/delegations',
  access: 'roster.manage',
  summary: 'Add a delegation',
  responses: { 201: DelegationAnswer },
  body: z.object({ name: text(50), sortOrder: z.number().int().min(0).max(100000).optional() }).strict(),
  handler: async ({ c, deps, actor, body }) => c.json({ delegation: await createDelegation(deps.db, actor, body, deps.clock()) }, 201),
});

export const updateDelegationRoute = defineRoute({
  method: 'patch',
  path: '/api/delegations/:id',
  access: 'roster.manage',
  summary: 'Rename or reorder a delegation',
  responses: { 200: DelegationAnswer },
  params: idParam,
  body: z.object({ name: text(50).optional(), sortOrder: z.number().int().min(0).max(100000).optional() }).strict(),
  handler: async ({ c, deps, actor, params, body }) => c.json({ delegation: await updateDelegation(deps.db, actor, params.id, body, deps.clock()) }),
});

// ---- deputies ----

export const listDeputiesRoute = defineRoute({
  method: 'get',
  path: '/api/deputies',
  access: 'roster.read',
  summary: 'Search deputies by name or seat, by delegation, status and standing-committee membership',
  responses: { 200: ListDeputiesAnswer },
  query: z.object({
    q: z.string().trim().max(50).optional(),
    delegationId: id.optional(),
    status: z.enum(['active', 'terminated']).optional(),
    ...pageQuery,
    /** Only members of the standing committee (常委会组成人员), who may be the evaluators of phase 4. */
    standingCommittee: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true')),
  }),
  handler: async ({ c, deps, actor, query }) => {
    const { total, rows } = await searchDeputies(deps.db, actor.congressId, query);
    return c.json({ total, page: query.page, pageSize: query.pageSize, deputies: rows.map((r) => describeDeputy(r.deputy, r.delegationName)) });
  },
});

// Declared before /api/deputies/:id, which would otherwise swallow it (first match wins).
export const deputiesTemplateRoute = defineRoute({
  method: 'get',
  path: '/api/deputies/template.csv',
  access: 'roster.manage',
  summary: 'CSV template for the deputy import',
  responses: { 200: raw('text/csv', 'The CSV template for importing deputies (UTF-8 with BOM)') },
  handler: ({ c }) => {
    c.header('content-disposition', 'attachment; filename="deputies-template.csv"');
    // The BOM lets Excel open the UTF-8 file with Chinese intact.
    return c.body(`\ufeff${deputiesCsvTemplate()}`, 200, { 'content-type': 'text/csv; charset=utf-8' });
  },
});

export const getDeputyRoute = defineRoute({
  method: 'get',
  path: '/api/deputies/:id',
  access: 'roster.read',
  summary: 'One deputy',
  responses: { 200: DeputyAnswer },
  params: idParam,
  handler: async ({ c, deps, actor, params }) => {
    const d = await findDeputy(deps.db, actor.congressId, params.id);
    if (!d) throw new AppError('not_found', { zh: '未找到该代表', en: 'Deputy not found' });
    const del = await findDelegation(deps.db, actor.congressId, d.delegationId);
    return c.json({ deputy: describeDeputy(d, del?.name) });
  },
});

const deputyBody = z
  .object({
    name: text(50),
    delegationId: id,
    seatNo,
    gender,
    phone: optionalText(30),
    note: optionalText(200),
    /** A member of the standing committee (常委会组成人员): evaluators when an evaluation is by the standing committee. */
    standingCommittee: z.boolean().optional(),
  })
  .strict();

export const createDeputyRoute = defineRoute({
  method: 'post',
  path: '/api/deputies',
  access: 'roster.manage',
  summary: 'Add a deputy',
  responses: { 201: DeputyAnswer },
  body: deputyBody,
  handler: async ({ c, deps, actor, body }) => c.json({ deputy: await createDeputy(deps.db, actor, body, deps.clock()) }, 201),
});

export const updateDeputyRoute = defineRoute({
  method: 'patch',
  path: '/api/deputies/:id',
  access: 'roster.manage',
  summary: 'Edit a deputy',
  responses: { 200: DeputyAnswer },
  params: idParam,
  body: deputyBody.partial().strict(),
  handler: async ({ c, deps, actor, params, body }) => c.json({ deputy: await updateDeputy(deps.db, actor, params.id, body, deps.clock()) }),
});

export const deactivateDeputyRoute = defineRoute({
  method: 'post',
  path: '/api/deputies/:id/deactivate',
  access: 'roster.manage',
  summary: "End a deputy's term (never deleted)",
  responses: { 200: DeputyAnswer },
  params: idParam,
  body: z.object({ reason: optionalText(200) }).strict(),
  handler: async ({ c, deps, actor, params, body }) =>
    c.json({ deputy: await setDeputyStatus(deps.db, actor, params.id, 'terminated', body.reason ?? null, deps.clock()) }),
});

export const reactivateDeputyRoute = defineRoute({
  method: 'post',
  path: '/api/deputies/:id/reactivate',
  access: 'roster.manage',
  summary: 'Undo a deactivation',
  responses: { 200: DeputyAnswer },
  params: idParam,
  body: z.object({ reason: optionalText(200) }).strict(),
  handler: async ({ c, deps, actor, params, body }) =>
    c.json({ deputy: await setDeputyStatus(deps.db, actor, params.id, 'active', body.reason ?? null, deps.clock()) }),
});

export const importDeputiesRoute = defineRoute({
  method: 'post',
  path: '/api/deputies/import',
  access: 'roster.manage',
  summary: 'Import deputies from CSV (UTF-8, UTF-8 with BOM, or GB18030); all or nothing; ?dryRun=1 checks only',
  responses: { 200: ImportDeputiesAnswer, 201: ImportDeputiesAnswer },
  query: z.object({ dryRun: z.enum(['0', '1', 'true', 'false']).optional() }),
  maxBody: 2 * 1024 * 1024,
  rawBody: true,
  body: z.any(),
  handler: async ({ c, deps, actor, query }) => {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const dryRun = query.dryRun === '1' || query.dryRun === 'true';
    const result = await importDeputiesCsv(deps.db, actor, bytes, { dryRun }, deps.clock());
    return c.json(result, dryRun ? 200 : 201);
  },
});

// ---- departments ----

export const listDepartmentsRoute = defineRoute({
  method: 'get',
  path: '/api/departments',
  access: 'department.list',
  summary: 'Departments (责任单位) of my congress',
  responses: { 200: DepartmentsAnswer },
  query: z.object({ q: z.string().trim().max(50).optional(), active: z.enum(['true', 'false']).optional() }),
  handler: async ({ c, deps, actor, query }) => {
    const rows = await listDepartments(deps.db, actor.congressId, {
      q: query.q,
      active: query.active === undefined ? undefined : query.active === 'true',
    });
    // Only the secretariat sees contact details.
    const out = rows
      .map(describeDepartment)
      .map((d) => (can(actor, 'department.readContacts') ? d : { ...d, contactName: null, contactPhone: null }));
    return c.json({ departments: out });
  },
});

const departmentBody = z.object({ name: text(60), contactName: optionalText(30), contactPhone: optionalText(30) }).strict();

export const createDepartmentRoute = defineRoute({
  method: 'post',
  path: '/api/departments',
  access: 'roster.manage',
  summary: 'Add a department',
  responses: { 201: DepartmentAnswer },
  body: departmentBody,
  handler: async ({ c, deps, actor, body }) => c.json({ department: await createDepartment(deps.db, actor, body, deps.clock()) }, 201),
});

export const updateDepartmentRoute = defineRoute({
  method: 'patch',
  path: '/api/departments/:id',
  access: 'roster.manage',
  summary: 'Edit, deactivate or reactivate a department',
  responses: { 200: DepartmentAnswer },
  params: idParam,
  body: departmentBody.partial().extend({ active: z.boolean().optional() }).strict(),
  handler: async ({ c, deps, actor, params, body }) => c.json({ department: await updateDepartment(deps.db, actor, params.id, body, deps.clock()) }),
});
