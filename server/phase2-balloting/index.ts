// Phase 2 (审议票决: the ballot engine) as the cycle and later phases see it. Later phases import
// phase 2 only from here; they act on a certified ballot through registerCertifiedHooks.
import type { PhaseContribution } from '../cycle/phases';
import { cycleBallotFacts } from './ballot-facts';

export { cycleBallotFacts, type CycleBallotFacts } from './ballot-facts';
export {
  findBallotAnyCongress,
  findBallotsAnyCongress,
  listBallots,
  listCandidates,
  listCandidatesOf,
  lockCycleBallots,
  type BallotRow,
} from './ballots.repository';
export { asLink, insertBallot, type StoredRules } from './ballots.service';
export { findSitting } from './sittings.repository';
export { registerCertifiedHooks, type OnCertified } from './certified-hooks';
export { quorumInput } from './inputs';
export { certifiedResultsOf, getBallot, getResults } from './results.service';
export { BallotAnswer } from './ballots.contract';
export { evaluationCoverageProblems, isLive } from './domain/authoritative';
export { DEFAULT_QUORUM, type Quorum } from './domain/ballot-lifecycle';
export type { Evaluators } from './domain/ballot-forms';
export { LIVE_COUNTS_SECRET, liveCountsRefused } from './domain/ballot-rules';
export { rankIn, type Rank } from './domain/ranking';
export { rankText } from './domain/result-words';
export { DEFAULT_GRADING, validateGrading, type Grade, type GradingRule } from './domain/grading';
export { isEvaluationResult, type AnyTalliedData, type EvaluationTalliedData, type TalliedData } from './domain/recount';

/** While the cycle is balloting: is the project ballot (with its runoffs) certified, and if not, which step is missing. */
export const ballotingPhase: PhaseContribution = {
  phase: 'balloting',
  async facts(ex, cycle) {
    if (cycle.phase !== 'balloting') return {};
    const ballot = await cycleBallotFacts(ex, cycle.congressId, cycle.id);
    return {
      projectBallotCertified: ballot.projectBallotCertified,
      ...(ballot.ballotStepMissing ? { ballotStepMissing: ballot.ballotStepMissing } : {}),
    };
  },
  /** While balloting: how many projects the move to implementation will create (the confirmation says so). */
  async counts(ex, cycle) {
    if (cycle.phase !== 'balloting') return {};
    return { selected: (await cycleBallotFacts(ex, cycle.congressId, cycle.id)).selected.length };
  },
};
