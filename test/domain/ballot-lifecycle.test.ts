import { describe, expect, it } from 'vitest';
import { DEFAULT_QUORUM, openProblems, quorumMet, quorumNeeded } from '../../server/phase2-balloting/domain/ballot-lifecycle';

describe('quorum (more than two thirds present by default)', () => {
  it.each([
    // roster, present, met
    [231, 154, false], // 154*3 = 462 = 231*2: exactly two thirds is not more
    [231, 155, true],
    [3, 2, false],
    [3, 3, true],
    [60, 41, true],
    [60, 40, false],
    [0, 0, false],
  ])('roster %i, present %i → %s', (roster, present, met) => {
    expect(quorumMet(present, roster)).toBe(met);
    if (roster > 0) expect(quorumMet(quorumNeeded(roster), roster)).toBe(true);
    if (roster > 0) expect(quorumMet(quorumNeeded(roster) - 1, roster)).toBe(false);
  });

  it('takes another fraction when configured (more than half)', () => {
    expect(quorumMet(51, 100, { numerator: 1, denominator: 2 })).toBe(true);
    expect(quorumMet(50, 100, { numerator: 1, denominator: 2 })).toBe(false);
    expect(quorumNeeded(100, { numerator: 1, denominator: 2 })).toBe(51);
  });

  it('says what blocks opening, with the numbers', () => {
    const p = openProblems({ state: 'draft', roster: 231, present: 100, quorum: DEFAULT_QUORUM, candidateCount: 15, ruleErrors: [] });
    expect(p.map((x) => x.code)).toEqual(['no_quorum']);
    expect(p[0]!.zh).toContain('应到 231 人，实到 100 人');
    expect(p[0]!.zh).toContain('至少 155 人');
    expect(
      openProblems({ state: 'open', roster: 3, present: 3, quorum: DEFAULT_QUORUM, candidateCount: 2, ruleErrors: ['x'] }).map((x) => x.code),
    ).toEqual(['not_draft', 'bad_rules']);
    expect(openProblems({ state: 'draft', roster: 3, present: 3, quorum: DEFAULT_QUORUM, candidateCount: 2, ruleErrors: [] })).toEqual([]);
  });
});
