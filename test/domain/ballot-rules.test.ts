import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quorumAcceptable } from '../../server/phase2-balloting/domain/ballot-lifecycle';
import {
  LIVE_COUNTS_SECRET,
  liveCountsRefused,
  allowedChoices,
  basisCount,
  checkChoices,
  passThreshold,
  resolveRules,
  validateOpened,
  validateRules,
  type BallotForm,
  type ChoiceRules,
  type OpenedData,
} from '../../server/phase2-balloting/domain/ballot-rules';

const ids = ['a', 'b', 'c', 'd', 'e'];

function rules(form: BallotForm = 'approve-reject-abstain', maxFor = 3, candidateIds = ids): ChoiceRules {
  return { form, maxFor, candidates: candidateIds.map((id) => ({ id, title: `项目 ${id}` })) };
}

function opened(over: Partial<OpenedData> = {}): OpenedData {
  return {
    ballotId: 'b1',
    title: '2027年民生实事项目票决',
    form: 'approve-reject-abstain',
    seats: 3,
    maxFor: 3,
    passBasis: 'roster',
    secrecy: 'secret',
    candidates: ids.map((id) => ({ id, title: `项目 ${id}` })),
    rosterCount: 50,
    presentCount: 45,
    ...over,
  };
}

describe('resolveRules', () => {
  it('fills the defaults: ARA form, maxFor = M, roster basis, secret, no live counts', () => {
    expect(resolveRules({ seats: 4 })).toEqual({
      form: 'approve-reject-abstain',
      seats: 4,
      maxFor: 4,
      passBasis: 'roster',
      secrecy: 'secret',
      liveCounts: false,
    });
  });

  it('keeps explicit values', () => {
    expect(resolveRules({ seats: 4, maxFor: 2, form: 'choose-up-to', passBasis: 'present', secrecy: 'recorded', liveCounts: true })).toEqual({
      form: 'choose-up-to',
      seats: 4,
      maxFor: 2,
      passBasis: 'present',
      secrecy: 'recorded',
      liveCounts: true,
    });
  });
});

describe('validateRules', () => {
  it.each<[string, unknown, number, string[]]>([
    ['minimal input (defaults)', { seats: 3 }, 5, []],
    ['fully specified', resolveRules({ seats: 3 }), 5, []],
    ['等额: seats = candidates', { seats: 5 }, 5, []],
    ['M = 1 of 2', { seats: 1 }, 2, []],
    ['maxFor below M is allowed', { seats: 3, maxFor: 1 }, 5, []],
    ['maxFor = candidates', { seats: 3, maxFor: 5 }, 5, []],
    ['choose-up-to, present basis, recorded', { seats: 2, form: 'choose-up-to', passBasis: 'present', secrecy: 'recorded', liveCounts: true }, 3, []],
  ])('accepts %s', (_name, input, n, expected) => {
    expect(validateRules(input, n)).toEqual(expected);
  });

  it.each<[string, unknown, number, RegExp]>([
    ['seats 0', { seats: 0 }, 5, /seats must be an integer ≥ 1/],
    ['seats negative', { seats: -1 }, 5, /seats must be an integer ≥ 1/],
    ['seats fractional', { seats: 1.5 }, 5, /seats must be an integer ≥ 1/],
    ['seats as a string', { seats: '3' }, 5, /seats must be an integer ≥ 1/],
    ['seats missing', {}, 5, /seats must be an integer ≥ 1/],
    ['seats NaN', { seats: Number.NaN }, 5, /seats must be an integer ≥ 1/],
    ['seats more than candidates', { seats: 6 }, 5, /seats \(6\) must not exceed the number of candidates \(5\)/],
    ['maxFor 0', { seats: 3, maxFor: 0 }, 5, /maxFor must be an integer ≥ 1/],
    ['maxFor fractional', { seats: 3, maxFor: 2.5 }, 5, /maxFor must be an integer ≥ 1/],
    ['maxFor more than candidates', { seats: 3, maxFor: 6 }, 5, /maxFor \(6\) must not exceed/],
    ['unknown form', { seats: 3, form: 'rank' }, 5, /form must be one of/],
    ['unknown basis', { seats: 3, passBasis: 'all' }, 5, /passBasis must be one of/],
    ['unknown secrecy', { seats: 3, secrecy: 'open' }, 5, /secrecy must be one of/],
    ['liveCounts not boolean', { seats: 3, liveCounts: 'yes' }, 5, /liveCounts must be true or false/],
    ['no candidates', { seats: 1 }, 0, /at least one candidate/],
    ['rules null', null, 5, /rules must be an object/],
    ['rules an array', [3], 5, /rules must be an object/],
  ])('rejects %s', (_name, input, n, message) => {
    const errors = validateRules(input, n);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(message);
  });

  it('reports every problem at once', () => {
    expect(validateRules({ seats: 0, maxFor: 0, form: 'x', passBasis: 'y', secrecy: 'z' }, 5)).toHaveLength(5);
  });

  it('property: valid integers in range always pass, and the default maxFor is M', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 40 })
          .chain((n) => fc.record({ n: fc.constant(n), seats: fc.integer({ min: 1, max: n }), maxFor: fc.integer({ min: 1, max: n }) })),
        ({ n, seats, maxFor }) => {
          expect(validateRules({ seats, maxFor }, n)).toEqual([]);
          expect(validateRules({ seats }, n)).toEqual([]);
          expect(resolveRules({ seats }).maxFor).toBe(seats);
        },
      ),
    );
  });

  it('property: never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, n) => {
        expect(Array.isArray(validateRules(input, n as number))).toBe(true);
      }),
    );
  });
});

