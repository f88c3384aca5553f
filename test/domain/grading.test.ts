import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkEvaluationChoices,
  formatPermille,
  GRADE_LABELS,
  gradeEvaluation,
  GradeInputError,
  gradeOf,
  majorityThreshold,
  ratePermille,
  shareThreshold,
  validateEvaluationPaperTotals,
  validateGrading,
  type EvaluationChoice,
  type EvaluationCounts,
  type EvaluationPaperTotals,
  type EvaluationProject,
  type GradeInput,
} from '../../server/phase2-balloting/domain/grading';

type Cast = { choices: unknown };

const projects: EvaluationProject[] = [
  { id: 'p1', title: '城区老旧小区改造' },
  { id: 'p2', title: '农村饮水安全提升' },
  { id: 'p3', title: '中小学食堂改造' },
];

/** Casts giving one project the given counts, every other project "satisfied". */
function castsFor(ps: EvaluationProject[], target: string, counts: Partial<EvaluationCounts>): Cast[] {
  const out: Cast[] = [];
  for (const choice of ['satisfied', 'basically_satisfied', 'unsatisfied', 'abstain'] as const) {
    for (let i = 0; i < (counts[choice] ?? 0); i++) {
      out.push({ choices: Object.fromEntries(ps.map((p) => [p.id, p.id === target ? choice : 'satisfied'])) });
    }
  }
  return out;
}

function uniform(ps: EvaluationProject[], choice: EvaluationChoice): Record<string, EvaluationChoice> {
  return Object.fromEntries(ps.map((p) => [p.id, choice]));
}

function paperOf(ps: EvaluationProject[], ballots: Record<string, EvaluationChoice>[], invalid = 0): EvaluationPaperTotals {
  const perProject = Object.fromEntries(
    ps.map((p) => [
      p.id,
      {
        satisfied: ballots.filter((b) => b[p.id] === 'satisfied').length,
        basically_satisfied: ballots.filter((b) => b[p.id] === 'basically_satisfied').length,
        unsatisfied: ballots.filter((b) => b[p.id] === 'unsatisfied').length,
        abstain: ballots.filter((b) => b[p.id] === 'abstain').length,
      },
    ]),
  );
  return { perProject, valid: ballots.length, invalid };
}

describe('grading boundaries (default rule, "more than half" = at least floor(basis/2)+1)', () => {
  it.each<[string, number, Partial<EvaluationCounts>, 'satisfied' | 'basically_satisfied' | 'unsatisfied']>([
    ['6 of 10 satisfied → 满意', 10, { satisfied: 6, unsatisfied: 4 }, 'satisfied'],
    [
      'exactly half satisfied is not 满意; with basically it is 基本满意',
      10,
      { satisfied: 5, basically_satisfied: 3, unsatisfied: 2 },
      'basically_satisfied',
    ],
    ['exactly half satisfied and nothing else → 不满意', 10, { satisfied: 5, unsatisfied: 5 }, 'unsatisfied'],
    ['satisfied + basically exactly half → 不满意', 10, { satisfied: 2, basically_satisfied: 3, unsatisfied: 5 }, 'unsatisfied'],
    ['satisfied + basically one over half → 基本满意', 10, { satisfied: 2, basically_satisfied: 4, unsatisfied: 4 }, 'basically_satisfied'],
    ['all basically satisfied → 基本满意', 10, { basically_satisfied: 10 }, 'basically_satisfied'],
    ['all unsatisfied → 不满意', 10, { unsatisfied: 10 }, 'unsatisfied'],
    ['odd basis 231: 116 satisfied → 满意', 231, { satisfied: 116, unsatisfied: 100 }, 'satisfied'],
    [
      'odd basis 231: 115 satisfied + 1 basically → 基本满意',
      231,
      { satisfied: 115, basically_satisfied: 1, unsatisfied: 100 },
      'basically_satisfied',
    ],
    ['odd basis 231: 115 satisfied alone → 不满意', 231, { satisfied: 115, unsatisfied: 100 }, 'unsatisfied'],
    ['basis counts absent evaluators: 6 of 6 valid but basis 13 → 不满意', 13, { satisfied: 6 }, 'unsatisfied'],
    ['basis 13: 7 satisfied → 满意 even with few ballots', 13, { satisfied: 7 }, 'satisfied'],
    ['abstentions do not help: 5 satisfied 5 abstain of 10 → 不满意', 10, { satisfied: 5, abstain: 5 }, 'unsatisfied'],
  ])('%s', (_name, basisCount, counts, grade) => {
    const r = gradeEvaluation({ projects, basisCount, allowAbstain: true, casts: castsFor(projects, 'p2', counts) });
    expect(r.threshold).toBe(Math.floor(basisCount / 2) + 1);
    expect(r.perProject.p2.grade).toBe(grade);
    expect(r.perProject.p2).toMatchObject({
      satisfied: counts.satisfied ?? 0,
      basically_satisfied: counts.basically_satisfied ?? 0,
      unsatisfied: counts.unsatisfied ?? 0,
      abstain: counts.abstain ?? 0,
    });
  });

  it('gradeOf agrees with the rule for every split of a small basis', () => {
    for (let basis = 0; basis <= 12; basis++) {
      for (let s = 0; s <= basis; s++) {
        for (let b = 0; s + b <= basis; b++) {
          const expected = 2 * s > basis ? 'satisfied' : 2 * (s + b) > basis ? 'basically_satisfied' : 'unsatisfied';
          expect(gradeOf({ satisfied: s, basically_satisfied: b }, basis), `${s}/${b} of ${basis}`).toBe(expected);
        }
      }
    }
  });

  it('thresholds', () => {
    expect(majorityThreshold(10)).toBe(6);
    expect(majorityThreshold(231)).toBe(116);
    expect(majorityThreshold(347)).toBe(174);
    expect(majorityThreshold(0)).toBe(1);
  });

  it('labels the grades in Chinese', () => {
    expect(GRADE_LABELS).toEqual({ satisfied: '满意', basically_satisfied: '基本满意', unsatisfied: '不满意' });
  });
});

