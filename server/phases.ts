// The wiring of the phases into the cycle and the ballot engine, in phase order: the cycle asks
// each phase for its facts and on-enter work (server/cycle/phases.ts), and a certified ballot runs
// the later phases' hooks (server/phase2-balloting/certified-hooks.ts). Imported by the route table,
// so every app and every script that loads the routes has them; scripts that call the cycle's
// services directly import this file.
import { registerPhases, type PhaseContribution } from './cycle/phases';
import { solicitationPhase } from './phase1-solicitation';
import { ballotingPhase, registerCertifiedHooks } from './phase2-balloting';
import { implementationPhase } from './phase3-implementation';
import { evaluationPhase, onEvaluationCertified } from './phase4-evaluation';

export const PHASE_CONTRIBUTIONS: readonly PhaseContribution[] = [solicitationPhase, ballotingPhase, implementationPhase, evaluationPhase];

registerPhases(PHASE_CONTRIBUTIONS);
registerCertifiedHooks([onEvaluationCertified]);
