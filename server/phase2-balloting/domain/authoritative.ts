// One authoritative result per cycle: at most one live project ballot, exactly one runoff for each
// tie, each project evaluated once (again only after its rectification). Pure: the services
// gather the ballots and ask these functions what stands.
import type { BallotState } from './ballot-lifecycle';

export interface BallotLink {
  id: string;
  kind: 'project' | 'runoff' | 'evaluation';
  state: BallotState;
  parentBallotId: string | null;
  createdAt: Date;
  /** The tally (once tallied): `void` when more were returned than issued; `runoff` when a tie needs one. */
  result: { void?: boolean; runoff?: unknown; selected?: string[]; shortfall?: number } | null;
}

/**
 * Live: it still counts or may still count. A ballot voided by the secretariat and a scrutineer,
 * or void by rule (收回多于发出: it must be repeated), no longer stands and makes room for a new one.
 */
export function isLive(b: Pick<BallotLink, 'state' | 'result'>): boolean {
  return b.state !== 'void' && !(b.result && b.result.void === true);
}

/** The cycle's live project ballot, if any (never more than one: creation refuses a second). */
export function liveProjectBallot<B extends BallotLink>(ballots: readonly B[]): B | undefined {
  return ballots
    .filter((b) => b.kind === 'project' && isLive(b))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .at(-1);
}

/** The live runoff of a parent ballot, if any. */
export function liveRunoffOf<B extends BallotLink>(ballots: readonly B[], parentId: string): B | undefined {
  return ballots
    .filter((b) => b.kind === 'runoff' && b.parentBallotId === parentId && isLive(b))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .at(-1);
}

export type ChainStep =
  | { code: 'no_ballot' }
  | { code: 'ballot_void'; ballotId: string }
  | { code: 'not_certified'; ballotId: string; kind: BallotLink['kind']; state: BallotState }
  | { code: 'runoff_missing'; ballotId: string }
  | { code: 'complete' };

export interface ChainFacts {
  /** The step that stands in the way, or complete. */
  step: ChainStep;
  /** Selected proposal ids in rank order (main ballot first, then each runoff's). */
  selected: string[];
  shortfall: number;
  /** The ballots of the chain, main ballot first. */
  chain: string[];
}

/**
 * Walks main ballot → runoff → runoff …: the result stands once every link is certified and none
 * needs another runoff. Names the first missing step, so a phase move can say what to do.
 */
export function walkResultChain(ballots: readonly BallotLink[]): ChainFacts {
  const facts: ChainFacts = { step: { code: 'no_ballot' }, selected: [], shortfall: 0, chain: [] };
  let current: BallotLink | undefined = liveProjectBallot(ballots);
  if (!current) {
    // A project ballot void by rule (收回多于发出) must be repeated: say so rather than "no ballot".
    const voided = ballots.filter((b) => b.kind === 'project' && b.result?.void === true && b.state !== 'void').at(-1);
    if (voided) facts.step = { code: 'ballot_void', ballotId: voided.id };
    return facts;
  }
  while (current) {
    facts.chain.push(current.id);
    if (current.state !== 'certified') {
      facts.step = { code: 'not_certified', ballotId: current.id, kind: current.kind, state: current.state };
      return facts;
    }
    const result = current.result!;
    facts.selected.push(...(result.selected ?? []));
    facts.shortfall += result.shortfall ?? 0;
    if (!result.runoff) {
      facts.step = { code: 'complete' };
      return facts;
    }
    const next: BallotLink | undefined = liveRunoffOf(ballots, current.id);
    if (!next) {
      // A runoff void by rule must be repeated as well: the step missing is the runoff.
      facts.step = { code: 'runoff_missing', ballotId: current.id };
      return facts;
    }
    current = next;
  }
  return facts;
}

export interface EvaluationCoverage {
  projectId: string;
  /** Live evaluation ballots that ask about this project, oldest first. */
  covering: Array<{ ballotId: string; state: BallotState; grade: string | null; rectificationReported: boolean }>;
}

export type CoverageProblem =
  | { code: 'evaluation_underway'; projectId: string; ballotId: string }
  | { code: 'already_evaluated'; projectId: string; ballotId: string }
  | { code: 'not_rectified'; projectId: string; ballotId: string };

/**
 * Each project is evaluated once per cycle; it may be evaluated again only when its last
 * evaluation graded it 不满意 and its rectification has been reported since.
 */
export function evaluationCoverageProblems(projects: readonly EvaluationCoverage[]): CoverageProblem[] {
  const out: CoverageProblem[] = [];
  for (const p of projects) {
    const last = p.covering.at(-1);
    if (!last) continue;
    if (last.state !== 'certified') out.push({ code: 'evaluation_underway', projectId: p.projectId, ballotId: last.ballotId });
    else if (last.grade !== 'unsatisfied') out.push({ code: 'already_evaluated', projectId: p.projectId, ballotId: last.ballotId });
    else if (!last.rectificationReported) out.push({ code: 'not_rectified', projectId: p.projectId, ballotId: last.ballotId });
  }
  return out;
}