describe('a configured grading rule (e.g. 满意 needs more than two thirds)', () => {
  const twoThirds = { satisfied: { num: 2, den: 3 }, acceptable: { num: 1, den: 2 } };

  it('thresholds are exact fractions: more than 2/3 of 6 is 5, of 9 is 7, of 231 is 155', () => {
    expect(shareThreshold(6, { num: 2, den: 3 })).toBe(5);
    expect(shareThreshold(9, { num: 2, den: 3 })).toBe(7);
    expect(shareThreshold(231, { num: 2, den: 3 })).toBe(155);
    expect(shareThreshold(10, { num: 3, den: 5 })).toBe(7);
  });

  it('gradeOf follows the configured shares for every split of a small basis', () => {
    for (let basis = 0; basis <= 12; basis++) {
      for (let s = 0; s <= basis; s++) {
        for (let b = 0; s + b <= basis; b++) {
          const expected = 3 * s > 2 * basis ? 'satisfied' : 2 * (s + b) > basis ? 'basically_satisfied' : 'unsatisfied';
          expect(gradeOf({ satisfied: s, basically_satisfied: b }, basis, twoThirds), `${s}/${b} of ${basis}`).toBe(expected);
        }
      }
    }
  });

  it('in a result: 4 满意 of 6 is 基本满意 under two thirds, 满意 by default; thresholds reported', () => {
    const projects = [{ id: 'p', title: 'P' }];
    const casts = ['satisfied', 'satisfied', 'satisfied', 'satisfied', 'unsatisfied', 'unsatisfied'].map((c) => ({ choices: { p: c } }));
    const strict = gradeEvaluation({ projects, allowAbstain: false, basisCount: 6, casts, grading: twoThirds });
    expect(strict.perProject.p!.grade).toBe('basically_satisfied');
    expect([strict.threshold, strict.acceptableThreshold]).toEqual([5, 4]);
    const byDefault = gradeEvaluation({ projects, allowAbstain: false, basisCount: 6, casts });
    expect(byDefault.perProject.p!.grade).toBe('satisfied');
    expect(byDefault.grading).toEqual({ satisfied: { num: 1, den: 2 }, acceptable: { num: 1, den: 2 } });
  });

  it('refuses shares below one half or of the whole, and malformed fractions', () => {
    expect(validateGrading(twoThirds)).toEqual([]);
    expect(validateGrading({ satisfied: { num: 2, den: 5 }, acceptable: { num: 1, den: 2 } })).toEqual([
      'grading.satisfied must be at least one half and less than the whole',
    ]);
    expect(validateGrading({ satisfied: { num: 1, den: 1 }, acceptable: { num: 1, den: 2 } })).toHaveLength(1);
    expect(validateGrading({ satisfied: { num: 1, den: 0 }, acceptable: null })).toHaveLength(2);
    expect(() =>
      gradeEvaluation({
        projects: [{ id: 'p', title: 'P' }],
        allowAbstain: false,
        basisCount: 3,
        casts: [],
        grading: { satisfied: { num: 1, den: 3 }, acceptable: { num: 1, den: 2 } },
      }),
    ).toThrow(GradeInputError);
  });
});

