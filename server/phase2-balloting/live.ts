// What the hall screen and the console watch: a snapshot of a ballot, published after every
// committed change (state, cards, casts, results), each carrying the ledger head.
import type { Executor } from '../../db/client';
import { findLedgerHead } from '../core/ledger/ledger.repository';
import type { Deps } from '../core/context';
import type { BallotSnapshot } from './ballots.contract';
import { findBallotAnyCongress, type BallotRow } from './ballots.repository';

export const ballotTopic = (ballotId: string) => `ballot:${ballotId}`;

export async function buildSnapshot(ex: Executor, ballot: BallotRow): Promise<BallotSnapshot> {
  const head = await findLedgerHead(ex, ballot.ledgerId);
  const rules = ballot.rules as { liveCounts?: boolean; secrecy?: string };
  // Anyone may subscribe: a secret ballot shows turnout only, and no result before certification.
  const showCounts = ballot.state === 'open' && rules.liveCounts === true && rules.secrecy === 'recorded';
  return {
    ballotId: ballot.id,
    title: ballot.title,
    state: ballot.state,
    rosterCount: ballot.rosterCount,
    presentCount: ballot.presentCount,
    cardsIssued: ballot.cardsIssued,
    castCount: ballot.castCount,
    counts: showCounts ? ((ballot.liveCounts as BallotSnapshot['counts']) ?? {}) : null,
    result: ballot.state === 'certified' ? (ballot.result as BallotSnapshot['result']) : null,
    head: head ?? { seq: 0, hash: '0'.repeat(64) },
    screenMode: ballot.screenMode,
  };
}

/** Call after commit. Never throws: the next change publishes a fresh snapshot anyway. */
export async function publishBallot(deps: Deps, ballotId: string): Promise<void> {
  try {
    const ballot = await findBallotAnyCongress(deps.db, ballotId);
    if (!ballot) return;
    const snap = await buildSnapshot(deps.db, ballot);
    await deps.events.publish({ topic: ballotTopic(ballotId), seq: snap.head.seq, payload: snap as unknown as Record<string, unknown> });
  } catch (err) {
    deps.log('error', `publishing ballot ${ballotId} failed`, err);
  }
}
