import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BallotForm, Choice, OpenedData, PassBasis } from '../../server/phase2-balloting/domain/ballot-rules';
import {
  runoffOpenedData,
  statusOrder,
  tally,
  TallyInputError,
  validatePaperTotals,
  type CandidateStatus,
  type PaperTotals,
  type TallyInput,
  type TallyResult,
} from '../../server/phase2-balloting/domain/tally';

// ---------------------------------------------------------------------------------------------
// Helpers

type Cast = { choices: unknown };

function letters(n: number): string[] {
  return Array.from({ length: n }, (_, i) => String.fromCharCode(65 + i)); // A, B, C, ...
}

function makeOpened(over: Partial<OpenedData> & { ids?: string[] } = {}): OpenedData {
  const { ids = letters(5), ...rest } = over;
  const seats = rest.seats ?? 3;
  return {
    ballotId: 'ballot-1',
    title: '2027年民生实事项目票决',
    form: 'approve-reject-abstain',
    seats,
    maxFor: seats,
    passBasis: 'roster',
    secrecy: 'secret',
    candidates: ids.map((id) => ({ id, title: `项目${id}` })),
    rosterCount: 10,
    presentCount: 10,
    ...rest,
  };
}

/**
 * n ballots giving candidate j exactly forCounts[j] "for" and againstCounts[j] "against" (the
 * rest abstain). "For" marks are dealt round-robin across ballots (wrap-around), so no ballot
 * gets more than ceil(sum/n) of them; tests assert the casts come out valid.
 */
function makeCasts(ids: string[], n: number, forCounts: number[], againstCounts: number[] = []): Cast[] {
  const ballots: Record<string, Choice>[] = Array.from({ length: n }, () => Object.fromEntries(ids.map((id) => [id, 'abstain' as Choice])));
  let p = 0;
  ids.forEach((id, j) => {
    const f = forCounts[j] ?? 0;
    const a = againstCounts[j] ?? 0;
    if (f + a > n) throw new Error(`candidate ${id}: ${f} for + ${a} against > ${n} ballots`);
    for (let k = 0; k < f; k++) ballots[(p + k) % n][id] = 'for';
    for (let k = 0; k < a; k++) ballots[(p + f + k) % n][id] = 'against';
    p = (p + f) % n;
  });
  return ballots.map((choices) => ({ choices }));
}

function statusOf(r: TallyResult): Record<string, CandidateStatus> {
  return Object.fromEntries(r.ranking.map((e) => [e.id, e.status]));
}

/** Aggregate ballots into paper totals (what scrutineers would count by hand). */
function toPaper(opened: OpenedData, ballots: Record<string, Choice>[], invalid = 0): PaperTotals {
  const perCandidate = Object.fromEntries(
    opened.candidates.map(({ id }) => [
      id,
      {
        for: ballots.filter((b) => b[id] === 'for').length,
        against: ballots.filter((b) => b[id] === 'against').length,
        abstain: ballots.filter((b) => b[id] === 'abstain').length,
      },
    ]),
  );
  return { perCandidate, valid: ballots.length, invalid };
}

/** Simple tally with issued = number of casts (so never void unless a test wants it). */
function simple(opened: OpenedData, forCounts: number[], n: number, extra: Partial<TallyInput> = {}): TallyResult {
  const ids = opened.candidates.map((c) => c.id);
  const casts = makeCasts(ids, n, forCounts);
  const r = tally({ opened, casts, issued: n, ...extra });
  // Guard the helper itself: every generated ballot must be valid.
  expect(r.sources.electronic.invalid).toBe(0);
  return r;
}

function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

// ---------------------------------------------------------------------------------------------
// Passing threshold and basis

