// The cycle's phase machine. Phases only move forward, one step at a time, each move a
// secretariat action whose preconditions are checked here from facts the service gathers.
import { problem, type Problem } from '../../core/domain/problems';

export const PHASES = ['solicitation', 'screening', 'balloting', 'implementation', 'evaluation', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, { zh: string; en: string }> = {
  solicitation: { zh: '征集', en: 'solicitation' },
  screening: { zh: '初审初定', en: 'screening' },
  balloting: { zh: '审议票决', en: 'balloting' },
  implementation: { zh: '组织实施', en: 'implementation' },
  evaluation: { zh: '监督评议', en: 'evaluation' },
  closed: { zh: '已结束', en: 'closed' },
};

/** The phase after `p`, or null after the last. */
export function nextPhase(p: Phase): Phase | null {
  return PHASES[PHASES.indexOf(p) + 1] ?? null;
}

/** What the ballot engine (phase 2) knows about a cycle. */
export interface BallotFacts {
  /** The ballot on the cycle's candidate list is certified by the scrutineers (with every runoff it needed). */
  projectBallotCertified: boolean;
  /** When not: the step missing, in the ballot engine's words (另行票决尚未进行, …). */
  ballotStepMissing?: { code: string; zh: string; en: string };
}

/** Everything a move may depend on, gathered by the service in the move's transaction. */
export interface PhaseFacts extends BallotFacts {
  now: Date;
  /** End of the solicitation window (exclusive). */
  solicitationClosesAt: Date;
  /** Its last day, for the message. */
  solicitationClosesOn: string;
  candidateListFixed: boolean;
  /** Proposals submitted and still awaiting a screening outcome. */
  unscreenedProposals: number;
  /** Public suggestions neither converted, merged nor rejected. */
  unprocessedSuggestions: number;
  /** Change requests still awaiting the standing committee's decision (phase 3). */
  pendingChanges: number;
  /** Projects not terminated that no certified evaluation has graded yet (phase 4). */
  ungradedProjects: number;
  /** Evaluation ballots opened but not yet certified (a draft never opened does not count). */
  evaluationsUnderway: number;
  /** Rectification orders (整改) whose department has not reported yet. */
  openRectifications: number;
}

/**
 * Why the cycle may not move from `from` to `to` (empty: it may). Each failed precondition is
 * listed, so the secretariat sees everything that is missing at once.
 */
export function canMove(from: Phase, to: Phase, facts: PhaseFacts): Problem[] {
  const fromIdx = PHASES.indexOf(from);
  const toIdx = PHASES.indexOf(to);
  if (from === 'closed') return [problem('cycle_closed', '该年度已结束，阶段不能再变更', 'The cycle is closed')];
  if (toIdx <= fromIdx) {
    return [
      problem('not_forward', `阶段只能向前推进（当前为“${PHASE_LABELS[from].zh}”）`, `Phases only move forward (now: ${PHASE_LABELS[from].en})`),
    ];
  }
  if (toIdx > fromIdx + 1) {
    const next = nextPhase(from)!;
    return [
      problem(
        'skips_phase',
        `不能跳过阶段：下一阶段是“${PHASE_LABELS[next].zh}”`,
        `Phases cannot be skipped: the next one is ${PHASE_LABELS[next].en}`,
      ),
    ];
  }
  const out: Problem[] = [];
  switch (from) {
    case 'solicitation':
      if (facts.now.getTime() < facts.solicitationClosesAt.getTime()) {
        out.push(
          problem(
            'window_open',
            `征集期尚未结束（截止 ${facts.solicitationClosesOn}）`,
            `The solicitation window is still open (until ${facts.solicitationClosesOn})`,
          ),
        );
      }
      break;
    case 'screening':
      if (!facts.candidateListFixed) out.push(problem('list_not_fixed', '候选项目名单尚未确定', 'The candidate list is not fixed'));
      if (facts.unscreenedProposals > 0) {
        out.push(
          problem(
            'proposals_unscreened',
            `还有 ${facts.unscreenedProposals} 个项目建议未作初审结论`,
            `${facts.unscreenedProposals} proposals have no screening outcome yet`,
          ),
        );
      }
      if (facts.unprocessedSuggestions > 0) {
        out.push(
          problem(
            'suggestions_unprocessed',
            `还有 ${facts.unprocessedSuggestions} 条群众建议未处理`,
            `${facts.unprocessedSuggestions} public suggestions are not handled yet`,
          ),
        );
      }
      break;
    case 'balloting':
      if (!facts.projectBallotCertified) {
        const m = facts.ballotStepMissing;
        out.push(
          m ? problem(m.code, m.zh, m.en) : problem('ballot_not_certified', '项目票决结果尚未经监票人确认', 'The project ballot is not certified'),
        );
      }
      break;
    case 'implementation':
      // The evaluation judges each project as it stands: a pending change must be decided first.
      if (facts.pendingChanges > 0) {
        out.push(
          problem(
            'changes_pending',
            `还有 ${facts.pendingChanges} 项调整申请等待常委会决定`,
            `${facts.pendingChanges} change requests await the standing committee's decision`,
          ),
        );
      }
      break;
    case 'evaluation':
      // The loop closes when every project has its grade and every 不满意 has its rectification report.
      if (facts.evaluationsUnderway > 0) {
        out.push(
          problem(
            'evaluation_underway',
            `还有 ${facts.evaluationsUnderway} 次满意度测评尚未经监票人确认`,
            `${facts.evaluationsUnderway} evaluation ballots are not certified yet`,
          ),
        );
      }
      if (facts.ungradedProjects > 0) {
        out.push(
          problem(
            'projects_ungraded',
            `还有 ${facts.ungradedProjects} 个项目没有测评结果`,
            `${facts.ungradedProjects} projects have no evaluation result yet`,
          ),
        );
      }
      if (facts.openRectifications > 0) {
        out.push(
          problem(
            'rectifications_open',
            `还有 ${facts.openRectifications} 个不满意项目未报送整改情况`,
            `${facts.openRectifications} projects graded unsatisfied have not reported their rectification`,
          ),
        );
      }
      break;
    default:
      break;
  }
  return out;
}

/** Where proposals may be screened and suggestions handled: from the first submission until the list goes to the vote. */
export function screeningOpen(phase: Phase): boolean {
  return phase === 'solicitation' || phase === 'screening';
}
