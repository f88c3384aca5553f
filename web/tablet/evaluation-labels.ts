// Words and signs of the satisfaction evaluation, shared by the ballot, the review, the hall
// screen, the console and the receipt check. Each choice has a sign as well as a colour.
import { t, tMaybe } from '../app/i18n';
import type { AnyChoice, EvaluationChoice, EvaluationTalliedData, Grade } from './hall-types';

export const EVAL_MARK: Record<EvaluationChoice, string> = {
  satisfied: '✓',
  basically_satisfied: '≈',
  unsatisfied: '✕',
  abstain: '–',
};

/** The choices a satisfaction ballot offers, in ballot order. */
export function evaluationChoices(allowAbstain: boolean | undefined): EvaluationChoice[] {
  return ['satisfied', 'basically_satisfied', 'unsatisfied', ...(allowAbstain ? ['abstain' as const] : [])];
}

/** A cast choice of either form: 赞成/反对/弃权 or 满意/基本满意/不满意/弃权. */
export function choiceText(c: AnyChoice | string): string {
  return c === 'for' || c === 'against' || c === 'abstain' ? t(`hall.choice.${c}`) : tMaybe(`eval.choice.${c}`, c);
}

export const gradeText = (g: Grade) => t(`eval.grade.${g}`);

/** "全体代表" / "出席的常委会组成人员" … the number "more than half" is measured against. */
export function basisText(passBasis: 'roster' | 'present' | undefined, evaluators: 'deputies' | 'standing_committee' | undefined): string {
  return t(`eval.basis.${passBasis ?? 'roster'}.${evaluators ?? 'deputies'}`);
}

/** The review chip's class of a cast choice of either form. */
export function choiceClass(c: AnyChoice | string): string {
  return c === 'for' || c === 'against' || c === 'abstain' ? `review-${c}` : `ereview-${c}`;
}

/** "半数" / "三分之二" … a grading share in words (as a fraction otherwise). */
export function shareText(share: { num: number; den: number } | undefined): string {
  const s = share ?? { num: 1, den: 2 };
  return tMaybe(`eval.share.${s.num}/${s.den}`, `${s.num}/${s.den}`);
}

/** The grading rule of a counted evaluation, in words, with its thresholds (older ballots: the default). */
export function gradingRuleText(tally: EvaluationTalliedData, which: string): string {
  return t('eval.result.rule', {
    which,
    basis: tally.basis,
    n: tally.threshold,
    m: tally.acceptableThreshold ?? tally.threshold,
    share: shareText(tally.grading?.satisfied),
    share2: shareText(tally.grading?.acceptable),
  });
}