describe('satisfaction rate: (satisfied + basically) / valid, in permille, rounded half up', () => {
  it.each<[number, number, number | null, string]>([
    [2, 3, 667, '66.7%'],
    [1, 3, 333, '33.3%'],
    [1, 8, 125, '12.5%'],
    [1, 16, 63, '6.3%'], // 62.5‰ rounds up
    [3, 16, 188, '18.8%'], // 187.5‰ rounds up
    [1, 2000, 1, '0.1%'], // 0.5‰ rounds up
    [1, 2001, 0, '0.0%'], // just under 0.5‰
    [187, 200, 935, '93.5%'],
    [324, 347, 934, '93.4%'], // 933.71…‰
    [0, 5, 0, '0.0%'],
    [5, 5, 1000, '100.0%'],
    [1, 7, 143, '14.3%'],
    [0, 0, null, '—'],
  ])('%i / %i → %s‰ → %s', (part, whole, permille, text) => {
    expect(ratePermille(part, whole)).toBe(permille);
    expect(formatPermille(permille)).toBe(text);
  });

  it('property: the permille is the exact ratio rounded half up, and always an integer', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }).chain((whole) => fc.tuple(fc.integer({ min: 0, max: whole }), fc.constant(whole))),
        ([part, whole]) => {
          const p = ratePermille(part, whole)!;
          expect(Number.isSafeInteger(p)).toBe(true);
          // Half up: p - 1/2 ≤ 1000·part/whole < p + 1/2, i.e. in integers:
          expect(2 * p * whole - whole).toBeLessThanOrEqual(2000 * part);
          expect(2000 * part).toBeLessThan(2 * p * whole + whole);
          expect(formatPermille(p)).toMatch(/^\d{1,3}\.\d%$/);
        },
      ),
    );
  });

  it('in a result: 2 of 3 valid satisfied-or-basically → "66.7%"', () => {
    const r = gradeEvaluation({
      projects,
      basisCount: 3,
      allowAbstain: false,
      casts: castsFor(projects, 'p1', { satisfied: 1, basically_satisfied: 1, unsatisfied: 1 }),
    });
    expect(r.perProject.p1.satisfactionRatePermille).toBe(667);
    expect(r.perProject.p1.satisfactionRateText).toBe('66.7%');
    expect(r.perProject.p2.satisfactionRateText).toBe('100.0%');
  });

  it('abstentions count in the denominator (valid ballots)', () => {
    const r = gradeEvaluation({ projects, basisCount: 4, allowAbstain: true, casts: castsFor(projects, 'p3', { satisfied: 3, abstain: 1 }) });
    expect(r.perProject.p3.satisfactionRateText).toBe('75.0%');
  });

  it('zero valid ballots: rate null and "—", grade 不满意', () => {
    const r = gradeEvaluation({ projects, basisCount: 40, allowAbstain: false, casts: [{ choices: 'junk' }] });
    expect(r.valid).toBe(0);
    expect(r.invalid).toBe(1);
    for (const p of projects) {
      expect(r.perProject[p.id]).toEqual({
        satisfied: 0,
        basically_satisfied: 0,
        unsatisfied: 0,
        abstain: 0,
        grade: 'unsatisfied',
        satisfactionRatePermille: null,
        satisfactionRateText: '—',
      });
    }
  });

  it('invalid ballots are not in the denominator', () => {
    const casts = [...castsFor(projects, 'p1', { satisfied: 1, unsatisfied: 1 }), { choices: null }, { choices: { p1: 'satisfied' } }];
    const r = gradeEvaluation({ projects, basisCount: 4, allowAbstain: false, casts });
    expect(r.valid).toBe(2);
    expect(r.invalid).toBe(2);
    expect(r.perProject.p1.satisfactionRateText).toBe('50.0%');
  });
});

