import { describe, expect, it } from 'vitest';
import { canMove, nextPhase, PHASES, screeningOpen, type Phase, type PhaseFacts } from '../../server/cycle/domain/cycle-phase';

const ok: PhaseFacts = {
  now: new Date('2026-11-01T00:00:00.000Z'),
  solicitationClosesAt: new Date('2026-10-31T16:00:00.000Z'),
  solicitationClosesOn: '2026-10-31',
  candidateListFixed: true,
  unscreenedProposals: 0,
  unprocessedSuggestions: 0,
  projectBallotCertified: true,
  pendingChanges: 0,
  ungradedProjects: 0,
  evaluationsUnderway: 0,
  openRectifications: 0,
};
const codes = (from: Phase, to: Phase, facts: Partial<PhaseFacts> = {}) => canMove(from, to, { ...ok, ...facts }).map((p) => p.code);

describe('cycle phase machine', () => {
  it('has the six phases in order, each followed by the next', () => {
    expect(PHASES).toEqual(['solicitation', 'screening', 'balloting', 'implementation', 'evaluation', 'closed']);
    expect(PHASES.map(nextPhase)).toEqual(['screening', 'balloting', 'implementation', 'evaluation', 'closed', null]);
  });

  it('moves one step forward when every precondition holds', () => {
    for (const from of PHASES.slice(0, -1)) expect(codes(from, nextPhase(from)!)).toEqual([]);
  });

  it('never moves backward, stays, or skips', () => {
    for (const [i, from] of PHASES.entries()) {
      for (const [j, to] of PHASES.entries()) {
        const c = codes(from, to);
        if (from === 'closed') expect(c).toEqual(['cycle_closed']);
        else if (j <= i) expect(c).toEqual(['not_forward']);
        else if (j > i + 1) expect(c).toEqual(['skips_phase']);
      }
    }
  });

  it('solicitation → screening waits for the window to close (to the millisecond)', () => {
    const closes = ok.solicitationClosesAt.getTime();
    expect(codes('solicitation', 'screening', { now: new Date(closes - 1) })).toEqual(['window_open']);
    expect(codes('solicitation', 'screening', { now: new Date(closes) })).toEqual([]);
    const [p] = canMove('solicitation', 'screening', { ...ok, now: new Date(closes - 1) });
    expect(p!.zh).toContain('2026-10-31');
    expect(p!.en).toContain('2026-10-31');
  });

  it('screening → balloting needs the list fixed and everything handled, listing every failure', () => {
    expect(codes('screening', 'balloting', { candidateListFixed: false })).toEqual(['list_not_fixed']);
    expect(codes('screening', 'balloting', { candidateListFixed: false, unscreenedProposals: 3, unprocessedSuggestions: 2 })).toEqual([
      'list_not_fixed',
      'proposals_unscreened',
      'suggestions_unprocessed',
    ]);
    const msgs = canMove('screening', 'balloting', { ...ok, candidateListFixed: false });
    expect(msgs[0]!.en).toBe('The candidate list is not fixed');
    expect(msgs[0]!.zh).toBe('候选项目名单尚未确定');
  });

  it('balloting → implementation needs the certified ballot', () => {
    expect(codes('balloting', 'implementation', { projectBallotCertified: false })).toEqual(['ballot_not_certified']);
  });

  it('implementation → evaluation waits for every change request to be decided', () => {
    expect(codes('implementation', 'evaluation', { pendingChanges: 1 })).toEqual(['changes_pending']);
    expect(canMove('implementation', 'evaluation', { ...ok, pendingChanges: 2 })[0]!.zh).toBe('还有 2 项调整申请等待常委会决定');
  });

  it('evaluation → closed needs every project graded, no evaluation under way and every rectification reported', () => {
    expect(codes('evaluation', 'closed', { ungradedProjects: 1 })).toEqual(['projects_ungraded']);
    expect(codes('evaluation', 'closed', { evaluationsUnderway: 1, ungradedProjects: 3, openRectifications: 1 })).toEqual([
      'evaluation_underway',
      'projects_ungraded',
      'rectifications_open',
    ]);
    expect(canMove('evaluation', 'closed', { ...ok, openRectifications: 1 })[0]!.en).toBe(
      '1 projects graded unsatisfied have not reported their rectification',
    );
  });

  it('ignores facts of other moves', () => {
    const bad = { candidateListFixed: false, projectBallotCertified: false, unscreenedProposals: 9, now: new Date(0) };
    expect(codes('implementation', 'evaluation', { ...bad, ungradedProjects: 3, openRectifications: 2, evaluationsUnderway: 1 })).toEqual([]);
    expect(codes('evaluation', 'closed', { ...bad, pendingChanges: 4 })).toEqual([]);
    expect(codes('balloting', 'implementation', { pendingChanges: 4, ungradedProjects: 3 })).toEqual([]);
  });

  it('screening is open in solicitation and screening only', () => {
    expect(PHASES.filter(screeningOpen)).toEqual(['solicitation', 'screening']);
  });
});
