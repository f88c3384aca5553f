// The engine holds two kinds of question on the same cards, ledger and screens: the project
// ballot (赞成/反对/弃权 or choose-up-to, with seats) and the satisfaction evaluation (满意/基本满意/
// 不满意 per project). This module is the one place that tells them apart. Pure.
import {
  checkEvaluationChoices,
  validateEvaluationPaperTotals,
  type EvaluationCounts,
  type EvaluationPaperTotals,
  type GradingRule,
} from './grading';
import { checkChoices, type ChoiceCheck, type OpenedData, type PassBasis, type Secrecy } from './ballot-rules';
import { validatePaperTotals, type CandidateCounts, type PaperTotals } from './tally';

export type Evaluators = 'deputies' | 'standing_committee';

/** Data of `ballot.opened` for an evaluation: every project is a question. */
export interface EvaluationOpenedData {
  ballotId: string;
  title: string;
  form: 'satisfaction';
  allowAbstain: boolean;
  passBasis: PassBasis;
  secrecy: Secrecy;
  evaluators: Evaluators;
  /** Written by every evaluation opened since grading became configurable; absent means the default. */
  grading?: GradingRule;
  candidates: Array<{ id: string; title: string }>;
  rosterCount: number;
  presentCount: number;
}

export type AnyOpenedData = OpenedData | EvaluationOpenedData;

export const isEvaluation = (o: { form: string }): o is EvaluationOpenedData => o.form === 'satisfaction';

const evaluationRules = (o: EvaluationOpenedData) => ({ projects: o.candidates, allowAbstain: o.allowAbstain });

export function checkCast(opened: AnyOpenedData, choices: unknown): ChoiceCheck {
  if (!isEvaluation(opened)) return checkChoices(opened, choices);
  const r = checkEvaluationChoices(evaluationRules(opened), choices);
  return r.valid
    ? r
    : {
        valid: false,
        reason: r.reason === 'missing_project' ? 'missing_candidate' : r.reason === 'unknown_project' ? 'unknown_candidate' : r.reason,
        detail: r.detail,
      };
}

/** Paper totals are stored as `perCandidate` for both kinds (the ledger's one shape). */
export type AnyPaperTotals = { perCandidate: Record<string, CandidateCounts | EvaluationCounts>; valid: number; invalid: number };

export function toEvaluationPaper(p: AnyPaperTotals): EvaluationPaperTotals {
  return { perProject: p.perCandidate as Record<string, EvaluationCounts>, valid: p.valid, invalid: p.invalid };
}

export function checkPaper(opened: AnyOpenedData, paper: AnyPaperTotals): string[] {
  if (!isEvaluation(opened)) return validatePaperTotals(opened, paper as PaperTotals);
  return validateEvaluationPaperTotals(evaluationRules(opened), toEvaluationPaper(paper));
}

/** The choice values a form offers, in display order. */
export function offeredChoices(opened: { form: string; allowAbstain?: boolean }): string[] {
  if (opened.form === 'satisfaction') return ['satisfied', 'basically_satisfied', 'unsatisfied', ...(opened.allowAbstain ? ['abstain'] : [])];
  return opened.form === 'choose-up-to' ? ['for', 'abstain'] : ['for', 'against', 'abstain'];
}