describe('checkEvaluationChoices', () => {
  const withAbstain = { projects, allowAbstain: true };
  const noAbstain = { projects, allowAbstain: false };

  it.each<[string, { projects: EvaluationProject[]; allowAbstain: boolean }, unknown]>([
    ['all satisfied', noAbstain, uniform(projects, 'satisfied')],
    ['mixed', noAbstain, { p1: 'satisfied', p2: 'basically_satisfied', p3: 'unsatisfied' }],
    ['abstain when allowed', withAbstain, { p1: 'abstain', p2: 'basically_satisfied', p3: 'abstain' }],
    ['all abstain when allowed', withAbstain, uniform(projects, 'abstain')],
  ])('accepts %s', (_name, rules, choices) => {
    expect(checkEvaluationChoices(rules, choices)).toEqual({ valid: true });
  });

  it.each<[string, { projects: EvaluationProject[]; allowAbstain: boolean }, unknown, string]>([
    ['abstain when not allowed', noAbstain, { p1: 'abstain', p2: 'satisfied', p3: 'satisfied' }, 'bad_choice'],
    ['an unknown value', noAbstain, { p1: 'very_satisfied', p2: 'satisfied', p3: 'satisfied' }, 'bad_choice'],
    ['a Chinese label instead of the code', noAbstain, { p1: '满意', p2: 'satisfied', p3: 'satisfied' }, 'bad_choice'],
    ['a number', noAbstain, { p1: 1, p2: 'satisfied', p3: 'satisfied' }, 'bad_choice'],
    ['a project missing', noAbstain, { p1: 'satisfied', p2: 'satisfied' }, 'missing_project'],
    ['an unknown project', noAbstain, { p1: 'satisfied', p2: 'satisfied', p3: 'satisfied', p9: 'satisfied' }, 'unknown_project'],
    ['null', noAbstain, null, 'not_an_object'],
    ['an array', noAbstain, ['satisfied', 'satisfied', 'satisfied'], 'not_an_object'],
    ['a string', noAbstain, 'satisfied', 'not_an_object'],
  ])('refuses %s', (_name, rules, choices, reason) => {
    expect(checkEvaluationChoices(rules, choices)).toMatchObject({ valid: false, reason });
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.anything(), fc.boolean(), (choices, allowAbstain) => {
        expect(typeof checkEvaluationChoices({ projects, allowAbstain }, choices).valid).toBe('boolean');
      }),
    );
    const hostile = {};
    Object.defineProperty(hostile, 'p1', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(checkEvaluationChoices(noAbstain, hostile)).toMatchObject({ valid: false, reason: 'not_an_object' });
  });
});

