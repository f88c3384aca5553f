// The roster: delegations, deputies and departments. Records are deactivated, never deleted,
// because ledger entries refer to them. Each change commits with its ledger entry.
import type { Db, Tx } from '../../../db/client';
import { conflict, notFound, ruleViolation } from '../errors';
import type { Actor } from '../context';
import { appendCongressEntry } from '../ledger/ledger.service';
import type { ImportRefusal } from './roster.contract';
import { mapDeputyRows, parseCsv, decodeCsvBytes, CsvSyntaxError, undecodableErrors } from './roster-csv';
import {
  activeSeatKeys,
  describeDepartment,
  describeDeputy,
  findActiveDeputyBySeat,
  findDelegation,
  findDelegationByName,
  findDepartment,
  findDepartmentByName,
  findDeputy,
  insertDelegation,
  insertDepartment,
  insertDeputies,
  listDelegations,
  seatKey,
  updateDelegationRow,
  updateDepartmentRow,
  updateDeputyRow,
} from './roster.repository';

const deputyNotFound = () => notFound({ zh: '未找到该代表', en: 'Deputy not found' });
const departmentNotFound = () => notFound({ zh: '未找到该部门', en: 'Department not found' });
const delegationNotFound = () => notFound({ zh: '未找到该代表团', en: 'Delegation not found' });

// ---- delegations ----------------------------------------------------------------------------

export async function createDelegation(db: Db, actor: Actor, input: { name: string; sortOrder?: number }, now: Date) {
  return db.transaction(async (tx) => {
    if (await findDelegationByName(tx, actor.congressId, input.name)) {
      throw conflict({ zh: `代表团“${input.name}”已存在`, en: `Delegation "${input.name}" exists already` });
    }
    const row = await insertDelegation(tx, { congressId: actor.congressId, name: input.name, sortOrder: input.sortOrder ?? 0 });
    await appendCongressEntry(tx, actor.congressId, 'delegation.created', { delegationId: row.id, name: row.name, by: actor.accountId }, now);
    return row;
  });
}

export async function updateDelegation(db: Db, actor: Actor, id: string, input: { name?: string; sortOrder?: number }, now: Date) {
  return db.transaction(async (tx) => {
    const existing = await findDelegation(tx, actor.congressId, id);
    if (!existing) throw delegationNotFound();
    if (input.name && input.name !== existing.name && (await findDelegationByName(tx, actor.congressId, input.name))) {
      throw conflict({ zh: `代表团“${input.name}”已存在`, en: `Delegation "${input.name}" exists already` });
    }
    const row = await updateDelegationRow(tx, id, input);
    await appendCongressEntry(tx, actor.congressId, 'delegation.updated', { delegationId: id, ...input, by: actor.accountId }, now);
    return row;
  });
}

export { listDelegations };

// ---- deputies -------------------------------------------------------------------------------

export interface DeputyInput {
  name: string;
  delegationId: string;
  seatNo: string;
  gender?: 'male' | 'female' | null;
  phone?: string | null;
  note?: string | null;
  standingCommittee?: boolean;
}

async function assertSeatFree(tx: Tx, congressId: string, seatNo: string, exceptId?: string) {
  const holder = await findActiveDeputyBySeat(tx, congressId, seatNo);
  if (holder && holder.id !== exceptId) {
    throw conflict(
      { zh: `座位号 ${holder.seatNo} 已由${holder.name}使用`, en: `Seat ${holder.seatNo} is taken by ${holder.name}` },
      { field: 'seatNo' },
    );
  }
}

async function requireDelegation(tx: Tx, congressId: string, delegationId: string) {
  const d = await findDelegation(tx, congressId, delegationId);
  if (!d) throw ruleViolation({ zh: '代表团不存在', en: 'Unknown delegation' }, { field: 'delegationId' });
  return d;
}

export async function createDeputy(db: Db, actor: Actor, input: DeputyInput, now: Date) {
  return db.transaction(async (tx) => {
    const delegation = await requireDelegation(tx, actor.congressId, input.delegationId);
    await assertSeatFree(tx, actor.congressId, input.seatNo);
    const [row] = await insertDeputies(tx, [
      {
        congressId: actor.congressId,
        delegationId: delegation.id,
        name: input.name,
        seatNo: input.seatNo,
        seatKey: seatKey(input.seatNo),
        gender: input.gender ?? null,
        phone: input.phone ?? null,
        note: input.note ?? null,
        standingCommittee: input.standingCommittee ?? false,
      },
    ]);
    await appendCongressEntry(
      tx,
      actor.congressId,
      'deputy.added',
      {
        deputyId: row!.id,
        name: row!.name,
        delegationId: delegation.id,
        seatNo: row!.seatNo,
        ...(row!.standingCommittee ? { standingCommittee: true } : {}),
        by: actor.accountId,
      },
      now,
    );
    return describeDeputy(row!, delegation.name);
  });
}

export async function updateDeputy(db: Db, actor: Actor, id: string, input: Partial<DeputyInput>, now: Date) {
  return db.transaction(async (tx) => {
    const existing = await findDeputy(tx, actor.congressId, id);
    if (!existing) throw deputyNotFound();
    const delegation = await requireDelegation(tx, actor.congressId, input.delegationId ?? existing.delegationId);
    if (input.seatNo !== undefined && existing.status === 'active') await assertSeatFree(tx, actor.congressId, input.seatNo, id);
    const set = {
      ...input,
      ...(input.seatNo !== undefined ? { seatKey: seatKey(input.seatNo) } : {}),
    };
    const row = await updateDeputyRow(tx, id, set);
    const changed: Record<string, unknown> = {};
    for (const k of ['name', 'delegationId', 'seatNo', 'gender', 'standingCommittee'] as const) {
      if (input[k] !== undefined && input[k] !== existing[k]) changed[k] = input[k];
    }
    // Phone and note are private contact data: the entry says they changed, not to what.
    const privateChanged = (['phone', 'note'] as const).filter((k) => input[k] !== undefined && input[k] !== existing[k]);
    await appendCongressEntry(
      tx,
      actor.congressId,
      'deputy.updated',
      {
        deputyId: id,
        changed,
        ...(privateChanged.length ? { privateFieldsChanged: privateChanged } : {}),
        by: actor.accountId,
      },
      now,
    );
    return describeDeputy(row, delegation.name);
  });
}

