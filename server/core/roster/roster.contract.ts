// What roster routes answer (see roster.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';

export const DelegationListItem = z
  .object({ id: z.string(), name: z.string(), sortOrder: z.number(), activeDeputies: z.number() })
  .meta({ id: 'DelegationListItem' });
export type DelegationListItem = z.infer<typeof DelegationListItem>;

export const Delegation = z
  .object({ id: z.string(), name: z.string(), createdAt: z.string(), congressId: z.string(), sortOrder: z.number() })
  .meta({ id: 'Delegation' });
export type Delegation = z.infer<typeof Delegation>;

export const Deputy = z
  .object({
    id: z.string(),
    name: z.string(),
    delegationId: z.string(),
    delegationName: z.string().nullable(),
    seatNo: z.string(),
    gender: z.enum(['male', 'female']).nullable(),
    phone: z.string().nullable(),
    note: z.string().nullable(),
    status: z.enum(['active', 'terminated']),
    standingCommittee: z.boolean(),
    terminatedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Deputy' });
export type Deputy = z.infer<typeof Deputy>;

export const Department = z
  .object({
    id: z.string(),
    name: z.string(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable(),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Department' });
export type Department = z.infer<typeof Department>;

export const DelegationsAnswer = z.object({ delegations: z.array(DelegationListItem) }).meta({ id: 'DelegationsAnswer' });
export type DelegationsAnswer = z.infer<typeof DelegationsAnswer>;

export const DelegationAnswer = z.object({ delegation: Delegation }).meta({ id: 'DelegationAnswer' });
export type DelegationAnswer = z.infer<typeof DelegationAnswer>;

export const ListDeputiesAnswer = z
  .object({ total: z.number(), page: z.number(), pageSize: z.number(), deputies: z.array(Deputy) })
  .meta({ id: 'ListDeputiesAnswer' });
export type ListDeputiesAnswer = z.infer<typeof ListDeputiesAnswer>;

export const DeputyAnswer = z.object({ deputy: Deputy }).meta({ id: 'DeputyAnswer' });
export type DeputyAnswer = z.infer<typeof DeputyAnswer>;

/** A problem with one row of a deputy import, or with the whole file (roster-csv.ts finds them). */
export const ImportRowError = z
  .object({
    /** Spreadsheet row number (header = 1, first data row = 2). */
    row: z.number(),
    /** Canonical column key, or '' for file-level errors (empty_file, too_many_rows, csv_syntax …). */
    column: z.enum(['name', 'delegation', 'seat', 'gender', 'phone', 'note', '']),
    code: z.enum([
      'empty_file',
      'no_data_rows',
      'csv_syntax',
      'undecodable',
      'missing_column',
      'duplicate_column',
      'too_many_rows',
      'missing_name',
      'missing_delegation',
      'unknown_delegation',
      'missing_seat',
      'bad_seat',
      'duplicate_seat',
      'seat_taken',
      'bad_gender',
      'too_long',
    ]),
    /** e.g. 第3行“代表团”：未知的代表团“城关镇” */
    message: z.string(),
    /** e.g. row 3, delegation: unknown delegation "城关镇" */
    messageEn: z.string(),
    /** The offending (trimmed) cell value, when there is one. */
    value: z.string().optional(),
  })
  .meta({ id: 'ImportRowError' });
export type ImportRowError = z.infer<typeof ImportRowError>;

/** The details of a refused import (422): every problem found, and the encoding the file was read in. All or nothing. */
export const ImportRefusal = z.object({ errors: z.array(ImportRowError), encoding: z.string() }).meta({ id: 'ImportRefusal' });
export type ImportRefusal = z.infer<typeof ImportRefusal>;

export const ImportDeputiesAnswer = z
  .object({ imported: z.number(), wouldImport: z.number().optional(), encoding: z.string(), dryRun: z.boolean() })
  .meta({ id: 'ImportDeputiesAnswer' });
export type ImportDeputiesAnswer = z.infer<typeof ImportDeputiesAnswer>;

export const DepartmentsAnswer = z.object({ departments: z.array(Department) }).meta({ id: 'DepartmentsAnswer' });
export type DepartmentsAnswer = z.infer<typeof DepartmentsAnswer>;

export const DepartmentAnswer = z.object({ department: Department }).meta({ id: 'DepartmentAnswer' });
export type DepartmentAnswer = z.infer<typeof DepartmentAnswer>;