describe('paper totals for evaluation', () => {
  const rules = { projects, allowAbstain: true };

  it('adds paper totals, valid and invalid, to the electronic count', () => {
    const paper = paperOf(projects, [uniform(projects, 'satisfied'), uniform(projects, 'unsatisfied'), uniform(projects, 'abstain')], 2);
    expect(validateEvaluationPaperTotals(rules, paper)).toEqual([]);
    const r = gradeEvaluation({ ...rules, basisCount: 5, casts: castsFor(projects, 'p1', { satisfied: 2 }), paper: [paper] });
    expect(r.valid).toBe(5);
    expect(r.invalid).toBe(2);
    expect(r.perProject.p1).toMatchObject({ satisfied: 3, basically_satisfied: 0, unsatisfied: 1, abstain: 1, grade: 'satisfied' });
    expect(r.perProject.p1.satisfactionRateText).toBe('60.0%');
  });

  it('counting on paper gives the same result as voting electronically', () => {
    const ballots: Record<string, EvaluationChoice>[] = [
      { p1: 'satisfied', p2: 'unsatisfied', p3: 'abstain' },
      { p1: 'basically_satisfied', p2: 'satisfied', p3: 'satisfied' },
      { p1: 'satisfied', p2: 'satisfied', p3: 'unsatisfied' },
      { p1: 'unsatisfied', p2: 'basically_satisfied', p3: 'satisfied' },
    ];
    const electronic = gradeEvaluation({ ...rules, basisCount: 5, casts: ballots.map((choices) => ({ choices })) });
    const mixed = gradeEvaluation({ ...rules, basisCount: 5, casts: [{ choices: ballots[0] }], paper: [paperOf(projects, ballots.slice(1))] });
    expect(mixed).toEqual(electronic);
  });

  it.each<[string, { projects: EvaluationProject[]; allowAbstain: boolean }, unknown, RegExp]>([
    ['not an object', rules, null, /must be an object/],
    ['counts not adding up to valid', rules, { ...paperOf(projects, [uniform(projects, 'satisfied')]), valid: 2 }, /must equal valid ballots \(2\)/],
    ['abstain when not offered', { projects, allowAbstain: false }, paperOf(projects, [uniform(projects, 'abstain')]), /abstaining is not offered/],
    [
      'a project missing',
      rules,
      { perProject: { p1: { satisfied: 1, basically_satisfied: 0, unsatisfied: 0, abstain: 0 } }, valid: 1, invalid: 0 },
      /no totals for project p2/,
    ],
    [
      'an unknown project',
      rules,
      {
        ...paperOf(projects, []),
        perProject: { ...paperOf(projects, []).perProject, p9: { satisfied: 0, basically_satisfied: 0, unsatisfied: 0, abstain: 0 } },
      },
      /unknown project p9/,
    ],
    [
      'a negative count',
      rules,
      {
        perProject: { ...paperOf(projects, []).perProject, p1: { satisfied: -1, basically_satisfied: 1, unsatisfied: 0, abstain: 0 } },
        valid: 0,
        invalid: 0,
      },
      /non-negative integer/,
    ],
    ['invalid not an integer', rules, { ...paperOf(projects, []), invalid: 0.5 }, /invalid must be a non-negative integer/],
  ])('rejects %s, and gradeEvaluation refuses it', (_name, r, paper, message) => {
    expect(validateEvaluationPaperTotals(r, paper).join('\n')).toMatch(message);
    expect(() => gradeEvaluation({ ...r, basisCount: 5, casts: [], paper: [paper as EvaluationPaperTotals] })).toThrow(GradeInputError);
  });
});

describe('input errors', () => {
  it.each<[string, GradeInput]>([
    ['no projects', { projects: [], basisCount: 5, allowAbstain: false, casts: [] }],
    ['duplicate project ids', { projects: [projects[0], projects[0]], basisCount: 5, allowAbstain: false, casts: [] }],
    ['negative basis', { projects, basisCount: -1, allowAbstain: false, casts: [] }],
    ['fractional basis', { projects, basisCount: 2.5, allowAbstain: false, casts: [] }],
    ['casts not an array', { projects, basisCount: 5, allowAbstain: false, casts: 'x' as never }],
  ])('%s throws GradeInputError', (_name, input) => {
    expect(() => gradeEvaluation(input)).toThrow(GradeInputError);
  });
});

describe('a city-scale evaluation (347 deputies, 21 sub-items)', () => {
  it('grades every item and keeps integers', () => {
    const items = Array.from({ length: 21 }, (_, i) => ({ id: `i${i + 1}`, title: `子项${i + 1}` }));
    // Item j: deterministic spread so that the three grades all occur.
    const casts: Cast[] = Array.from({ length: 340 }, (_, v) => ({
      choices: Object.fromEntries(
        items.map((it, j) => {
          const x = (v * 7 + j * 13) % 340;
          const satisfiedUpTo = 40 + j * 10; // x runs over 0..339 once per item (7 is coprime to 340)
          return [it.id, x < satisfiedUpTo ? 'satisfied' : x < satisfiedUpTo + 80 ? 'basically_satisfied' : 'unsatisfied'];
        }),
      ),
    }));
    const r = gradeEvaluation({ projects: items, basisCount: 347, allowAbstain: false, casts });
    expect(r.valid).toBe(340);
    expect(r.threshold).toBe(174);
    const grades = new Set(Object.values(r.perProject).map((p) => p.grade));
    expect(grades).toEqual(new Set(['satisfied', 'basically_satisfied', 'unsatisfied']));
    for (const p of Object.values(r.perProject)) {
      expect(p.satisfied + p.basically_satisfied + p.unsatisfied + p.abstain).toBe(340);
      expect(Number.isSafeInteger(p.satisfactionRatePermille)).toBe(true);
      expect(p.grade).toBe(gradeOf(p, 347));
    }
  });
});