export async function setDeputyStatus(db: Db, actor: Actor, id: string, status: 'active' | 'terminated', reason: string | null, now: Date) {
  return db.transaction(async (tx) => {
    const existing = await findDeputy(tx, actor.congressId, id);
    if (!existing) throw deputyNotFound();
    if (existing.status === status) return describeDeputy(existing);
    if (status === 'active') await assertSeatFree(tx, actor.congressId, existing.seatNo, id);
    const row = await updateDeputyRow(tx, id, { status, terminatedAt: status === 'terminated' ? now : null });
    await appendCongressEntry(
      tx,
      actor.congressId,
      status === 'terminated' ? 'deputy.deactivated' : 'deputy.reactivated',
      {
        deputyId: id,
        name: existing.name,
        ...(reason ? { reason } : {}),
        by: actor.accountId,
      },
      now,
    );
    return describeDeputy(row);
  });
}

/** All or nothing: any bad row and nothing is stored; the answer lists every bad row. */
export async function importDeputiesCsv(db: Db, actor: Actor, bytes: Uint8Array, opts: { dryRun: boolean }, now: Date) {
  let rows: string[][];
  let encoding: string;
  try {
    const decoded = decodeCsvBytes(bytes);
    encoding = decoded.encoding;
    const undecodable = undecodableErrors(bytes);
    if (undecodable.length) {
      throw ruleViolation(
        {
          zh: `导入失败：${undecodable.length} 行含有无法识别的字符，未导入任何代表`,
          en: `Import refused: ${undecodable.length} lines contain bytes that are not text; nothing was imported`,
        },
        { errors: undecodable, encoding } satisfies ImportRefusal,
      );
    }
    rows = parseCsv(decoded.text);
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw ruleViolation({ zh: `CSV 格式错误：${e.message}`, en: `CSV syntax error: ${e.message}` });
    throw e;
  }
  return db.transaction(async (tx) => {
    const dels = (await listDelegations(tx, actor.congressId)).map((r) => ({ id: r.delegation.id, name: r.delegation.name }));
    const mapped = mapDeputyRows(rows, { delegations: dels, existingSeats: await activeSeatKeys(tx, actor.congressId) });
    if (!mapped.ok) {
      throw ruleViolation(
        {
          zh: `导入失败：${mapped.errors.length} 处错误，未导入任何代表`,
          en: `Import refused: ${mapped.errors.length} errors; nothing was imported`,
        },
        { errors: mapped.errors, encoding } satisfies ImportRefusal,
      );
    }
    if (opts.dryRun) return { imported: 0, wouldImport: mapped.deputies.length, encoding, dryRun: true };
    const inserted = await insertDeputies(
      tx,
      mapped.deputies.map((d) => ({
        congressId: actor.congressId,
        delegationId: d.delegationId,
        name: d.name,
        seatNo: d.seatNo,
        seatKey: seatKey(d.seatNo),
        gender: d.gender,
        phone: d.phone,
        note: d.note,
      })),
    );
    await appendCongressEntry(
      tx,
      actor.congressId,
      'deputy.imported',
      {
        count: inserted.length,
        deputies: inserted.map((d) => ({ deputyId: d.id, name: d.name, delegationId: d.delegationId, seatNo: d.seatNo })),
        by: actor.accountId,
      },
      now,
    );
    return { imported: inserted.length, encoding, dryRun: false };
  });
}

// ---- departments ----------------------------------------------------------------------------

export interface DepartmentInput {
  name: string;
  contactName?: string | null;
  contactPhone?: string | null;
}

export async function createDepartment(db: Db, actor: Actor, input: DepartmentInput, now: Date) {
  return db.transaction(async (tx) => {
    if (await findDepartmentByName(tx, actor.congressId, input.name)) {
      throw conflict({ zh: `部门“${input.name}”已存在`, en: `Department "${input.name}" exists already` });
    }
    const row = await insertDepartment(tx, { congressId: actor.congressId, ...input });
    await appendCongressEntry(tx, actor.congressId, 'department.created', { departmentId: row.id, name: row.name, by: actor.accountId }, now);
    return describeDepartment(row);
  });
}

export async function updateDepartment(db: Db, actor: Actor, id: string, input: Partial<DepartmentInput> & { active?: boolean }, now: Date) {
  return db.transaction(async (tx) => {
    const existing = await findDepartment(tx, actor.congressId, id);
    if (!existing) throw departmentNotFound();
    if (input.name && input.name !== existing.name && (await findDepartmentByName(tx, actor.congressId, input.name))) {
      throw conflict({ zh: `部门“${input.name}”已存在`, en: `Department "${input.name}" exists already` });
    }
    const row = await updateDepartmentRow(tx, actor.congressId, id, input);
    const kind =
      input.active === false && existing.active
        ? 'department.deactivated'
        : input.active === true && !existing.active
          ? 'department.reactivated'
          : 'department.updated';
    await appendCongressEntry(
      tx,
      actor.congressId,
      kind,
      {
        departmentId: id,
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        by: actor.accountId,
      },
      now,
    );
    return describeDepartment(row);
  });
}
