// Ballot states and what each step requires. Pure: the service gathers the facts.
export const BALLOT_STATES = ['draft', 'open', 'closed', 'tallied', 'certified', 'void'] as const;
export type BallotState = (typeof BALLOT_STATES)[number];

export const NEXT_STATE: Record<BallotState, BallotState | null> = {
  draft: 'open',
  open: 'closed',
  closed: 'tallied',
  tallied: 'certified',
  certified: null,
  void: null,
};

export interface Quorum {
  numerator: number;
  denominator: number;
}
/** 过三分之二: more than two thirds of the roster present. */
export const DEFAULT_QUORUM: Quorum = { numerator: 2, denominator: 3 };

/** A quorum below one half would let a minority of the roster hold the vote: refused. */
export function quorumAcceptable(q: Quorum): boolean {
  return (
    Number.isSafeInteger(q.numerator) &&
    Number.isSafeInteger(q.denominator) &&
    q.denominator > 0 &&
    q.numerator < q.denominator &&
    q.numerator * 2 >= q.denominator
  );
}

/** Strictly more than numerator/denominator of the roster, in integers. */
export function quorumMet(present: number, roster: number, q: Quorum = DEFAULT_QUORUM): boolean {
  return roster > 0 && present * q.denominator > roster * q.numerator;
}

/** The fewest present deputies that make a quorum. */
export function quorumNeeded(roster: number, q: Quorum = DEFAULT_QUORUM): number {
  return Math.floor((roster * q.numerator) / q.denominator) + 1;
}

export type Problem = { code: string; zh: string; en: string };

export function openProblems(f: {
  state: BallotState;
  roster: number;
  present: number;
  quorum: Quorum;
  candidateCount: number;
  ruleErrors: string[];
}): Problem[] {
  const p: Problem[] = [];
  if (f.state !== 'draft') p.push({ code: 'not_draft', zh: `表决已处于“${f.state}”状态，不能再次开启`, en: `The ballot is ${f.state}, not a draft` });
  if (f.candidateCount < 1) p.push({ code: 'no_candidates', zh: '没有候选项目', en: 'No candidates' });
  for (const e of f.ruleErrors) p.push({ code: 'bad_rules', zh: `规则错误：${e}`, en: `Rules: ${e}` });
  if (!quorumMet(f.present, f.roster, f.quorum)) {
    const need = quorumNeeded(f.roster, f.quorum);
    p.push({
      code: 'no_quorum',
      zh: `出席人数不足：应到 ${f.roster} 人，实到 ${f.present} 人，须超过 ${f.quorum.numerator}/${f.quorum.denominator}（至少 ${need} 人）`,
      en: `No quorum: ${f.present} of ${f.roster} present; more than ${f.quorum.numerator}/${f.quorum.denominator} needed (at least ${need})`,
    });
  }
  return p;
}