describe('properties', () => {
  const choiceArb = (allowAbstain: boolean) =>
    fc.constantFrom<EvaluationChoice>(
      ...(allowAbstain
        ? (['satisfied', 'basically_satisfied', 'unsatisfied', 'abstain'] as const)
        : (['satisfied', 'basically_satisfied', 'unsatisfied'] as const)),
    );

  const scenarioArb = fc
    .record({ k: fc.integer({ min: 1, max: 5 }), allowAbstain: fc.boolean(), basisCount: fc.integer({ min: 0, max: 40 }) })
    .chain(({ k, allowAbstain, basisCount }) => {
      const ps = Array.from({ length: k }, (_, i) => ({ id: `p${i}`, title: `项目${i}` }));
      const ballotArb = fc.record(Object.fromEntries(ps.map((p) => [p.id, choiceArb(allowAbstain)])));
      const castArb: fc.Arbitrary<Cast> = fc.oneof(
        { weight: 8, arbitrary: ballotArb.map((choices) => ({ choices })) },
        {
          weight: 1,
          arbitrary: fc
            .dictionary(fc.constantFrom(...ps.map((p) => p.id), 'zz'), fc.constantFrom<unknown>('satisfied', 'abstain', 'x'))
            .map((choices) => ({ choices })),
        },
        { weight: 1, arbitrary: fc.anything().map((choices) => ({ choices })) },
      );
      return fc.record({
        input: fc.record({
          projects: fc.constant(ps),
          allowAbstain: fc.constant(allowAbstain),
          basisCount: fc.constant(basisCount),
          casts: fc.array(castArb, { maxLength: 40 }),
          paper: fc.array(
            fc.tuple(fc.array(ballotArb, { maxLength: 5 }), fc.integer({ min: 0, max: 2 })).map(([bs, inv]) => paperOf(ps, bs, inv)),
            { maxLength: 2 },
          ),
        }),
      });
    })
    .map(({ input }) => input as GradeInput);

  it('order of casts does not matter', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((input) =>
          fc.tuple(fc.constant(input), fc.shuffledSubarray([...input.casts], { minLength: input.casts.length, maxLength: input.casts.length })),
        ),
        ([input, shuffled]) => {
          expect(gradeEvaluation({ ...input, casts: shuffled })).toEqual(gradeEvaluation(input));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts add up, grades follow the rule, and rates are consistent', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const r = gradeEvaluation(input);
        const paperReturned = (input.paper ?? []).reduce((n, p) => n + p.valid + p.invalid, 0);
        expect(r.valid + r.invalid).toBe(input.casts.length + paperReturned);
        for (const p of input.projects) {
          const c = r.perProject[p.id];
          expect(c.satisfied + c.basically_satisfied + c.unsatisfied + c.abstain).toBe(r.valid);
          if (!input.allowAbstain) expect(c.abstain).toBe(0);
          const expected =
            2 * c.satisfied > input.basisCount
              ? 'satisfied'
              : 2 * (c.satisfied + c.basically_satisfied) > input.basisCount
                ? 'basically_satisfied'
                : 'unsatisfied';
          expect(c.grade).toBe(expected);
          if (r.valid === 0) {
            expect(c.satisfactionRatePermille).toBeNull();
            expect(c.satisfactionRateText).toBe('—');
          } else {
            expect(c.satisfactionRatePermille).toBe(ratePermille(c.satisfied + c.basically_satisfied, r.valid));
            expect(c.satisfactionRateText).toBe(formatPermille(c.satisfactionRatePermille));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('one more 满意 instead of anything else never lowers a grade', () => {
    const order = { unsatisfied: 0, basically_satisfied: 1, satisfied: 2 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom('basically_satisfied', 'other'),
        (s, b, basis, from) => {
          const before = gradeOf({ satisfied: s, basically_satisfied: b }, basis);
          const after =
            from === 'basically_satisfied' && b > 0
              ? gradeOf({ satisfied: s + 1, basically_satisfied: b - 1 }, basis)
              : gradeOf({ satisfied: s + 1, basically_satisfied: b }, basis);
          expect(order[after]).toBeGreaterThanOrEqual(order[before]);
        },
      ),
    );
  });

  it('never throws on any casts', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 8 }), fc.boolean(), (junk, allowAbstain) => {
        const r = gradeEvaluation({ projects, basisCount: 10, allowAbstain, casts: junk as Cast[] });
        expect(r.valid + r.invalid).toBe(junk.length);
      }),
    );
  });
});
