// A cycle's life: created with its settings and its own public ledger, settings changed while
// they still matter, and moved forward phase by phase when the preconditions hold.
import type { CycleCounts } from './cycles.contract';
import type { Db, Executor, Tx } from '../../db/client';
import { createLedger } from '../core/ledger/ledger.repository';
import { conflict, notFound } from '../core/errors';
import type { Actor } from '../core/context';
import { categoryListProblems, DEFAULT_CATEGORIES, DEFAULT_MIN_MARGIN, marginRuleProblems, type MarginRule } from './domain/settings';
import { canMove, nextPhase, screeningOpen, type Phase, type PhaseFacts } from './domain/cycle-phase';
import { problem, type Problem } from '../core/domain/problems';
import { MIN_WINDOW_DAYS, windowBounds, windowDays, windowProblems } from './domain/solicitation-window';
import {
  appendCycleEntry,
  describeCycle,
  findCycle,
  findCycleByYear,
  insertCycle,
  listCycles,
  lockCycle,
  updateCycle,
  type CycleRow,
} from './cycles.repository';
import { NO_PHASE_FACTS, registeredPhases, type PhaseContribution } from './phases';
import { refuse } from '../core/refuse';
import { can } from '../core/access/permissions';

export const cycleNotFound = () => notFound({ zh: '未找到该年度项目', en: 'Cycle not found' });

export async function requireCycle(ex: Executor, actor: Actor, id: string): Promise<CycleRow> {
  const cycle = await findCycle(ex, actor.congressId, id);
  if (!cycle) throw cycleNotFound();
  return cycle;
}

export async function lockCycleOf(tx: Tx, actor: Actor, id: string): Promise<CycleRow> {
  const cycle = await lockCycle(tx, id, actor.congressId);
  if (!cycle) throw cycleNotFound();
  return cycle;
}

/** Screening, suggestions and drafts are handled only until the list goes to the vote. */
export function assertScreeningOpen(cycle: CycleRow) {
  if (!screeningOpen(cycle.phase)) {
    throw refuse([
      problem('phase_closed', '该年度已进入票决，征集初定的事项不能再变更', 'The cycle has gone to the vote; phase-1 records are closed'),
    ]);
  }
}

export interface NewCycle {
  title: string;
  year: number;
  opensOn: string;
  closesOn: string;
  windowOverrideReason?: string | null;
  categories?: string[];
  seats: number;
  minMargin?: number;
  allowEqual?: boolean;
}

/** The override reason only matters (and is kept) while the window is shorter than the minimum. */
function keptReason(w: { opensOn: string; closesOn: string }, reason: string | null | undefined) {
  return windowDays(w) < MIN_WINDOW_DAYS ? (reason ?? null) : null;
}

export async function createCycle(db: Db, actor: Actor, input: NewCycle, now: Date) {
  const categories = input.categories ?? [...DEFAULT_CATEGORIES];
  const rule: MarginRule = { seats: input.seats, minMargin: input.minMargin ?? DEFAULT_MIN_MARGIN, allowEqual: input.allowEqual ?? false };
  const problems = [
    ...windowProblems({ opensOn: input.opensOn, closesOn: input.closesOn, overrideReason: input.windowOverrideReason }),
    ...marginRuleProblems(rule),
    ...categoryListProblems(categories),
  ];
  if (problems.length) throw refuse(problems);
  return db.transaction(async (tx) => {
    if (await findCycleByYear(tx, actor.congressId, input.year)) {
      throw conflict({ zh: `${input.year} 年度的民生实事项目已经建立`, en: `A cycle for ${input.year} exists already` });
    }
    const id = crypto.randomUUID();
    // 全过程公开: the cycle's ledger is public from the start, so nothing private ever goes into it.
    const ledger = await createLedger(tx, { congressId: actor.congressId, kind: 'cycle', title: input.title, subjectId: id, isPublic: true });
    const windowOverrideReason = keptReason(input, input.windowOverrideReason);
    const cycle = await insertCycle(tx, {
      id,
      congressId: actor.congressId,
      title: input.title,
      year: input.year,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      windowOverrideReason,
      categories,
      ...rule,
      ledgerId: ledger.id,
      phaseChangedAt: now,
      createdAt: now,
    });
    await appendCycleEntry(
      tx,
      cycle,
      'cycle.created',
      {
        cycleId: id,
        title: cycle.title,
        year: cycle.year,
        opensOn: cycle.opensOn,
        closesOn: cycle.closesOn,
        windowOverrideReason,
        categories,
        ...rule,
        by: actor.accountId,
      },
      now,
    );
    return describeCycle(cycle, now);
  });
}

export type CycleSettings = Partial<Omit<NewCycle, 'year'>>;

