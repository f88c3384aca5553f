// What roster routes answer (see roster.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';

export const Delegation = z.object({ id: z.string(), name: z.string(), sortOrder: z.number(), activeDeputies: z.number() });
export type Delegation = z.infer<typeof Delegation>;

export const Delegation2 = z.object({ id: z.string(), name: z.string(), createdAt: z.string(), congressId: z.string(), sortOrder: z.number() });
export type Delegation2 = z.infer<typeof Delegation2>;

export const Deputy = z.object({ id: z.string(), name: z.string(), delegationId: z.string(), delegationName: z.string().nullable(), seatNo: z.string(), gender: z.enum(['male', 'female']).nullable(), phone: z.string().nullable(), note: z.string().nullable(), status: z.enum(['active', 'terminated']), standingCommittee: z.boolean(), terminatedAt: z.string().nullable(), createdAt: z.string() });
export type Deputy = z.infer<typeof Deputy>;

export const Department = z.object({ id: z.string(), name: z.string(), contactName: z.string().nullable(), contactPhone: z.string().nullable(), active: z.boolean(), createdAt: z.string() });
export type Department = z.infer<typeof Department>;

export const DelegationsAnswer = z.object({ delegations: z.array(Delegation) });
export type DelegationsAnswer = z.infer<typeof DelegationsAnswer>;

export const DelegationAnswer = z.object({ delegation: Delegation2 });
export type DelegationAnswer = z.infer<typeof DelegationAnswer>;

export const ListDeputiesAnswer = z.object({ total: z.number(), page: z.number(), pageSize: z.number(), deputies: z.array(Deputy) });
export type ListDeputiesAnswer = z.infer<typeof ListDeputiesAnswer>;

export const DeputyAnswer = z.object({ deputy: Deputy });
export type DeputyAnswer = z.infer<typeof DeputyAnswer>;

export const ImportDeputiesAnswer = z.object({ imported: z.number(), wouldImport: z.number().optional(), encoding: z.string(), dryRun: z.boolean() });
export type ImportDeputiesAnswer = z.infer<typeof ImportDeputiesAnswer>;

export const DepartmentsAnswer = z.object({ departments: z.array(Department) });
export type DepartmentsAnswer = z.infer<typeof DepartmentsAnswer>;

export const DepartmentAnswer = z.object({ department: Department });
export type DepartmentAnswer = z.infer<typeof DepartmentAnswer>;
