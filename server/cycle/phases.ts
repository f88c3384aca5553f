// How the phases take part in the cycle without the cycle importing them: each phase's index.ts
// exports a PhaseContribution, and the shell (server/phases.ts) registers them in phase order.
// The cycle asks them for the facts its phase machine (domain/cycle-phase.ts) needs and runs
// their on-enter work inside the move's transaction.
import type { Executor, Tx } from '../../db/client';
import type { Actor } from '../core/context';
import type { Phase, PhaseFacts } from './domain/cycle-phase';
import type { CycleRow } from './cycles.repository';

/** The facts a phase knows; read in the caller's transaction. Fields it leaves out keep their default. */
export type PhaseFactsPart = Partial<Omit<PhaseFacts, 'now' | 'solicitationClosesAt' | 'solicitationClosesOn' | 'candidateListFixed'>>;

export interface PhaseContribution {
  /** Which phase this is (its name in PHASES). */
  phase: Phase;
  /** What this phase tells the phase machine about the cycle now (only pay for the queries that matter in `cycle.phase`). */
  facts?(ex: Executor, cycle: CycleRow, now: Date): Promise<PhaseFactsPart>;
  /** Work done when the cycle enters `phase`, in the move's transaction (e.g. the year's projects from the certified ballot). */
  onEnter?(tx: Tx, actor: Actor, cycle: CycleRow, now: Date): Promise<void>;
  /** Of these categories, the ones this phase's records use (a category in use cannot be removed). */
  categoriesInUse?(ex: Executor, cycleId: string, categories: readonly string[]): Promise<string[]>;
  /** Counts shown to staff on the cycle's page. */
  counts?(ex: Executor, cycle: CycleRow): Promise<Record<string, unknown>>;
}

let registered: readonly PhaseContribution[] = [];

/** Called once by the shell (server/phases.ts) with every phase's contribution. */
export function registerPhases(contributions: readonly PhaseContribution[]): void {
  registered = [...contributions];
}

/** The registered contributions; refuses to answer before the shell has registered them. */
export function registeredPhases(): readonly PhaseContribution[] {
  if (registered.length === 0) throw new Error('no phase contributions registered: import server/phases.ts first');
  return registered;
}

/** Facts before any phase speaks: nothing pending, nothing certified. */
export const NO_PHASE_FACTS: Required<Omit<PhaseFactsPart, 'ballotStepMissing'>> = {
  projectBallotCertified: false,
  unscreenedProposals: 0,
  unprocessedSuggestions: 0,
  pendingChanges: 0,
  ungradedProjects: 0,
  evaluationsUnderway: 0,
  openRectifications: 0,
};