export async function updateCycleSettings(
  db: Db,
  actor: Actor,
  id: string,
  input: CycleSettings,
  now: Date,
  phases: readonly PhaseContribution[] = registeredPhases(),
) {
  return db.transaction(async (tx) => {
    const cycle = await lockCycleOf(tx, actor, id);
    assertScreeningOpen(cycle);
    const given = <K extends keyof CycleSettings>(k: K) => input[k] !== undefined;
    const next = {
      title: input.title ?? cycle.title,
      opensOn: input.opensOn ?? cycle.opensOn,
      closesOn: input.closesOn ?? cycle.closesOn,
      windowOverrideReason: given('windowOverrideReason') ? (input.windowOverrideReason ?? null) : cycle.windowOverrideReason,
      categories: input.categories ?? cycle.categories,
      seats: input.seats ?? cycle.seats,
      minMargin: input.minMargin ?? cycle.minMargin,
      allowEqual: input.allowEqual ?? cycle.allowEqual,
    };
    next.windowOverrideReason = keptReason(next, next.windowOverrideReason);
    const changed: Record<string, unknown> = {};
    for (const k of Object.keys(next) as Array<keyof typeof next>) {
      if (JSON.stringify(next[k]) !== JSON.stringify(cycle[k])) changed[k] = next[k];
    }
    const problems: Problem[] = [];
    const windowChanged = 'opensOn' in changed || 'closesOn' in changed || 'windowOverrideReason' in changed;
    if (windowChanged && cycle.phase !== 'solicitation') {
      problems.push(problem('window_locked', '征集阶段已结束，征集期不能再改', 'Solicitation is over; its window can no longer change'));
    }
    if (('seats' in changed || 'minMargin' in changed || 'allowEqual' in changed) && cycle.listFixedAt) {
      problems.push(
        problem('list_fixed', '候选项目名单已确定，须先解除锁定才能修改应选数或差额', 'The list is fixed; unlock it before changing seats or margin'),
      );
    }
    if ('categories' in changed) {
      const removed = cycle.categories.filter((c) => !next.categories.includes(c));
      const used: string[] = [];
      for (const p of phases) for (const c of (await p.categoriesInUse?.(tx, cycle.id, removed)) ?? []) if (!used.includes(c)) used.push(c);
      if (used.length) {
        problems.push(
          problem(
            'category_in_use',
            `类别“${used.join('、')}”已有项目建议或群众建议使用，不能删除`,
            `Categories in use cannot be removed: ${used.join(', ')}`,
            'categories',
          ),
        );
      }
    }
    problems.push(
      ...(windowChanged ? windowProblems({ ...next, overrideReason: next.windowOverrideReason }) : []),
      ...marginRuleProblems(next),
      ...categoryListProblems(next.categories),
    );
    if (problems.length) throw refuse(problems);
    if (Object.keys(changed).length === 0) return describeCycle(cycle, now);
    const row = await updateCycle(tx, cycle.id, next);
    await appendCycleEntry(tx, cycle, 'cycle.settings_changed', { cycleId: cycle.id, changed, by: actor.accountId }, now);
    return describeCycle(row, now);
  });
}

/** The facts a phase move depends on, read in the caller's transaction: the cycle's own, then each phase's. */
export async function phaseFacts(ex: Executor, cycle: CycleRow, now: Date, phases: readonly PhaseContribution[]): Promise<PhaseFacts> {
  const facts: PhaseFacts = {
    now,
    solicitationClosesAt: windowBounds(cycle).closesAt,
    solicitationClosesOn: cycle.closesOn,
    candidateListFixed: cycle.listFixedAt !== null,
    ...NO_PHASE_FACTS,
  };
  for (const p of phases) Object.assign(facts, await p.facts?.(ex, cycle, now));
  return facts;
}

export async function moveCyclePhase(
  db: Db,
  actor: Actor,
  id: string,
  to: Phase,
  now: Date,
  phases: readonly PhaseContribution[] = registeredPhases(),
) {
  return db.transaction(async (tx) => {
    const cycle = await lockCycleOf(tx, actor, id);
    const problems = canMove(cycle.phase, to, await phaseFacts(tx, cycle, now, phases));
    if (problems.length) throw refuse(problems, { from: cycle.phase, to });
    const row = await updateCycle(tx, cycle.id, { phase: to, phaseChangedAt: now });
    await appendCycleEntry(tx, cycle, 'cycle.phase_moved', { cycleId: cycle.id, from: cycle.phase, to, by: actor.accountId }, now);
    // The phase entered does its work in the same transaction (implementation: the certified ballot's selection becomes the year's projects).
    for (const p of phases) if (p.phase === to) await p.onEnter?.(tx, actor, cycle, now);
    return describeCycle(row, now);
  });
}

export async function listCongressCycles(db: Db, actor: Actor, now: Date) {
  return (await listCycles(db, actor.congressId)).map((c) => describeCycle(c, now));
}

/** Each phase adds its counts (phase 1: proposals and suggestions; phase 2 the selected; phase 3 the projects); their shape is the contract's CycleCounts, checked in tests. */
async function phaseCounts(ex: Executor, cycle: CycleRow, phases: readonly PhaseContribution[]): Promise<CycleCounts> {
  const counts: Record<string, unknown> = {};
  for (const p of phases) Object.assign(counts, await p.counts?.(ex, cycle));
  return counts as CycleCounts;
}

/** One cycle; staff also get the counts and what the next phase still needs. */
export async function cycleDetail(db: Db, actor: Actor, id: string, now: Date, phases: readonly PhaseContribution[] = registeredPhases()) {
  const cycle = await requireCycle(db, actor, id);
  const out = describeCycle(cycle, now);
  if (!can(actor, 'cycle.readStatus')) return { cycle: out };
  const next = nextPhase(cycle.phase);
  return {
    cycle: out,
    counts: await phaseCounts(db, cycle, phases),
    next: next ? { phase: next, problems: canMove(cycle.phase, next, await phaseFacts(db, cycle, now, phases)) } : null,
  };
}
