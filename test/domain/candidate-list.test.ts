import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  byListOrder,
  marginProblems,
  marginRuleProblems,
  minimumCandidates,
  orderProblems,
} from '../../server/phase1-solicitation/domain/candidate-list';

const codes = (ps: Array<{ code: string }>) => ps.map((p) => p.code);

describe('margin rule (差额)', () => {
  const rule = { seats: 12, minMargin: 1, allowEqual: false };

  it('needs at least one more candidate than seats by default', () => {
    expect(minimumCandidates(rule)).toBe(13);
    expect(marginProblems(15, rule)).toEqual([]);
    expect(marginProblems(13, rule)).toEqual([]);
    const [p] = marginProblems(12, rule);
    expect(p!.code).toBe('margin_rule');
    expect(p!.zh).toBe('候选项目 12 个，应选 12 个、差额至少 1 个，至少需要 13 个候选项目');
  });

  it('takes the counts seen in practice', () => {
    for (const [n, m] of [
      [20, 10],
      [15, 12],
      [12, 10],
      [13, 10],
      [30, 24],
      [7, 5],
      [5, 3],
      [2, 1],
    ]) {
      expect(marginProblems(n!, { seats: m!, minMargin: 1, allowEqual: false })).toEqual([]);
    }
  });

  it('honours a wider margin', () => {
    expect(codes(marginProblems(14, { seats: 12, minMargin: 3, allowEqual: false }))).toEqual(['margin_rule']);
    expect(marginProblems(15, { seats: 12, minMargin: 3, allowEqual: false })).toEqual([]);
  });

  it('allows 等额 only when explicitly set', () => {
    expect(codes(marginRuleProblems({ seats: 10, minMargin: 0, allowEqual: false }))).toEqual(['equal_not_allowed']);
    expect(codes(marginProblems(10, { seats: 10, minMargin: 0, allowEqual: false }))).toEqual(['equal_not_allowed']);
    expect(marginProblems(10, { seats: 10, minMargin: 0, allowEqual: true })).toEqual([]);
    expect(codes(marginProblems(9, { seats: 10, minMargin: 0, allowEqual: true }))).toEqual(['margin_rule']);
  });

  it('refuses nonsense settings', () => {
    expect(codes(marginRuleProblems({ seats: 0, minMargin: 1, allowEqual: false }))).toEqual(['seats_invalid']);
    expect(codes(marginRuleProblems({ seats: 3, minMargin: -1, allowEqual: false }))).toEqual(['margin_invalid']);
    expect(codes(marginRuleProblems({ seats: 1.5, minMargin: 0.5, allowEqual: true }))).toEqual(['seats_invalid', 'margin_invalid']);
  });

  it('property: the list passes exactly when it has seats + margin candidates or more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 10 }), (n, seats, margin) => {
        const r = { seats, minMargin: margin, allowEqual: margin === 0 };
        expect(marginProblems(n, r).length === 0).toBe(n >= seats + margin);
      }),
    );
  });
});

describe('list order', () => {
  it('must name each shortlisted proposal exactly once', () => {
    expect(orderProblems(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual([]);
    expect(codes(orderProblems(['a', 'b', 'c'], ['a', 'b']))).toEqual(['order_missing']);
    expect(codes(orderProblems(['a', 'b'], ['a', 'b', 'x']))).toEqual(['order_unknown']);
    expect(codes(orderProblems(['a', 'b'], ['a', 'a', 'b']))).toEqual(['order_duplicate']);
    expect(orderProblems([], [])).toEqual([]);
  });

  it('sorts by position, the unordered after by 编号', () => {
    const items = [
      { id: 'x', listOrder: null, number: 1 },
      { id: 'y', listOrder: 2, number: 9 },
      { id: 'z', listOrder: 1, number: 5 },
      { id: 'w', listOrder: null, number: null },
      { id: 'v', listOrder: null, number: 0 },
    ];
    expect(byListOrder(items).map((i) => i.id)).toEqual(['z', 'y', 'v', 'x', 'w']);
    expect(items[0]!.id).toBe('x'); // not sorted in place
  });
});
