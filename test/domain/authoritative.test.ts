// One authoritative result: which ballots count, which step is missing, which projects may be
// evaluated. Pure functions over the ballots a cycle holds.
import { describe, expect, it } from 'vitest';
import {
  evaluationCoverageProblems,
  isLive,
  liveProjectBallot,
  liveRunoffOf,
  walkResultChain,
  type BallotLink,
} from '../../server/phase2-balloting/domain/authoritative';

let clock = 0;
const ballot = (over: Partial<BallotLink>): BallotLink => ({
  id: `b${++clock}`,
  kind: 'project',
  state: 'draft',
  parentBallotId: null,
  createdAt: new Date(2027, 0, 1, 0, clock),
  result: null,
  ...over,
});

describe('isLive', () => {
  it('a voided ballot and one void by rule no longer count', () => {
    expect(isLive(ballot({ state: 'open' }))).toBe(true);
    expect(isLive(ballot({ state: 'certified', result: { void: false } }))).toBe(true);
    expect(isLive(ballot({ state: 'void' }))).toBe(false);
    expect(isLive(ballot({ state: 'tallied', result: { void: true } }))).toBe(false);
  });
});

describe('walkResultChain', () => {
  it('no ballot: the step missing is the ballot', () => {
    expect(walkResultChain([]).step).toEqual({ code: 'no_ballot' });
  });

  it('a certified ballot without a tie is complete, with its selection', () => {
    const b = ballot({ state: 'certified', result: { selected: ['p1', 'p2'], shortfall: 0 } });
    expect(walkResultChain([b])).toEqual({ step: { code: 'complete' }, selected: ['p1', 'p2'], shortfall: 0, chain: [b.id] });
  });

  it('ignores voided ballots and takes the live one', () => {
    const old = ballot({ state: 'void', result: { selected: ['p9'] } });
    const live = ballot({ state: 'tallied', result: { selected: ['p1'] } });
    expect(walkResultChain([old, live]).step).toEqual({ code: 'not_certified', ballotId: live.id, kind: 'project', state: 'tallied' });
    expect(liveProjectBallot([old, live])?.id).toBe(live.id);
  });

  it('a ballot void by rule must be repeated', () => {
    const v = ballot({ state: 'certified', result: { void: true } });
    expect(walkResultChain([v]).step).toEqual({ code: 'ballot_void', ballotId: v.id });
  });

  it('names the missing runoff, then the uncertified one, then completes across the chain', () => {
    const main = ballot({ state: 'certified', result: { selected: ['p1'], shortfall: 0, runoff: { candidates: ['p2', 'p3'], seats: 1 } } });
    expect(walkResultChain([main]).step).toEqual({ code: 'runoff_missing', ballotId: main.id });
    const voidedRunoff = ballot({ kind: 'runoff', parentBallotId: main.id, state: 'void' });
    expect(walkResultChain([main, voidedRunoff]).step.code).toBe('runoff_missing');
    const runoff = ballot({ kind: 'runoff', parentBallotId: main.id, state: 'open' });
    expect(liveRunoffOf([main, voidedRunoff, runoff], main.id)?.id).toBe(runoff.id);
    expect(walkResultChain([main, voidedRunoff, runoff]).step).toEqual({ code: 'not_certified', ballotId: runoff.id, kind: 'runoff', state: 'open' });
    const done = { ...runoff, state: 'certified' as const, result: { selected: ['p3'], shortfall: 0 } };
    expect(walkResultChain([main, voidedRunoff, done])).toEqual({
      step: { code: 'complete' },
      selected: ['p1', 'p3'],
      shortfall: 0,
      chain: [main.id, runoff.id],
    });
  });
});

describe('evaluationCoverageProblems', () => {
  const c = (state: BallotLink['state'], grade: string | null, rectificationReported = false) => ({
    ballotId: `e-${state}-${grade}`,
    state,
    grade,
    rectificationReported,
  });
  it('a project not yet evaluated may be', () => {
    expect(evaluationCoverageProblems([{ projectId: 'p', covering: [] }])).toEqual([]);
  });
  it('an evaluation under way, a graded project, an unrectified 不满意 are refused; a rectified one may be evaluated again', () => {
    expect(
      evaluationCoverageProblems([
        { projectId: 'a', covering: [c('open', null)] },
        { projectId: 'b', covering: [c('certified', 'satisfied')] },
        { projectId: 'c', covering: [c('certified', 'unsatisfied')] },
        { projectId: 'd', covering: [c('certified', 'unsatisfied', true)] },
        { projectId: 'e', covering: [c('certified', 'unsatisfied', true), c('draft', null)] },
      ]).map((p) => [p.projectId, p.code]),
    ).toEqual([
      ['a', 'evaluation_underway'],
      ['b', 'already_evaluated'],
      ['c', 'not_rectified'],
      ['e', 'evaluation_underway'],
    ]);
  });
});
