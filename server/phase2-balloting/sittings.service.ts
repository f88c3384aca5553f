// Plenary sittings and attendance (签到). Marks are recorded in bulk, undoable, and each batch of
// marks is a ledger entry in the congress's administrative ledger.
import type { Db } from '../../db/client';
import { appendCongressEntry } from '../core/ledger/ledger.service';
import { activeDeputyIds, countActiveDeputies } from '../core/roster/roster.repository';
import { notFound, ruleViolation } from '../core/errors';
import type { Actor } from '../core/context';
import { quorumMet, quorumNeeded } from './domain/ballot-lifecycle';
import { attendanceList, countPresent, findSitting, insertSitting, markAttendanceRows } from './sittings.repository';

const sittingNotFound = () => notFound({ zh: '未找到该会议', en: 'Sitting not found' });

export async function createSitting(db: Db, actor: Actor, input: { title: string; date: string }, now: Date) {
  return db.transaction(async (tx) => {
    const row = await insertSitting(tx, { congressId: actor.congressId, ...input });
    await appendCongressEntry(
      tx,
      actor.congressId,
      'sitting.created',
      { sittingId: row.id, title: row.title, date: row.date, by: actor.accountId },
      now,
    );
    return row;
  });
}

export async function sittingSummary(db: Db, actor: Actor, sittingId: string) {
  const sitting = await findSitting(db, actor.congressId, sittingId);
  if (!sitting) throw sittingNotFound();
  const roster = await countActiveDeputies(db, actor.congressId);
  const present = await countPresent(db, sittingId);
  return {
    id: sitting.id,
    title: sitting.title,
    date: sitting.date,
    rosterCount: roster,
    presentCount: present,
    quorumNeeded: quorumNeeded(roster),
    quorumMet: quorumMet(present, roster),
  };
}

export async function listAttendance(db: Db, actor: Actor, sittingId: string, q?: string) {
  if (!(await findSitting(db, actor.congressId, sittingId))) throw sittingNotFound();
  return attendanceList(db, actor.congressId, sittingId, q);
}

export async function markAttendance(db: Db, actor: Actor, sittingId: string, input: { deputyIds: string[]; present: boolean }, now: Date) {
  return db.transaction(async (tx) => {
    if (!(await findSitting(tx, actor.congressId, sittingId))) throw sittingNotFound();
    const ids = [...new Set(input.deputyIds)];
    const found = await activeDeputyIds(tx, actor.congressId, ids);
    if (found.length !== ids.length) {
      const known = new Set(found);
      throw ruleViolation(
        { zh: '名单中有不在册的代表', en: 'Some deputies are not on the active roster' },
        { unknown: ids.filter((i) => !known.has(i)) },
      );
    }
    await markAttendanceRows(tx, sittingId, ids, { present: input.present, markedAt: now, markedBy: actor.accountId });
    await appendCongressEntry(
      tx,
      actor.congressId,
      'attendance.marked',
      { sittingId, present: input.present, deputyIds: [...ids].sort(), by: actor.accountId },
      now,
    );
    return { presentCount: await countPresent(tx, sittingId) };
  });
}
