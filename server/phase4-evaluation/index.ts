// Phase 4 (监督评议: satisfaction evaluation, grades, rectification) as the shell wires it: its
// contribution to the cycle's phase machine and its hook on a certified ballot.
import type { PhaseContribution } from '../cycle/phases';
import type { OnCertified } from '../phase2-balloting';
import { gradeCertifiedEvaluation } from './evaluation.service';
import { evaluationClosingFacts } from './evaluation.repository';

/** Before the cycle closes: every project graded, no evaluation under way, every rectification reported. */
export const evaluationPhase: PhaseContribution = {
  phase: 'evaluation',
  async facts(ex, cycle) {
    return cycle.phase === 'evaluation' ? evaluationClosingFacts(ex, cycle.id) : {};
  },
};

/** A certified evaluation grades its projects (and orders rectification of the 不满意 ones). */
export const onEvaluationCertified: OnCertified = gradeCertifiedEvaluation;