describe('validateOpened', () => {
  it('accepts a well-formed ballot.opened payload', () => {
    expect(validateOpened(opened())).toEqual([]);
    expect(validateOpened(opened({ presentCount: 0 }))).toEqual([]);
    expect(validateOpened(opened({ presentCount: 50 }))).toEqual([]);
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', 'x', /must be an object/],
    [
      'duplicate candidate id',
      opened({
        candidates: [
          { id: 'a', title: 'A' },
          { id: 'a', title: 'A2' },
        ],
        seats: 1,
        maxFor: 1,
      }),
      /appears more than once/,
    ],
    ['empty candidate id', opened({ candidates: [{ id: '', title: 'A' }], seats: 1, maxFor: 1 }), /non-empty string id/],
    ['candidate without title', opened({ candidates: [{ id: 'a' } as never], seats: 1, maxFor: 1 }), /string title/],
    ['candidates not an array', opened({ candidates: 'abc' as never }), /candidates must be an array/],
    ['present > roster', opened({ presentCount: 51 }), /presentCount \(51\) must not exceed rosterCount \(50\)/],
    ['roster 0', opened({ rosterCount: 0, presentCount: 0 }), /rosterCount must be an integer ≥ 1/],
    ['present negative', opened({ presentCount: -1 }), /presentCount must be a non-negative integer/],
    ['maxFor missing', opened({ maxFor: undefined as never }), /maxFor is required/],
    ['form missing', opened({ form: undefined as never }), /form is required/],
    ['seats above candidates', opened({ seats: 6 }), /seats \(6\) must not exceed/],
    ['empty ballotId', opened({ ballotId: '' }), /ballotId/],
  ])('rejects %s', (_name, input, message) => {
    expect(validateOpened(input).join('\n')).toMatch(message);
  });
});

describe('allowedChoices', () => {
  it('offers for/against/abstain on ARA and no "against" on choose-up-to', () => {
    expect(allowedChoices('approve-reject-abstain')).toEqual(['for', 'against', 'abstain']);
    expect(allowedChoices('choose-up-to')).toEqual(['for', 'abstain']);
  });
});

