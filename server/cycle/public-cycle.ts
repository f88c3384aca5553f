// A cycle as the public pages find it: by id alone (the congress comes from the cycle), 404 when
// unknown; remembered until the next write on PGlite (core/since-last-write.ts).
import type { Executor } from '../../db/client';
import type { Deps } from '../core/context';
import { notFound } from '../core/errors';
import { sinceLastWrite } from '../core/since-last-write';
import { findCycleById, type CycleRow } from './cycles.repository';

const cycleNotFound = () => notFound({ zh: '未找到该年度项目', en: 'Cycle not found' });

export async function publicCycleRow(ex: Executor, cycleId: string): Promise<CycleRow> {
  const cycle = await findCycleById(ex, cycleId);
  if (!cycle) throw cycleNotFound();
  return cycle;
}

export const publicCycleOf = (deps: Deps, cycleId: string) => sinceLastWrite(deps, `cycle-row:${cycleId}`, () => publicCycleRow(deps.db, cycleId));
