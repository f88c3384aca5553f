import { describe, expect, it } from 'vitest';
import {
  OUTCOME_FROM,
  PROPOSAL_STATUSES,
  publicStage,
  SCREENING_OUTCOMES,
  screeningProblems,
  suggestionProblems,
  type ScreeningRequest,
} from '../../server/phase1-solicitation/domain/screening';

const base: ScreeningRequest = {
  proposalId: 'p1',
  from: 'submitted',
  outcome: 'shortlist',
  reason: null,
  mergeTarget: null,
  departmentId: 'd1',
  listFixed: false,
};
const codes = (r: Partial<ScreeningRequest>) => screeningProblems({ ...base, ...r }).map((p) => p.code);

describe('screening outcomes', () => {
  it('allows each outcome only from its statuses; drafts and merged proposals never', () => {
    for (const outcome of SCREENING_OUTCOMES) {
      for (const from of PROPOSAL_STATUSES) {
        const c = codes({ from, outcome, reason: '理由', mergeTarget: { id: 'p2', status: 'submitted' } });
        expect(c.includes('outcome_not_allowed')).toBe(!OUTCOME_FROM[outcome].includes(from));
      }
    }
    expect(codes({ from: 'draft' })).toEqual(['outcome_not_allowed']);
    expect(codes({ from: 'merged', outcome: 'reject', reason: 'x' })).toEqual(['outcome_not_allowed']);
  });

  it('needs a reason to reject or return', () => {
    expect(codes({ outcome: 'reject' })).toEqual(['reason_required']);
    expect(codes({ outcome: 'reject', reason: '  ' })).toEqual(['reason_required']);
    expect(codes({ outcome: 'reject', reason: '不属于政府职责范围' })).toEqual([]);
    expect(codes({ outcome: 'return' })).toEqual(['reason_required']);
    expect(codes({ outcome: 'merge', mergeTarget: { id: 'p2', status: 'shortlisted' } })).toEqual([]);
  });

  it('merges only into another open proposal of the cycle', () => {
    expect(codes({ outcome: 'merge', mergeTarget: null })).toEqual(['merge_target_missing']);
    expect(codes({ outcome: 'merge', mergeTarget: { id: 'p1', status: 'submitted' } })).toEqual(['merge_into_self']);
    expect(codes({ outcome: 'merge', mergeTarget: { id: 'p2', status: 'rejected' } })).toEqual(['merge_target_closed']);
    expect(codes({ outcome: 'merge', mergeTarget: { id: 'p2', status: 'merged' } })).toEqual(['merge_target_closed']);
  });

  it('needs a responsible department to shortlist', () => {
    expect(codes({ departmentId: null })).toEqual(['department_required']);
  });

  it('lets nothing join or leave a fixed list, but other outcomes go on', () => {
    expect(codes({ listFixed: true })).toEqual(['list_fixed']);
    expect(codes({ listFixed: true, from: 'shortlisted', outcome: 'reject', reason: 'x' })).toEqual(['list_fixed']);
    expect(codes({ listFixed: true, outcome: 'reject', reason: 'x' })).toEqual([]);
    expect(codes({ listFixed: true, outcome: 'merge', mergeTarget: { id: 'p2', status: 'shortlisted' } })).toEqual([]);
  });
});

describe('suggestion outcomes', () => {
  const s = (r: Partial<Parameters<typeof suggestionProblems>[0]>) =>
    suggestionProblems({ from: 'received', outcome: 'convert', reason: null, ...r }).map((p) => p.code);

  it('handles a suggestion once; a rejected one may still be converted or merged', () => {
    expect(s({})).toEqual([]);
    expect(s({ from: 'rejected' })).toEqual([]);
    expect(s({ from: 'converted' })).toEqual(['suggestion_handled']);
    expect(s({ from: 'merged', outcome: 'reject', reason: 'x' })).toEqual(['suggestion_handled']);
    expect(s({ from: 'rejected', outcome: 'reject', reason: 'x' })).toEqual(['suggestion_handled']);
  });

  it('needs a reason to reject and an open proposal to merge into', () => {
    expect(s({ outcome: 'reject' })).toEqual(['reason_required']);
    expect(s({ outcome: 'merge', target: null })).toEqual(['merge_target_missing']);
    expect(s({ outcome: 'merge', target: { status: 'draft' } })).toEqual(['merge_target_closed']);
    expect(s({ outcome: 'merge', target: { status: 'submitted' } })).toEqual([]);
  });
});

describe('what the public sees of a proposal', () => {
  it('hides internal steps and marks candidates once the list is fixed', () => {
    expect(publicStage('draft', false)).toBe('in_review');
    expect(publicStage('returned', true)).toBe('in_review');
    expect(publicStage('submitted', false)).toBe('in_review');
    expect(publicStage('shortlisted', false)).toBe('shortlisted');
    expect(publicStage('shortlisted', true)).toBe('candidate');
    expect(publicStage('rejected', false)).toBe('rejected');
    expect(publicStage('merged', false)).toBe('merged');
  });
});
