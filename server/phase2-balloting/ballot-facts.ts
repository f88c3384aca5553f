// What the other phases need to know about a cycle's vote: whether its result is certified (the
// cycle may then move on to implementation) and which projects were selected, across runoffs.
import type { Executor } from '../../db/client';
import { listBallots, type BallotRow } from './ballots.repository';
import type { TalliedData } from './domain/recount';

export interface CycleBallotFacts {
  projectBallotCertified: boolean;
  /** Selected proposal ids in rank order (main ballot first, then each runoff's). */
  selected: string[];
  /** Seats left empty for want of passing candidates. */
  shortfall: number;
  ballots: Array<{ id: string; kind: string; state: string }>;
}

export async function cycleBallotFacts(ex: Executor, congressId: string, cycleId: string): Promise<CycleBallotFacts> {
  const all = (await listBallots(ex, congressId, cycleId)).reverse(); // oldest first
  const project = all.filter((b) => b.kind === 'project').at(-1);
  const facts: CycleBallotFacts = { projectBallotCertified: false, selected: [], shortfall: 0, ballots: all.map((b) => ({ id: b.id, kind: b.kind, state: b.state })) };
  if (!project) return facts;
  // Walk the chain main → runoff → runoff …; the result stands once every link is certified and none needs another runoff.
  let current: BallotRow | undefined = project;
  while (current) {
    if (current.state !== 'certified') return facts;
    const result = current.result as TalliedData;
    if (result.void) return facts;
    facts.selected.push(...result.selected);
    facts.shortfall += result.shortfall;
    if (!result.runoff) {
      facts.projectBallotCertified = true;
      return facts;
    }
    current = all.filter((b) => b.parentBallotId === current!.id && b.kind === 'runoff').at(-1);
  }
  return facts;
}