describe('passing: strictly more than half of the basis', () => {
  it.each<[string, Partial<OpenedData>, number, { threshold: number; basis: number; passes: boolean }]>([
    ['roster 10, 5 for (exactly half) fails', { rosterCount: 10, presentCount: 10 }, 5, { threshold: 6, basis: 10, passes: false }],
    ['roster 10, 6 for passes', { rosterCount: 10, presentCount: 10 }, 6, { threshold: 6, basis: 10, passes: true }],
    ['roster 9, 4 for fails', { rosterCount: 9, presentCount: 9 }, 4, { threshold: 5, basis: 9, passes: false }],
    ['roster 9, 5 for passes', { rosterCount: 9, presentCount: 9 }, 5, { threshold: 5, basis: 9, passes: true }],
    ['roster 231, 115 for fails', { rosterCount: 231, presentCount: 231 }, 115, { threshold: 116, basis: 231, passes: false }],
    ['roster 231, 116 for passes', { rosterCount: 231, presentCount: 231 }, 116, { threshold: 116, basis: 231, passes: true }],
    ['roster 230, 115 for (exactly half) fails', { rosterCount: 230, presentCount: 230 }, 115, { threshold: 116, basis: 230, passes: false }],
    ['roster 10 present 8, roster basis, 5 for fails', { rosterCount: 10, presentCount: 8 }, 5, { threshold: 6, basis: 10, passes: false }],
    [
      'roster 10 present 8, present basis, 5 for passes',
      { rosterCount: 10, presentCount: 8, passBasis: 'present' },
      5,
      { threshold: 5, basis: 8, passes: true },
    ],
    [
      'roster 10 present 8, present basis, 4 for (half of 实到) fails',
      { rosterCount: 10, presentCount: 8, passBasis: 'present' },
      4,
      { threshold: 5, basis: 8, passes: false },
    ],
    [
      'roster 231 present 200, roster basis, 110 for fails',
      { rosterCount: 231, presentCount: 200 },
      110,
      { threshold: 116, basis: 231, passes: false },
    ],
    [
      'roster 231 present 200, present basis, 110 for passes',
      { rosterCount: 231, presentCount: 200, passBasis: 'present' },
      110,
      { threshold: 101, basis: 200, passes: true },
    ],
    [
      'roster 231 present 200, present basis, 100 for fails',
      { rosterCount: 231, presentCount: 200, passBasis: 'present' },
      100,
      { threshold: 101, basis: 200, passes: false },
    ],
  ])('%s', (_name, over, forA, expected) => {
    const opened = makeOpened({ ids: ['A', 'B'], seats: 1, ...over });
    const n = Math.max(opened.presentCount, forA);
    const r = simple(opened, [forA, 0], n);
    expect(r.threshold).toBe(expected.threshold);
    expect(r.basis).toBe(expected.basis);
    expect(r.perCandidate.A.for).toBe(forA);
    expect(r.passed.includes('A')).toBe(expected.passes);
    expect(r.selected).toEqual(expected.passes ? ['A'] : []);
    expect(r.shortfall).toBe(expected.passes ? 0 : 1);
  });

  it('the same counts pass under one basis and fail under the other', () => {
    const base = { ids: letters(4), seats: 2, rosterCount: 60, presentCount: 44 };
    const counts = [40, 25, 23, 0]; // thresholds: roster 31, present 23
    const byRoster = simple(makeOpened({ ...base, passBasis: 'roster' }), counts, 44);
    const byPresent = simple(makeOpened({ ...base, passBasis: 'present' }), counts, 44);
    expect(byRoster.threshold).toBe(31);
    expect(byRoster.passed).toEqual(['A']);
    expect(byRoster.selected).toEqual(['A']);
    expect(byRoster.shortfall).toBe(1);
    expect(byPresent.threshold).toBe(23);
    expect(byPresent.passed).toEqual(['A', 'B', 'C']); // C at exactly the threshold
    expect(byPresent.selected).toEqual(['A', 'B']);
    expect(byPresent.shortfall).toBe(0);
    expect(statusOf(byPresent)).toEqual({ A: 'selected', B: 'selected', C: 'passed-not-selected', D: 'not-passed' });
    // Counts do not depend on the basis.
    expect(byRoster.perCandidate).toEqual(byPresent.perCandidate);
  });

  it('present basis of 0 still needs at least one "for"', () => {
    const r = tally({ opened: makeOpened({ ids: ['A', 'B'], seats: 1, passBasis: 'present', presentCount: 0 }), casts: [], issued: 0 });
    expect(r.threshold).toBe(1);
    expect(r.passed).toEqual([]);
    expect(r.shortfall).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
// Selection, ties and runoff

describe('selection, ties and runoff', () => {
  type Row = {
    name: string;
    seats: number;
    counts: number[];
    roster?: number;
    selected: string[];
    runoff: { candidates: string[]; seats: number } | null;
    shortfall: number;
    passed: string[];
    ranks?: number[];
  };
  // Roster 10 (threshold 6) with 10 ballots. maxFor is set to the number of candidates so the
  // helper can produce any counts; it does not take part in selection.
  const rows: Row[] = [
    {
      name: 'clean cut: top M selected',
      seats: 3,
      counts: [9, 8, 7, 6, 2],
      selected: ['A', 'B', 'C'],
      runoff: null,
      shortfall: 0,
      passed: ['A', 'B', 'C', 'D'],
      ranks: [1, 2, 3, 4, 5],
    },
    {
      name: 'ranked by "for", not by ballot order',
      seats: 2,
      counts: [6, 9, 2, 8, 7],
      selected: ['B', 'D'],
      runoff: null,
      shortfall: 0,
      passed: ['B', 'D', 'E', 'A'],
      ranks: [1, 2, 3, 4, 5],
    },
    {
      name: 'two tied across the M-th place → runoff for 1 seat, the ones above selected',
      seats: 3,
      counts: [9, 8, 7, 7, 3],
      selected: ['A', 'B'],
      runoff: { candidates: ['C', 'D'], seats: 1 },
      shortfall: 0,
      passed: ['A', 'B', 'C', 'D'],
      ranks: [1, 2, 3, 3, 5],
    },
    {
      name: 'three tied for two seats left',
      seats: 3,
      counts: [9, 7, 7, 7, 1],
      selected: ['A'],
      runoff: { candidates: ['B', 'C', 'D'], seats: 2 },
      shortfall: 0,
      passed: ['A', 'B', 'C', 'D'],
      ranks: [1, 2, 2, 2, 5],
    },
    {
      name: 'tie straddling the cut listed in ballot order, even if displayed among others',
      seats: 2,
      counts: [7, 9, 3, 7, 7],
      selected: ['B'],
      runoff: { candidates: ['A', 'D', 'E'], seats: 1 },
      shortfall: 0,
      passed: ['B', 'A', 'D', 'E'],
      ranks: [1, 2, 2, 2, 5],
    },
    {
      name: 'everyone passing tied: runoff among all for all seats',
      seats: 2,
      counts: [7, 7, 7, 1, 0],
      selected: [],
      runoff: { candidates: ['A', 'B', 'C'], seats: 2 },
      shortfall: 0,
      passed: ['A', 'B', 'C'],
      ranks: [1, 1, 1, 4, 5],
    },
    {
      name: 'tie entirely inside the selected set is not a runoff',
      seats: 3,
      counts: [8, 8, 7, 6, 2],
      selected: ['A', 'B', 'C'],
      runoff: null,
      shortfall: 0,
      passed: ['A', 'B', 'C', 'D'],
      ranks: [1, 1, 3, 4, 5],
    },
    {
      name: 'tie filling exactly the last seats is not a runoff',
      seats: 3,
      counts: [9, 7, 7, 6, 2],
      selected: ['A', 'B', 'C'],
      runoff: null,
      shortfall: 0,
      passed: ['A', 'B', 'C', 'D'],
      ranks: [1, 2, 2, 4, 5],
    },
    {
      name: 'tie among passing candidates below the cut does not matter',
      seats: 3,
      counts: [9, 8, 7, 6, 6],
      selected: ['A', 'B', 'C'],
      runoff: null,
      shortfall: 0,
      passed: ['A', 'B', 'C', 'D', 'E'],
      ranks: [1, 2, 3, 4, 4],
    },
    {
      name: 'tie among failing candidates does not matter',
      seats: 2,
      counts: [9, 8, 3, 3, 3],
      selected: ['A', 'B'],
      runoff: null,
      shortfall: 0,
      passed: ['A', 'B'],
      ranks: [1, 2, 3, 3, 3],
    },
    {
      name: 'tie at the M-th place among failing candidates: seats stay empty, no runoff',
      seats: 3,
      counts: [9, 8, 5, 5, 1],
      selected: ['A', 'B'],
      runoff: null,
      shortfall: 1,
      passed: ['A', 'B'],
      ranks: [1, 2, 3, 3, 5],
    },
    {
      name: 'shortfall: fewer passing than M',
      seats: 3,
      counts: [9, 3, 2, 1, 0],
      selected: ['A'],
      runoff: null,
      shortfall: 2,
      passed: ['A'],
    },
    {
      name: 'shortfall: nobody passes',
      seats: 3,
      counts: [5, 5, 4, 1, 0],
      selected: [],
      runoff: null,
      shortfall: 3,
      passed: [],
      ranks: [1, 1, 3, 4, 5],
    },
    {
      name: 'exactly M pass',
      seats: 3,
      counts: [6, 6, 6, 5, 5],
      selected: ['A', 'B', 'C'],
      runoff: null,
      shortfall: 0,
      passed: ['A', 'B', 'C'],
      ranks: [1, 1, 1, 4, 4],
    },
    {
      name: 'M = 1: clear winner',
      seats: 1,
      counts: [8, 6, 2, 0, 0],
      selected: ['A'],
      runoff: null,
      shortfall: 0,
      passed: ['A', 'B'],
    },
    {
      name: 'M = 1: two tied for the only seat → runoff 2 for 1',
      seats: 1,
      counts: [6, 6, 1, 0, 0],
      selected: [],
      runoff: { candidates: ['A', 'B'], seats: 1 },
      shortfall: 0,
      passed: ['A', 'B'],
      ranks: [1, 1, 3, 4, 4],
    },
    {
      name: 'M = 1: a tie below the winner does not matter',
      seats: 1,
      counts: [9, 6, 6, 0, 0],
      selected: ['A'],
      runoff: null,
      shortfall: 0,
      passed: ['A', 'B', 'C'],
    },
    {
      name: 'M = candidates (等额): every passing one selected, a failing one leaves a seat empty',
      seats: 5,
      counts: [9, 9, 8, 7, 5],
      selected: ['A', 'B', 'C', 'D'],
      runoff: null,
      shortfall: 1,
      passed: ['A', 'B', 'C', 'D'],
    },
  ];

  it.each(rows)('$name', (row) => {
    const opened = makeOpened({
      ids: letters(row.counts.length),
      seats: row.seats,
      maxFor: row.counts.length,
      rosterCount: row.roster ?? 10,
      presentCount: row.roster ?? 10,
    });
    const r = simple(opened, row.counts, row.roster ?? 10);
    expect(r.threshold).toBe(6);
    expect(r.passed).toEqual(row.passed);
    expect(r.selected).toEqual(row.selected);
    expect(r.runoff).toEqual(row.runoff);
    expect(r.shortfall).toBe(row.shortfall);
    expect(r.void).toBe(false);
    expect(r.selected.length + (r.runoff?.seats ?? 0) + r.shortfall).toBe(row.seats);
    if (row.ranks) expect(r.ranking.map((e) => e.rank)).toEqual(row.ranks);
    // Every candidate's status agrees with the lists.
    for (const e of r.ranking) {
      const expected: CandidateStatus = row.selected.includes(e.id)
        ? 'selected'
        : row.runoff?.candidates.includes(e.id)
          ? 'runoff'
          : row.passed.includes(e.id)
            ? 'passed-not-selected'
            : 'not-passed';
      expect(e.status, e.id).toBe(expected);
    }
  });

  it('ranking lists every candidate by "for" with ballot order among equals (display only)', () => {
    const r = simple(makeOpened({ seats: 1, maxFor: 5 }), [6, 9, 6, 9, 1], 10);
    expect(r.ranking).toEqual([
      { id: 'B', for: 9, rank: 1, status: 'runoff' },
      { id: 'D', for: 9, rank: 1, status: 'runoff' },
      { id: 'A', for: 6, rank: 3, status: 'passed-not-selected' },
      { id: 'C', for: 6, rank: 3, status: 'passed-not-selected' },
      { id: 'E', for: 1, rank: 5, status: 'not-passed' },
    ]);
  });

  it('a tie that exactly fills the seats is selected outright, a tie that overflows goes to runoff', () => {
    const fits = simple(makeOpened({ seats: 2, maxFor: 5 }), [6, 9, 6, 9, 1], 10);
    expect(fits.selected).toEqual(['B', 'D']);
    expect(fits.runoff).toBeNull();
    const overflows = simple(makeOpened({ seats: 1, maxFor: 5 }), [6, 9, 6, 9, 1], 10);
    expect(overflows.selected).toEqual([]);
    expect(overflows.runoff).toEqual({ candidates: ['B', 'D'], seats: 1 });
  });
});

// ---------------------------------------------------------------------------------------------
// Runoff ballots

describe('runoff ballot (另行票决)', () => {
  it('M = 1: runoff of 2 for 1 seat, then the runoff ballot decides with the same tally', () => {
    const opened = makeOpened({ ids: ['A', 'B', 'C'], seats: 1, maxFor: 3, rosterCount: 10, presentCount: 10 });
    const first = simple(opened, [6, 6, 1], 10);
    expect(first.runoff).toEqual({ candidates: ['A', 'B'], seats: 1 });

    const ro = runoffOpenedData(opened, first, 'ballot-1-r1', '另行票决')!;
    expect(ro.candidates.map((c) => c.id)).toEqual(['A', 'B']);
    // maxFor is capped at the seats left.
    expect(ro).toMatchObject({ seats: 1, maxFor: 1, form: opened.form, passBasis: opened.passBasis, rosterCount: 10 });

    const second = simple(ro, [7, 3], 10);
    expect(second.selected).toEqual(['A']);
    expect(second.runoff).toBeNull();
    expect(statusOf(second)).toEqual({ A: 'selected', B: 'not-passed' }); // 3 of 10 does not pass
  });

  it('a runoff can tie again', () => {
    const opened = makeOpened({ ids: ['A', 'B'], seats: 1, maxFor: 2 });
    expect(simple(opened, [6, 6], 10).runoff).toEqual({ candidates: ['A', 'B'], seats: 1 });
  });

  it('a runoff where nobody passes leaves the seat empty', () => {
    const opened = makeOpened({ ids: ['A', 'B'], seats: 1 });
    const r = simple(opened, [5, 5], 10);
    expect(r.runoff).toBeNull();
    expect(r.shortfall).toBe(1);
  });

  it('three tied for two seats: the runoff ballot gets 2 seats and maxFor 2', () => {
    const opened = makeOpened({ seats: 3, maxFor: 5 });
    const first = simple(opened, [9, 7, 7, 7, 1], 10);
    const ro = runoffOpenedData(opened, first, 'r1', '另行票决')!;
    expect(ro.candidates.map((c) => c.id)).toEqual(['B', 'C', 'D']);
    expect(ro.seats).toBe(2);
    expect(ro.maxFor).toBe(2);
    const second = simple(ro, [8, 7, 4], 10);
    expect(second.selected).toEqual(['B', 'C']);
  });

  it('returns null when there is no runoff', () => {
    const opened = makeOpened({ seats: 3, maxFor: 5 });
    expect(runoffOpenedData(opened, simple(opened, [9, 8, 7, 6, 2], 10), 'r1', 'x')).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Valid, blank and invalid ballots

describe('valid and invalid ballots', () => {
  const opened = makeOpened({ ids: ['A', 'B', 'C'], seats: 2, rosterCount: 10, presentCount: 10 });
  const blank = { A: 'abstain', B: 'abstain', C: 'abstain' };

  it('an all-abstain (blank) ballot is valid and counts as abstain for everyone', () => {
    const r = tally({ opened, casts: [{ choices: blank }, { choices: blank }], issued: 10 });
    expect(r.valid).toBe(2);
    expect(r.invalid).toBe(0);
    expect(r.perCandidate).toEqual({
      A: { for: 0, against: 0, abstain: 2 },
      B: { for: 0, against: 0, abstain: 2 },
      C: { for: 0, against: 0, abstain: 2 },
    });
    expect(r.passed).toEqual([]);
    expect(r.shortfall).toBe(2);
  });

  it.each<[string, unknown, string]>([
    ['too many "for"', { A: 'for', B: 'for', C: 'for' }, 'too_many_for'],
    ['a candidate missing', { A: 'for', B: 'for' }, 'missing_candidate'],
    ['an unknown candidate', { A: 'for', B: 'for', C: 'abstain', Z: 'for' }, 'unknown_candidate'],
    ['an unknown choice value', { A: 'for', B: 'yes', C: 'abstain' }, 'bad_choice'],
    ['a number as choice', { A: 'for', B: 1, C: 'abstain' }, 'bad_choice'],
    ['garbage: a string', 'for for abstain', 'not_an_object'],
    ['garbage: null', null, 'not_an_object'],
    ['garbage: an array', ['for', 'for', 'abstain'], 'not_an_object'],
    ['garbage: a number', 7, 'not_an_object'],
    ['garbage: undefined', undefined, 'not_an_object'],
  ])('a ballot with %s is counted invalid and excluded', (_name, choices, reason) => {
    const good = { A: 'for', B: 'against', C: 'abstain' };
    const r = tally({ opened, casts: [{ choices: good }, { choices }, { choices: good }], issued: 10 });
    expect(r.valid).toBe(2);
    expect(r.invalid).toBe(1);
    expect(r.returned).toBe(3);
    // Only the two valid ballots are counted.
    expect(r.perCandidate).toEqual({
      A: { for: 2, against: 0, abstain: 0 },
      B: { for: 0, against: 2, abstain: 0 },
      C: { for: 0, against: 0, abstain: 2 },
    });
    expect(r.sources.electronic.invalidByReason[reason as keyof typeof r.sources.electronic.invalidByReason]).toBe(1);
  });

  it('casts that are not even objects are invalid too, and nothing crashes', () => {
    const casts = [null, undefined, 3, 'x', [], {}, { choices: { A: 'for' } }, { choice: blank }] as unknown as Cast[];
    const r = tally({ opened, casts, issued: 10 });
    expect(r.valid).toBe(0);
    expect(r.invalid).toBe(8);
    expect(r.returned).toBe(8);
  });

  it('invalid ballots can push returned over issued and void the vote', () => {
    const r = tally({ opened, casts: [{ choices: blank }, { choices: 'junk' }, { choices: null }], issued: 2 });
    expect(r.valid).toBe(1);
    expect(r.invalid).toBe(2);
    expect(r.void).toBe(true);
  });

  it('counts many invalid ballots by reason', () => {
    const casts: Cast[] = [
      { choices: { A: 'for', B: 'for', C: 'for' } },
      { choices: { A: 'for', B: 'for', C: 'for' } },
      { choices: { A: 'for' } },
      { choices: 42 },
      { choices: blank },
    ];
    const r = tally({ opened, casts, issued: 10 });
    expect(r.sources.electronic).toEqual({
      casts: 5,
      valid: 1,
      invalid: 4,
      invalidByReason: { too_many_for: 2, missing_candidate: 1, unknown_candidate: 0, bad_choice: 0, not_an_object: 1 },
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Issued, returned, void

describe('issued / returned and void', () => {
  const opened = makeOpened({ ids: ['A', 'B'], seats: 1 });
  const casts = makeCasts(['A', 'B'], 8, [7, 1]);

  it.each<[string, Partial<TallyInput>, { returned: number; void: boolean }]>([
    ['returned defaults to the casts counted', { issued: 10 }, { returned: 8, void: false }],
    ['returned = issued is fine', { issued: 8 }, { returned: 8, void: false }],
    ['returned > issued voids', { issued: 7 }, { returned: 8, void: true }],
    ['explicit returned > issued voids', { issued: 10, returned: 11 }, { returned: 11, void: true }],
    ['explicit returned ≤ issued is fine', { issued: 10, returned: 9 }, { returned: 9, void: false }],
    ['ballots counted exceed issued even though returned was understated', { issued: 7, returned: 7 }, { returned: 7, void: true }],
    ['nothing issued, nothing returned', { issued: 0, casts: [] }, { returned: 0, void: false }],
  ])('%s', (_name, over, expected) => {
    const r = tally({ opened, casts, ...over } as TallyInput);
    expect(r.returned).toBe(expected.returned);
    expect(r.void).toBe(expected.void);
  });

  it('a void vote still reports the counts, but nothing passes or is selected', () => {
    const r = tally({ opened: makeOpened({ seats: 2, maxFor: 5 }), casts: makeCasts(letters(5), 10, [9, 9, 9, 1, 0]), issued: 9 });
    expect(r.void).toBe(true);
    expect(r.valid).toBe(10);
    expect(r.perCandidate.A.for).toBe(9);
    expect(r.passed).toEqual([]);
    expect(r.selected).toEqual([]);
    expect(r.runoff).toBeNull();
    expect(r.shortfall).toBe(0);
    expect(r.ranking.every((e) => e.status === 'not-passed')).toBe(true);
    expect(r.ranking.map((e) => e.id)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('paper ballots count towards returned', () => {
    const paper = toPaper(opened, [{ A: 'for', B: 'abstain' }], 1);
    expect(tally({ opened, casts, paper: [paper], issued: 10 }).returned).toBe(10);
    expect(tally({ opened, casts, paper: [paper], issued: 9 }).void).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Paper fallback

describe('paper totals', () => {
  const opened = makeOpened({ ids: ['A', 'B', 'C'], seats: 2, rosterCount: 20, presentCount: 18 });
  const ids = ['A', 'B', 'C'];

  it('adds paper totals (valid and invalid) to the electronic count', () => {
    const casts = makeCasts(ids, 8, [8, 5, 2], [0, 2, 5]);
    const paper: PaperTotals = {
      perCandidate: { A: { for: 4, against: 0, abstain: 1 }, B: { for: 3, against: 1, abstain: 1 }, C: { for: 1, against: 3, abstain: 1 } },
      valid: 5,
      invalid: 2,
    };
    expect(validatePaperTotals(opened, paper)).toEqual([]);
    const r = tally({ opened, casts, paper: [paper], issued: 18 });
    expect(r.valid).toBe(13);
    expect(r.invalid).toBe(2);
    expect(r.returned).toBe(15);
    expect(r.perCandidate).toEqual({
      A: { for: 12, against: 0, abstain: 1 },
      B: { for: 8, against: 3, abstain: 2 },
      C: { for: 3, against: 8, abstain: 2 },
    });
    expect(r.threshold).toBe(11);
    expect(r.selected).toEqual(['A']);
    expect(r.shortfall).toBe(1);
    expect(r.sources.paper).toEqual({ batches: 1, returned: 7, valid: 5, invalid: 2 });
    expect(r.sources.electronic).toMatchObject({ casts: 8, valid: 8, invalid: 0 });
  });

  it('a fully paper vote (electronic system down) works alone', () => {
    const paper: PaperTotals = {
      perCandidate: { A: { for: 15, against: 2, abstain: 1 }, B: { for: 12, against: 5, abstain: 1 }, C: { for: 9, against: 8, abstain: 1 } },
      valid: 18,
      invalid: 0,
    };
    const r = tally({ opened, casts: [], paper: [paper], issued: 18 });
    expect(r.valid).toBe(18);
    expect(r.selected).toEqual(['A', 'B']);
  });

  it('several paper batches add up; a batch of only invalid ballots adds only to invalid', () => {
    const zero = { for: 0, against: 0, abstain: 0 };
    const onlyInvalid: PaperTotals = { perCandidate: { A: zero, B: zero, C: zero }, valid: 0, invalid: 3 };
    const one = toPaper(opened, [{ A: 'for', B: 'for', C: 'against' }]);
    const r = tally({ opened, casts: [], paper: [onlyInvalid, one, one], issued: 18 });
    expect(r.valid).toBe(2);
    expect(r.invalid).toBe(3);
    expect(r.returned).toBe(5);
    expect(r.perCandidate.A).toEqual({ for: 2, against: 0, abstain: 0 });
    expect(r.sources.paper.batches).toBe(3);
  });

  it('counting a ballot on paper gives the same counts as casting it electronically', () => {
    const ballots = makeCasts(ids, 12, [11, 9, 4], [1, 2, 6]).map((c) => c.choices as Record<string, Choice>);
    const electronic = tally({ opened, casts: ballots.map((choices) => ({ choices })), issued: 18 });
    const mixed = tally({
      opened,
      casts: ballots.slice(0, 5).map((choices) => ({ choices })),
      paper: [toPaper(opened, ballots.slice(5, 9)), toPaper(opened, ballots.slice(9))],
      issued: 18,
    });
    const { sources: _a, ...e } = electronic;
    const { sources: _b, ...m } = mixed;
    expect(m).toEqual(e);
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', 5, /must be an object/],
    ['perCandidate missing', { valid: 1, invalid: 0 }, /perCandidate must be an object/],
    [
      'a candidate missing',
      { perCandidate: { A: { for: 1, against: 0, abstain: 0 }, B: { for: 0, against: 1, abstain: 0 } }, valid: 1, invalid: 0 },
      /no totals for candidate C/,
    ],
    [
      'an unknown candidate',
      {
        perCandidate: {
          A: { for: 1, against: 0, abstain: 0 },
          B: { for: 0, against: 1, abstain: 0 },
          C: { for: 0, against: 0, abstain: 1 },
          Z: { for: 0, against: 0, abstain: 1 },
        },
        valid: 1,
        invalid: 0,
      },
      /unknown candidate Z/,
    ],
    [
      'a negative count',
      {
        perCandidate: { A: { for: -1, against: 1, abstain: 1 }, B: { for: 0, against: 1, abstain: 0 }, C: { for: 0, against: 0, abstain: 1 } },
        valid: 1,
        invalid: 0,
      },
      /for for candidate A must be a non-negative integer/,
    ],
    [
      'a fractional count',
      {
        perCandidate: { A: { for: 0.5, against: 0.5, abstain: 0 }, B: { for: 0, against: 1, abstain: 0 }, C: { for: 0, against: 0, abstain: 1 } },
        valid: 1,
        invalid: 0,
      },
      /non-negative integer/,
    ],
    [
      'a count as a string',
      {
        perCandidate: { A: { for: '1', against: 0, abstain: 0 }, B: { for: 0, against: 1, abstain: 0 }, C: { for: 0, against: 0, abstain: 1 } },
        valid: 1,
        invalid: 0,
      },
      /non-negative integer/,
    ],
    ['valid negative', { perCandidate: {}, valid: -1, invalid: 0 }, /valid must be a non-negative integer/],
    [
      'invalid missing',
      {
        perCandidate: { A: { for: 1, against: 0, abstain: 0 }, B: { for: 0, against: 1, abstain: 0 }, C: { for: 0, against: 0, abstain: 1 } },
        valid: 1,
      },
      /invalid must be a non-negative integer/,
    ],
    [
      'marks fewer than valid ballots',
      {
        perCandidate: { A: { for: 1, against: 0, abstain: 0 }, B: { for: 0, against: 1, abstain: 0 }, C: { for: 0, against: 0, abstain: 1 } },
        valid: 2,
        invalid: 0,
      },
      /must equal valid ballots \(2\)/,
    ],
    [
      'marks more than valid ballots',
      {
        perCandidate: { A: { for: 2, against: 0, abstain: 0 }, B: { for: 0, against: 1, abstain: 0 }, C: { for: 0, against: 0, abstain: 1 } },
        valid: 1,
        invalid: 0,
      },
      /candidate A: for \+ against \+ abstain = 2/,
    ],
    [
      'more "for" than valid × maxFor',
      {
        perCandidate: { A: { for: 1, against: 0, abstain: 0 }, B: { for: 1, against: 0, abstain: 0 }, C: { for: 1, against: 0, abstain: 0 } },
        valid: 1,
        invalid: 0,
      },
      /"for" marks total 3, more than valid ballots × maxFor \(2\)/,
    ],
  ])('validatePaperTotals rejects %s, and tally refuses it', (_name, paper, message) => {
    expect(validatePaperTotals(opened, paper).join('\n')).toMatch(message);
    expect(() => tally({ opened, casts: [], paper: [paper as PaperTotals], issued: 18 })).toThrow(TallyInputError);
  });

  it('choose-up-to paper totals must have against = 0 and for + abstain = valid', () => {
    const cut = makeOpened({ ids, seats: 2, form: 'choose-up-to' });
    const ok = {
      perCandidate: { A: { for: 2, against: 0, abstain: 1 }, B: { for: 2, against: 0, abstain: 1 }, C: { for: 1, against: 0, abstain: 2 } },
      valid: 3,
      invalid: 0,
    };
    expect(validatePaperTotals(cut, ok)).toEqual([]);
    const withAgainst = { ...ok, perCandidate: { ...ok.perCandidate, C: { for: 1, against: 1, abstain: 1 } } };
    expect(validatePaperTotals(cut, withAgainst).join('\n')).toMatch(/"against" is not offered/);
  });

  it('the "for" total may reach exactly valid × maxFor', () => {
    const p = {
      perCandidate: { A: { for: 2, against: 0, abstain: 0 }, B: { for: 2, against: 0, abstain: 0 }, C: { for: 0, against: 2, abstain: 0 } },
      valid: 2,
      invalid: 0,
    };
    expect(validatePaperTotals(opened, p)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Choose-up-to form

describe('choose-up-to form', () => {
  const opened = makeOpened({ ids: letters(4), seats: 2, form: 'choose-up-to', rosterCount: 10, presentCount: 10 });

  it('counts chosen as "for" and unchosen as abstain; against stays 0', () => {
    const r = simple(opened, [8, 6, 6, 0], 10);
    expect(r.perCandidate).toEqual({
      A: { for: 8, against: 0, abstain: 2 },
      B: { for: 6, against: 0, abstain: 4 },
      C: { for: 6, against: 0, abstain: 4 },
      D: { for: 0, against: 0, abstain: 10 },
    });
    expect(r.selected).toEqual(['A']);
    expect(r.runoff).toEqual({ candidates: ['B', 'C'], seats: 1 });
  });

  it('"against" on a choose-up-to ballot makes it invalid', () => {
    const r = tally({ opened, casts: [{ choices: { A: 'for', B: 'against', C: 'abstain', D: 'abstain' } }], issued: 10 });
    expect(r.valid).toBe(0);
    expect(r.invalid).toBe(1);
    expect(r.sources.electronic.invalidByReason.bad_choice).toBe(1);
  });

  it('choosing more than maxFor makes it invalid, choosing none is a valid blank', () => {
    const r = tally({
      opened,
      casts: [{ choices: { A: 'for', B: 'for', C: 'for', D: 'abstain' } }, { choices: { A: 'abstain', B: 'abstain', C: 'abstain', D: 'abstain' } }],
      issued: 10,
    });
    expect(r.valid).toBe(1);
    expect(r.invalid).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
// maxFor different from M

describe('maxFor other than M', () => {
  it('maxFor 1 with 2 seats: a ballot with 2 "for" is invalid', () => {
    const opened = makeOpened({ ids: letters(3), seats: 2, maxFor: 1 });
    const r = tally({
      opened,
      casts: [{ choices: { A: 'for', B: 'for', C: 'abstain' } }, { choices: { A: 'for', B: 'against', C: 'abstain' } }],
      issued: 10,
    });
    expect(r.valid).toBe(1);
    expect(r.invalid).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
// Realistic sizes

describe('county-size ballot: 231 on the roster, 15 candidates, 12 seats', () => {
  const ids = Array.from({ length: 15 }, (_, i) => `p${String(i + 1).padStart(2, '0')}`);
  const forCounts = [210, 205, 200, 198, 190, 185, 180, 170, 160, 150, 140, 130, 116, 115, 90];

  it('passes at 116, selects the top 12, and reports the full announcement figures', () => {
    const opened = makeOpened({ ids, seats: 12, rosterCount: 231, presentCount: 220 });
    const valid = makeCasts(
      ids,
      215,
      forCounts,
      forCounts.map((f) => Math.min(20, 215 - f)),
    );
    const bad: Cast[] = [
      { choices: Object.fromEntries(ids.map((id) => [id, 'for'])) }, // 15 "for" > 12
      { choices: Object.fromEntries(ids.slice(1).map((id) => [id, 'abstain'])) }, // p01 missing
      { choices: null },
    ];
    const r = tally({ opened, casts: [...valid, ...bad], issued: 220 });
    expect(r).toMatchObject({
      rosterCount: 231,
      presentCount: 220,
      issued: 220,
      returned: 218,
      valid: 215,
      invalid: 3,
      basis: 231,
      threshold: 116,
      void: false,
    });
    expect(r.passed).toEqual(ids.slice(0, 13));
    expect(r.selected).toEqual(ids.slice(0, 12));
    expect(r.runoff).toBeNull();
    expect(r.shortfall).toBe(0);
    expect(statusOf(r).p13).toBe('passed-not-selected');
    expect(statusOf(r).p14).toBe('not-passed'); // 115 of 231: one short
    expect(r.perCandidate.p01).toEqual({ for: 210, against: 5, abstain: 0 });
    expect(r.perCandidate.p15).toEqual({ for: 90, against: 20, abstain: 105 });
    for (const c of Object.values(r.perCandidate)) expect(c.for + c.against + c.abstain).toBe(215);
  });

  it('with the present basis (220 → 111) the 14th passes too, still 12 selected', () => {
    const opened = makeOpened({ ids, seats: 12, rosterCount: 231, presentCount: 220, passBasis: 'present' });
    const r = tally({ opened, casts: makeCasts(ids, 215, forCounts), issued: 220 });
    expect(r.threshold).toBe(111);
    expect(r.passed).toEqual(ids.slice(0, 14));
    expect(r.selected).toEqual(ids.slice(0, 12));
  });

  it('a tie at the 12th place goes to a runoff for 1 seat', () => {
    const tied = [...forCounts];
    tied[12] = 130; // p13 now ties p12
    const opened = makeOpened({ ids, seats: 12, rosterCount: 231, presentCount: 220 });
    const r = tally({ opened, casts: makeCasts(ids, 215, tied), issued: 220 });
    expect(r.selected).toEqual(ids.slice(0, 11));
    expect(r.runoff).toEqual({ candidates: ['p12', 'p13'], seats: 1 });
  });

  it('weak support: only 9 pass, 3 seats stay empty', () => {
    const weak = [200, 190, 180, 170, 160, 150, 140, 130, 120, 110, 100, 90, 80, 70, 60];
    const opened = makeOpened({ ids, seats: 12, rosterCount: 231, presentCount: 220 });
    const r = tally({ opened, casts: makeCasts(ids, 220, weak), issued: 220 });
    expect(r.selected).toEqual(ids.slice(0, 9));
    expect(r.shortfall).toBe(3);
  });

  it('city size (521 on the roster, 500 ballots) stays fast and exact', () => {
    const cityIds = letters(13);
    const counts = [480, 470, 460, 450, 440, 430, 420, 410, 400, 300, 261, 260, 100];
    const opened = makeOpened({ ids: cityIds, seats: 10, rosterCount: 521, presentCount: 505 });
    const r = tally({ opened, casts: makeCasts(cityIds, 500, counts), issued: 505 });
    expect(r.threshold).toBe(261);
    expect(r.passed).toEqual(cityIds.slice(0, 11));
    expect(r.selected).toEqual(cityIds.slice(0, 10));
  });
});

// ---------------------------------------------------------------------------------------------
// Input errors (official data, not casts)

describe('tally refuses malformed official input', () => {
  const opened = makeOpened();
  it.each<[string, TallyInput]>([
    [
      'duplicate candidate ids',
      {
        opened: {
          ...opened,
          candidates: [
            { id: 'A', title: 'x' },
            { id: 'A', title: 'y' },
          ],
          seats: 1,
          maxFor: 1,
        },
        casts: [],
        issued: 0,
      },
    ],
    ['seats above candidates', { opened: { ...opened, seats: 9 }, casts: [], issued: 0 }],
    ['present above roster', { opened: { ...opened, presentCount: 11 }, casts: [], issued: 0 }],
    ['issued negative', { opened, casts: [], issued: -1 }],
    ['issued fractional', { opened, casts: [], issued: 1.5 }],
    ['returned not a number', { opened, casts: [], issued: 3, returned: '3' as never }],
    ['casts not an array', { opened, casts: 'x' as never, issued: 3 }],
  ])('%s', (_name, input) => {
    expect(() => tally(input)).toThrow(TallyInputError);
  });

  it('the error lists what is wrong', () => {
    try {
      tally({ opened: { ...opened, presentCount: 11 }, casts: [], issued: -1 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TallyInputError);
      expect((e as TallyInputError).errors.join('\n')).toMatch(/presentCount/);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Property tests

type Scenario = {
  opened: OpenedData;
  casts: Cast[];
  paper: PaperTotals[];
  issued: number;
};

const FORMS: BallotForm[] = ['approve-reject-abstain', 'choose-up-to'];
const BASES: PassBasis[] = ['roster', 'present'];

const openedArb: fc.Arbitrary<OpenedData> = fc
  .record({
    k: fc.integer({ min: 1, max: 7 }),
    form: fc.constantFrom(...FORMS),
    passBasis: fc.constantFrom(...BASES),
    roster: fc.integer({ min: 1, max: 30 }),
  })
  .chain(({ k, form, passBasis, roster }) =>
    fc
      .record({
        seats: fc.integer({ min: 1, max: k }),
        maxForDelta: fc.integer({ min: -1, max: 1 }),
        // Mostly a quorum (more than two thirds present), sometimes anything.
        present: fc.oneof(
          { weight: 4, arbitrary: fc.integer({ min: Math.ceil((2 * roster) / 3), max: roster }) },
          { weight: 1, arbitrary: fc.integer({ min: 0, max: roster }) },
        ),
      })
      .map(({ seats, maxForDelta, present }) =>
        makeOpened({
          ids: letters(k),
          seats,
          maxFor: Math.min(k, Math.max(1, seats + maxForDelta)),
          form,
          passBasis,
          rosterCount: roster,
          presentCount: present,
        }),
      ),
  );

/**
 * A well-formed choices map (may still have too many "for"). `popularity[j]` is the chance in
 * percent that candidate j gets "for", so that generated votes often reach the threshold and
 * produce ties, runoffs and shortfalls rather than mostly failing candidates.
 */
function choicesArb(opened: OpenedData, popularity: number[]): fc.Arbitrary<Record<string, Choice>> {
  const notFor: Choice[] = opened.form === 'choose-up-to' ? ['abstain'] : ['against', 'abstain'];
  return fc
    .tuple(
      ...opened.candidates.map((_, j) =>
        fc.tuple(fc.integer({ min: 0, max: 99 }), fc.constantFrom(...notFor)).map(([roll, alt]): Choice => (roll < popularity[j] ? 'for' : alt)),
      ),
    )
    .map((marks) => Object.fromEntries(opened.candidates.map((c, j) => [c.id, marks[j]])));
}

/** A valid ballot: "for" marks beyond maxFor (picked at random) are turned into abstain. */
function validChoicesArb(opened: OpenedData, popularity: number[]): fc.Arbitrary<Record<string, Choice>> {
  const k = opened.candidates.length;
  const priority = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: k, maxLength: k });
  return fc.tuple(choicesArb(opened, popularity), priority).map(([ch, prio]) => {
    const ids = opened.candidates.map((c) => c.id);
    const keep = new Set(
      ids
        .map((id, j) => ({ id, p: prio[j], j }))
        .filter(({ id }) => ch[id] === 'for')
        .sort((x, y) => x.p - y.p || x.j - y.j)
        .slice(0, opened.maxFor)
        .map(({ id }) => id),
    );
    return Object.fromEntries(ids.map((id) => [id, ch[id] === 'for' && !keep.has(id) ? 'abstain' : ch[id]]));
  });
}

function castArb(opened: OpenedData, popularity: number[]): fc.Arbitrary<Cast> {
  return fc.oneof(
    { weight: 12, arbitrary: validChoicesArb(opened, popularity).map((choices) => ({ choices })) },
    { weight: 2, arbitrary: choicesArb(opened, popularity).map((choices) => ({ choices })) },
    {
      weight: 1,
      arbitrary: fc
        .dictionary(fc.constantFrom(...opened.candidates.map((c) => c.id), 'Z'), fc.constantFrom<unknown>('for', 'against', 'abstain', 'x', 1))
        .map((choices) => ({ choices })),
    },
    { weight: 1, arbitrary: fc.anything().map((choices) => ({ choices })) },
  );
}

function paperArb(opened: OpenedData, popularity: number[]): fc.Arbitrary<PaperTotals> {
  return fc
    .tuple(fc.array(validChoicesArb(opened, popularity), { maxLength: 6 }), fc.integer({ min: 0, max: 2 }))
    .map(([ballots, invalid]) => toPaper(opened, ballots, invalid));
}

const popularityArb = (opened: OpenedData) =>
  fc.array(fc.constantFrom(0, 30, 60, 80, 90, 100, 100, 100), { minLength: opened.candidates.length, maxLength: opened.candidates.length });

const randomScenarioArb: fc.Arbitrary<Scenario> = openedArb.chain((opened) =>
  popularityArb(opened).chain((popularity) =>
    fc
      .record({
        casts: fc.oneof(
          { weight: 3, arbitrary: fc.array(castArb(opened, popularity), { minLength: opened.presentCount, maxLength: opened.presentCount }) },
          { weight: 1, arbitrary: fc.array(castArb(opened, popularity), { maxLength: opened.presentCount + 2 }) },
        ),
        paper: fc.oneof(fc.constant<PaperTotals[]>([]), fc.array(paperArb(opened, popularity), { maxLength: 2 })),
        slack: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 1, arbitrary: fc.integer({ min: -2, max: -1 }) }),
      })
      .map(({ casts, paper, slack }) => {
        const counted = casts.length + paper.reduce((s, p) => s + p.valid + p.invalid, 0);
        return { opened, casts, paper, issued: Math.max(0, counted + slack) };
      }),
  ),
);

/**
 * Scenarios built from target "for" counts drawn from a few values around the threshold, so
 * ties at, above and below the cut are common (random ballots rarely tie exactly at the cut).
 */
const tieProneScenarioArb: fc.Arbitrary<Scenario> = openedArb
  // 差额 ballots with someone present: the only kind where a runoff can happen.
  .filter((o) => o.presentCount >= 1 && o.seats < o.candidates.length)
  .chain((opened) => {
    const n = opened.presentCount;
    const t = Math.floor((opened.passBasis === 'present' ? n : opened.rosterCount) / 2) + 1;
    const levels = [...new Set([0, t - 1, t, t + 1, n].filter((v) => v >= 0 && v <= n))];
    const k = opened.candidates.length;
    return fc
      .record({
        forCounts: fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(Math.min(t, n)) }, fc.constantFrom(...levels)), {
          minLength: k,
          maxLength: k,
        }),
        againstShare: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: k, maxLength: k }),
        junk: fc.array(fc.constantFrom<unknown>(null, 'x', {}, { Z: 'for' }), { maxLength: 2 }),
        slack: fc.integer({ min: 0, max: 3 }),
      })
      .map(({ forCounts, againstShare, junk, slack }) => {
        // Keep the total within n × maxFor so that every dealt ballot is valid.
        const counts = [...forCounts];
        for (let j = k - 1; j >= 0 && counts.reduce((a, c) => a + c, 0) > n * opened.maxFor; j--) counts[j] = 0;
        const against = counts.map((f, j) => (opened.form === 'choose-up-to' ? 0 : Math.floor(((n - f) * againstShare[j]) / 100)));
        const ids = opened.candidates.map((c) => c.id);
        const casts: Cast[] = [...makeCasts(ids, n, counts, against), ...junk.map((choices) => ({ choices }))];
        return { opened, casts, paper: [], issued: casts.length + slack };
      });
  });

const scenarioArb: fc.Arbitrary<Scenario> = fc.oneof(randomScenarioArb, tieProneScenarioArb);

const run = (s: Scenario) => tally({ opened: s.opened, casts: s.casts, paper: s.paper, issued: s.issued });

/** Status by the definition, computed independently of the implementation's sorting. */
function referenceStatus(r: TallyResult, id: string): CandidateStatus {
  if (r.void) return 'not-passed';
  const f = r.perCandidate[id].for;
  if (f < r.threshold) return 'not-passed';
  const passedOthers = Object.keys(r.perCandidate).filter((o) => o !== id && r.perCandidate[o].for >= r.threshold);
  const strictlyAbove = passedOthers.filter((o) => r.perCandidate[o].for > f).length;
  const atLeast = passedOthers.filter((o) => r.perCandidate[o].for >= f).length;
  if (atLeast + 1 <= r.seats) return 'selected'; // it and everyone level with it fit
  if (strictlyAbove < r.seats) return 'runoff'; // a tie straddles the last seat
  return 'passed-not-selected';
}

describe('properties', () => {
  it('the generated scenarios cover every kind of outcome (guards the generators themselves)', () => {
    const results = fc.sample(scenarioArb.map(run), { numRuns: 2000, seed: 2027 });
    const share = (pred: (r: TallyResult) => boolean) => results.filter(pred).length / results.length;
    const kinds = {
      void: share((r) => r.void),
      runoff: share((r) => r.runoff !== null),
      shortfall: share((r) => !r.void && r.shortfall > 0),
      fullySelected: share((r) => !r.void && r.runoff === null && r.shortfall === 0),
      passedNotSelected: share((r) => r.ranking.some((e) => e.status === 'passed-not-selected')),
      invalid: share((r) => r.sources.electronic.invalid > 0),
      paper: share((r) => r.sources.paper.batches > 0),
    };
    for (const [kind, frac] of Object.entries(kinds)) expect(frac, kind).toBeGreaterThan(0.02);
  });

  it('the result does not depend on the order of casts or paper batches', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) =>
          fc.tuple(
            fc.constant(s),
            fc.shuffledSubarray(s.casts, { minLength: s.casts.length, maxLength: s.casts.length }),
            fc.shuffledSubarray(s.paper, { minLength: s.paper.length, maxLength: s.paper.length }),
          ),
        ),
        ([s, casts, paper]) => {
          expect(run({ ...s, casts, paper })).toEqual(run(s));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is deterministic, does not mutate its input, and survives a JSON round trip (ledger export)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const copy = structuredCloneSafe(s);
        const first = run(s);
        const frozen = deepFreeze(structuredCloneSafe(s));
        expect(run(frozen)).toEqual(first);
        expect(structuredCloneSafe(s)).toEqual(copy);
        // Only JSON-representable casts survive an export unchanged; compare on those.
        const json = JSON.parse(JSON.stringify({ ...s, casts: s.casts.filter(jsonStable) }));
        expect(run(json)).toEqual(run({ ...s, casts: s.casts.filter(jsonStable) }));
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('valid + invalid = ballots counted (electronic casts + paper returned); returned defaults to that', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = run(s);
        const paperReturned = s.paper.reduce((n, p) => n + p.valid + p.invalid, 0);
        expect(r.valid + r.invalid).toBe(s.casts.length + paperReturned);
        expect(r.returned).toBe(s.casts.length + paperReturned);
        expect(r.void).toBe(r.returned > r.issued);
        expect(r.sources.electronic.valid + r.sources.electronic.invalid).toBe(s.casts.length);
        const byReason = Object.values(r.sources.electronic.invalidByReason).reduce((a, b) => a + b, 0);
        expect(byReason).toBe(r.sources.electronic.invalid);
      }),
      { numRuns: 300 },
    );
  });

  it('selected + runoff seats + shortfall = M when not void; nothing decided when void', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = run(s);
        if (r.void) {
          expect(r.passed).toEqual([]);
          expect(r.selected).toEqual([]);
          expect(r.runoff).toBeNull();
          expect(r.shortfall).toBe(0);
        } else {
          expect(r.selected.length + (r.runoff?.seats ?? 0) + r.shortfall).toBe(s.opened.seats);
          expect(r.shortfall).toBeGreaterThanOrEqual(0);
          if (r.runoff) {
            expect(r.shortfall).toBe(0);
            expect(r.runoff.seats).toBeGreaterThanOrEqual(1);
            expect(r.runoff.candidates.length).toBeGreaterThan(r.runoff.seats);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts are consistent: every valid ballot marks every candidate once, within maxFor', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = run(s);
        let forSum = 0;
        expect(Object.keys(r.perCandidate)).toEqual(s.opened.candidates.map((c) => c.id));
        for (const c of Object.values(r.perCandidate)) {
          expect(c.for + c.against + c.abstain).toBe(r.valid);
          if (s.opened.form === 'choose-up-to') expect(c.against).toBe(0);
          for (const v of [c.for, c.against, c.abstain]) expect(Number.isSafeInteger(v) && v >= 0).toBe(true);
          forSum += c.for;
        }
        expect(forSum).toBeLessThanOrEqual(r.valid * s.opened.maxFor);
        for (const v of [r.valid, r.invalid, r.returned, r.basis, r.threshold, r.shortfall]) expect(Number.isSafeInteger(v)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('matches a reference definition of passed, selected, runoff and rank', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = run(s);
        const ids = s.opened.candidates.map((c) => c.id);
        const basis = s.opened.passBasis === 'present' ? s.opened.presentCount : s.opened.rosterCount;
        expect(r.basis).toBe(basis);
        expect(2 * r.threshold).toBeGreaterThan(basis);
        expect(2 * (r.threshold - 1)).toBeLessThanOrEqual(basis);

        // Ranking: all candidates, sorted by for desc then ballot order, competition ranks.
        expect(r.ranking.map((e) => e.id).sort()).toEqual([...ids].sort());
        r.ranking.forEach((e, i) => {
          expect(e.for).toBe(r.perCandidate[e.id].for);
          expect(e.rank).toBe(1 + ids.filter((o) => r.perCandidate[o].for > e.for).length);
          expect(e.status).toBe(referenceStatus(r, e.id));
          if (i > 0) {
            const prev = r.ranking[i - 1];
            expect(prev.for > e.for || (prev.for === e.for && ids.indexOf(prev.id) < ids.indexOf(e.id))).toBe(true);
          }
        });

        const ranked = r.ranking.map((e) => e.id);
        const withStatus = (st: CandidateStatus[]) => ranked.filter((id) => st.includes(statusOf(r)[id]));
        expect(r.passed).toEqual(withStatus(['selected', 'runoff', 'passed-not-selected']));
        expect(r.selected).toEqual(withStatus(['selected']));
        if (!r.void) expect(r.passed).toEqual(ranked.filter((id) => r.perCandidate[id].for >= r.threshold));
        if (r.runoff) {
          expect(r.runoff.candidates).toEqual(ids.filter((id) => statusOf(r)[id] === 'runoff'));
          const level = new Set(r.runoff.candidates.map((id) => r.perCandidate[id].for));
          expect(level.size).toBe(1);
          expect(r.runoff.seats).toBe(s.opened.seats - r.selected.length);
        } else {
          expect(withStatus(['runoff'])).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('turning one abstain into "for" on a ballot that stays valid never hurts that candidate', () => {
    const arb = scenarioArb
      .filter((s) => s.casts.some((c) => validFlip(s.opened, c).length > 0))
      .chain((s) => {
        const flippable = s.casts.map((c, i) => [i, validFlip(s.opened, c)] as const).filter(([, ids]) => ids.length > 0);
        return fc
          .tuple(fc.constant(s), fc.constantFrom(...flippable))
          .chain(([s2, [i, ids]]) => fc.tuple(fc.constant(s2), fc.constant(i), fc.constantFrom(...ids)));
      });
    fc.assert(
      fc.property(arb, ([s, i, id]) => {
        const before = run(s);
        const casts = s.casts.map((c, j) => (j === i ? { choices: { ...(c.choices as Record<string, Choice>), [id]: 'for' } } : c));
        const after = run({ ...s, casts });
        expect(after.valid).toBe(before.valid);
        expect(after.void).toBe(before.void);
        expect(after.perCandidate[id].for).toBe(before.perCandidate[id].for + 1);
        for (const other of Object.keys(before.perCandidate)) {
          if (other !== id) expect(after.perCandidate[other]).toEqual(before.perCandidate[other]);
        }
        expectNotWorse(before, after, id);
      }),
      { numRuns: 300 },
    );
  });

  it('adding one valid ballot with "for" for a candidate (and no other "for") never hurts it', () => {
    const arb = scenarioArb.chain((s) =>
      fc.tuple(
        fc.constant(s),
        fc.constantFrom(...s.opened.candidates.map((c) => c.id)),
        fc.array(fc.constantFrom<Choice>(...(s.opened.form === 'choose-up-to' ? (['abstain'] as Choice[]) : (['against', 'abstain'] as Choice[]))), {
          minLength: s.opened.candidates.length,
          maxLength: s.opened.candidates.length,
        }),
      ),
    );
    fc.assert(
      fc.property(arb, ([s, id, rest]) => {
        const before = run(s);
        const choices = Object.fromEntries(s.opened.candidates.map((c, j) => [c.id, c.id === id ? 'for' : rest[j]]));
        // One more card issued for the extra ballot, so the void status does not change.
        const after = run({ ...s, casts: [...s.casts, { choices }], issued: s.issued + 1 });
        expect(after.valid).toBe(before.valid + 1);
        expect(after.void).toBe(before.void);
        expect(after.perCandidate[id].for).toBe(before.perCandidate[id].for + 1);
        expectNotWorse(before, after, id);
      }),
      { numRuns: 300 },
    );
  });

  it('adding any valid ballot never lowers a candidate\'s "for" and never removes a passing one from passed', () => {
    const arb = scenarioArb.chain((s) =>
      fc.tuple(
        fc.constant(s),
        popularityArb(s.opened).chain((pop) => validChoicesArb(s.opened, pop)),
      ),
    );
    fc.assert(
      fc.property(arb, ([s, choices]) => {
        const before = run(s);
        const after = run({ ...s, casts: [...s.casts, { choices }], issued: s.issued + 1 });
        expect(after.valid).toBe(before.valid + 1);
        for (const id of Object.keys(before.perCandidate)) {
          expect(after.perCandidate[id].for).toBeGreaterThanOrEqual(before.perCandidate[id].for);
          if (before.passed.includes(id)) expect(after.passed).toContain(id);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any casts at all', () => {
    fc.assert(
      fc.property(openedArb, fc.array(fc.anything(), { maxLength: 10 }), (opened, junk) => {
        const r = tally({ opened, casts: junk as Cast[], issued: 100 });
        expect(r.valid + r.invalid).toBe(junk.length);
      }),
      { numRuns: 300 },
    );
  });

  it('a runoff ballot built from a result is itself valid opened data and can be tallied', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = run(s);
        const ro = runoffOpenedData(s.opened, r, 'r', '另行票决');
        if (!r.runoff) {
          expect(ro).toBeNull();
          return;
        }
        expect(ro!.candidates.map((c) => c.id)).toEqual(r.runoff.candidates);
        expect(ro!.seats).toBe(r.runoff.seats);
        expect(() => tally({ opened: ro!, casts: [], issued: 0 })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

// Property-test helpers

function validFlip(opened: OpenedData, cast: Cast): string[] {
  const ch = cast.choices as Record<string, unknown>;
  if (typeof ch !== 'object' || ch === null || Array.isArray(ch)) return [];
  const valid = tally({ opened, casts: [cast], issued: 1 }).valid === 1;
  if (!valid) return [];
  const fors = Object.values(ch).filter((v) => v === 'for').length;
  if (fors >= opened.maxFor) return [];
  return opened.candidates.map((c) => c.id).filter((id) => ch[id] === 'abstain');
}

function positionOf(r: TallyResult, id: string): number {
  return r.ranking.findIndex((e) => e.id === id);
}

function expectNotWorse(before: TallyResult, after: TallyResult, id: string): void {
  const b = before.ranking.find((e) => e.id === id)!;
  const a = after.ranking.find((e) => e.id === id)!;
  expect(a.rank).toBeLessThanOrEqual(b.rank);
  expect(positionOf(after, id)).toBeLessThanOrEqual(positionOf(before, id));
  expect(statusOrder(a.status)).toBeGreaterThanOrEqual(statusOrder(b.status));
  if (before.passed.includes(id)) expect(after.passed).toContain(id);
  if (before.selected.includes(id)) expect(after.selected).toContain(id);
}

/** Deep copy that tolerates fc.anything() values (structuredClone rejects some, e.g. symbols). */
function structuredCloneSafe<T>(x: T): T {
  try {
    return structuredClone(x);
  } catch {
    return x;
  }
}

function jsonStable(c: Cast): boolean {
  try {
    return isDeepStrictEqual(JSON.parse(JSON.stringify(c)), c);
  } catch {
    return false;
  }
}