describe('checkChoices', () => {
  const all = (c: string) => Object.fromEntries(ids.map((id) => [id, c]));

  it.each<[string, ChoiceRules, unknown]>([
    ['a mixed ballot', rules(), { a: 'for', b: 'against', c: 'abstain', d: 'for', e: 'against' }],
    ['a blank ballot (all abstain)', rules(), all('abstain')],
    ['all against', rules(), all('against')],
    ['exactly maxFor "for"', rules(), { a: 'for', b: 'for', c: 'for', d: 'abstain', e: 'against' }],
    ['keys in any order', rules(), { e: 'for', d: 'abstain', c: 'abstain', b: 'abstain', a: 'for' }],
    ['choose-up-to with maxFor chosen', rules('choose-up-to'), { a: 'for', b: 'for', c: 'for', d: 'abstain', e: 'abstain' }],
    ['choose-up-to with nothing chosen', rules('choose-up-to'), all('abstain')],
    ['maxFor 1', rules('approve-reject-abstain', 1), { a: 'for', b: 'against', c: 'against', d: 'abstain', e: 'abstain' }],
    [
      'ids that are Object.prototype names',
      rules('approve-reject-abstain', 1, ['constructor', 'toString', '__proto__']),
      JSON.parse('{"constructor":"for","toString":"against","__proto__":"abstain"}'),
    ],
  ])('accepts %s', (_name, r, choices) => {
    expect(checkChoices(r, choices)).toEqual({ valid: true });
  });

  it.each<[string, ChoiceRules, unknown, string]>([
    ['maxFor + 1 "for"', rules(), { a: 'for', b: 'for', c: 'for', d: 'for', e: 'abstain' }, 'too_many_for'],
    ['all "for"', rules(), all('for'), 'too_many_for'],
    ['2 "for" with maxFor 1', rules('approve-reject-abstain', 1), { a: 'for', b: 'for', c: 'abstain', d: 'abstain', e: 'abstain' }, 'too_many_for'],
    ['choose-up-to over the limit', rules('choose-up-to'), { a: 'for', b: 'for', c: 'for', d: 'for', e: 'abstain' }, 'too_many_for'],
    ['a candidate left out', rules(), { a: 'for', b: 'for', c: 'abstain', d: 'abstain' }, 'missing_candidate'],
    ['an empty object', rules(), {}, 'missing_candidate'],
    ['an unknown candidate', rules(), { ...all('abstain'), z: 'for' }, 'unknown_candidate'],
    ['an unknown candidate replacing a known one', rules(), { a: 'for', b: 'for', c: 'abstain', d: 'abstain', z: 'abstain' }, 'unknown_candidate'],
    ['candidate id in another case', rules(), { ...all('abstain'), A: 'for' }, 'unknown_candidate'],
    [
      '"__proto__" key from JSON',
      rules(),
      JSON.parse('{"a":"for","b":"abstain","c":"abstain","d":"abstain","e":"abstain","__proto__":"for"}'),
      'unknown_candidate',
    ],
    ['choice "yes"', rules(), { ...all('abstain'), a: 'yes' }, 'bad_choice'],
    ['choice in upper case', rules(), { ...all('abstain'), a: 'FOR' }, 'bad_choice'],
    ['choice a number', rules(), { ...all('abstain'), a: 1 }, 'bad_choice'],
    ['choice null', rules(), { ...all('abstain'), a: null }, 'bad_choice'],
    ['choice a boolean', rules(), { ...all('abstain'), a: true }, 'bad_choice'],
    ['choice a nested object', rules(), { ...all('abstain'), a: { for: true } }, 'bad_choice'],
    ['"against" on choose-up-to', rules('choose-up-to'), { ...all('abstain'), b: 'against' }, 'bad_choice'],
    ['null', rules(), null, 'not_an_object'],
    ['undefined', rules(), undefined, 'not_an_object'],
    ['a string', rules(), 'for', 'not_an_object'],
    ['a number', rules(), 42, 'not_an_object'],
    ['an array', rules(), ['for', 'for', 'abstain', 'abstain', 'abstain'], 'not_an_object'],
    ['an array of pairs', rules(), ids.map((id) => [id, 'abstain']), 'not_an_object'],
    ['a boolean', rules(), true, 'not_an_object'],
  ])('refuses %s', (_name, r, choices, reason) => {
    const check = checkChoices(r, choices);
    expect(check.valid).toBe(false);
    if (!check.valid) {
      expect(check.reason).toBe(reason);
      expect(check.detail.length).toBeGreaterThan(0);
    }
  });

  it('checks in a fixed order: unknown candidate, then bad choice, then missing, then too many', () => {
    const r = rules('approve-reject-abstain', 1);
    // unknown + bad + missing + too many
    expect(checkChoices(r, { a: 'for', b: 'for', c: 'maybe', z: 'for' })).toMatchObject({ reason: 'unknown_candidate' });
    // bad + missing + too many
    expect(checkChoices(r, { a: 'for', b: 'for', c: 'maybe' })).toMatchObject({ reason: 'bad_choice' });
    // missing + too many
    expect(checkChoices(r, { a: 'for', b: 'for' })).toMatchObject({ reason: 'missing_candidate' });
  });

  it('ignores inherited properties: only own keys are choices', () => {
    const proto = { a: 'for' };
    const choices = Object.assign(Object.create(proto), { b: 'abstain', c: 'abstain', d: 'abstain', e: 'abstain' });
    expect(checkChoices(rules(), choices)).toMatchObject({ valid: false, reason: 'missing_candidate' });
  });

  it('does not crash on objects that throw when read', () => {
    const hostile = { ...all('abstain') };
    Object.defineProperty(hostile, 'a', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(checkChoices(rules(), hostile)).toMatchObject({ valid: false, reason: 'not_an_object' });
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(checkChoices(rules(), proxy)).toMatchObject({ valid: false, reason: 'not_an_object' });
  });

  it('does not modify the choices it checks', () => {
    const choices = Object.freeze({ a: 'for', b: 'abstain', c: 'abstain', d: 'abstain', e: 'abstain' });
    expect(checkChoices(rules(), choices)).toEqual({ valid: true });
  });

  it('property: never throws on anything, and accepts exactly what the rule describes', () => {
    const ruleArb = fc.record({
      form: fc.constantFrom<BallotForm>('approve-reject-abstain', 'choose-up-to'),
      maxFor: fc.integer({ min: 1, max: 5 }),
    });
    const choiceArb = fc.oneof(
      fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'z'), fc.constantFrom<unknown>('for', 'against', 'abstain', 'x', 0, null)),
      fc.record(Object.fromEntries(ids.map((id) => [id, fc.constantFrom('for', 'against', 'abstain')]))),
      fc.anything(),
    );
    fc.assert(
      fc.property(ruleArb, choiceArb, ({ form, maxFor }, choices) => {
        const r = rules(form, maxFor);
        const check = checkChoices(r, choices);
        const offered: unknown[] = form === 'choose-up-to' ? ['for', 'abstain'] : ['for', 'against', 'abstain'];
        const expectedValid =
          typeof choices === 'object' &&
          choices !== null &&
          !Array.isArray(choices) &&
          Object.keys(choices).length === ids.length &&
          ids.every((id) => Object.prototype.hasOwnProperty.call(choices, id)) &&
          ids.every((id) => offered.includes((choices as Record<string, unknown>)[id])) &&
          ids.filter((id) => (choices as Record<string, unknown>)[id] === 'for').length <= maxFor;
        expect(check.valid).toBe(expectedValid);
      }),
      { numRuns: 500 },
    );
  });
});

