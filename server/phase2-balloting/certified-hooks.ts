// What later phases do when a ballot is certified, without the ballot engine importing them: the
// shell (server/phases.ts) registers each phase's hook; certifyBallot runs them, in order, inside
// its transaction (phase 4 grades the projects of a certified evaluation).
import type { Tx } from '../../db/client';
import type { Actor } from '../core/context';
import type { BallotRow } from './ballots.repository';

/** Called with the ballot as tallied (its result set), before its row says certified. */
export type OnCertified = (tx: Tx, actor: Actor, ballot: BallotRow, now: Date) => Promise<void>;

let hooks: readonly OnCertified[] | null = null;

export function registerCertifiedHooks(list: readonly OnCertified[]): void {
  hooks = [...list];
}

/** Refuses to answer before the shell has registered the hooks, so no certification skips them. */
export function certifiedHooks(): readonly OnCertified[] {
  if (!hooks) throw new Error('no certification hooks registered: import server/phases.ts first');
  return hooks;
}