describe('passThreshold and basisCount', () => {
  it.each([
    [10, 6],
    [9, 5],
    [231, 116],
    [230, 116],
    [521, 261],
    [2, 2],
    [1, 1],
    [0, 1],
    [3000, 1501],
  ])('basis %i → at least %i "for" to pass', (basis, threshold) => {
    expect(passThreshold(basis)).toBe(threshold);
  });

  it('property: the threshold is the smallest count strictly more than half', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (basis) => {
        const t = passThreshold(basis);
        expect(Number.isInteger(t)).toBe(true);
        expect(2 * t).toBeGreaterThan(basis);
        expect(2 * (t - 1)).toBeLessThanOrEqual(basis);
      }),
    );
  });

  it('picks 应到 for the roster basis and 实到 for the present basis', () => {
    expect(basisCount(opened())).toBe(50);
    expect(basisCount(opened({ passBasis: 'present' }))).toBe(45);
  });
});

describe('live counts and quorum fractions', () => {
  it('refuses live counts for a secret ballot, allows them for a recorded one', () => {
    expect(liveCountsRefused({ liveCounts: true })).toBe(true);
    expect(liveCountsRefused({ liveCounts: true, secrecy: 'secret' })).toBe(true);
    expect(liveCountsRefused({ liveCounts: true, secrecy: 'recorded' })).toBe(false);
    expect(liveCountsRefused({ liveCounts: false, secrecy: 'secret' })).toBe(false);
    expect(validateRules({ seats: 1, liveCounts: true }, 3)).toContain(LIVE_COUNTS_SECRET);
    expect(validateRules({ seats: 1, liveCounts: true, secrecy: 'recorded' }, 3)).toEqual([]);
  });

  it('accepts quorum fractions from one half up to (not including) one', () => {
    expect(quorumAcceptable({ numerator: 1, denominator: 2 })).toBe(true);
    expect(quorumAcceptable({ numerator: 2, denominator: 3 })).toBe(true);
    expect(quorumAcceptable({ numerator: 0, denominator: 1 })).toBe(false);
    expect(quorumAcceptable({ numerator: 1, denominator: 3 })).toBe(false);
    expect(quorumAcceptable({ numerator: 49, denominator: 100 })).toBe(false);
    expect(quorumAcceptable({ numerator: 3, denominator: 3 })).toBe(false);
  });
});
