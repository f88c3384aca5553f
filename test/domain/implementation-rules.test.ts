import { describe, expect, it } from 'vitest';
import {
  applyDecision,
  changedFields,
  changeProblems,
  decisionDateProblems,
  scopeChanged,
  type ProjectTerms,
} from '../../server/phase3-implementation/domain/changes';
import { orderedPlan, planProblems } from '../../server/phase3-implementation/domain/plan';
import { correctionProblem, progressOf, reportProblems, type ReportFacts } from '../../server/phase3-implementation/domain/progress';
import { departmentRecord, departmentRecords, rectificationDueOn } from '../../server/phase3-implementation/domain/record';
import { groupCovers, groupProblems, membersOf, occurredOnProblems } from '../../server/phase3-implementation/domain/supervision';

const codes = (ps: Array<{ code: string }>) => ps.map((p) => p.code);

let n = 0;
const report = (over: Partial<ReportFacts>): ReportFacts => {
  n += 1;
  return {
    id: `r${n}`,
    number: n,
    submittedAt: new Date(`2027-0${Math.min(n, 9)}-20T02:00:00Z`),
    asOf: '2027-02-20',
    percentComplete: 10,
    disbursedYuan: 0,
    milestonesReached: [],
    correctsId: null,
    ...over,
  };
};

describe('progress from reports', () => {
  it('takes the latest regular report, a correction in place of what it corrects', () => {
    n = 0;
    const a = report({ percentComplete: 20, disbursedYuan: 100, milestonesReached: ['m1'] });
    const b = report({ percentComplete: 50, disbursedYuan: 500, asOf: '2027-03-20' });
    const fixB = report({ percentComplete: 45, disbursedYuan: 450, asOf: '2027-03-20', correctsId: b.id });
    const p = progressOf([fixB, a, b]);
    expect(p.slots.map((s) => [s.original.id, s.current.id])).toEqual([
      [a.id, a.id],
      [b.id, fixB.id],
    ]);
    expect(p).toMatchObject({ percentComplete: 45, disbursedYuan: 450, lastAsOf: '2027-03-20', completedAt: null });
    expect(p.lastReportedAt).toEqual(b.submittedAt);
    expect(p.correctedBy.get(b.id)).toBe(fixB.id);
    expect(p.reached.get('m1')).toBe('2027-02-20');
  });

  it('a correction of a correction stays in the first slot; completion dates from the original report', () => {
    n = 0;
    const a = report({ percentComplete: 100 });
    const fix1 = report({ percentComplete: 90, correctsId: a.id });
    const fix2 = report({ percentComplete: 100, correctsId: fix1.id });
    const p = progressOf([a, fix1, fix2]);
    expect(p.slots).toHaveLength(1);
    expect(p.percentComplete).toBe(100);
    expect(p.completedAt).toEqual(a.submittedAt);
    expect(progressOf([a, fix1]).completedAt).toBeNull();
  });

  it('no reports: nothing done, nothing disbursed', () => {
    expect(progressOf([])).toMatchObject({ percentComplete: 0, disbursedYuan: 0, lastReportedAt: null, completedAt: null });
  });
});

describe('report rules', () => {
  n = 0;
  const first = report({ percentComplete: 40, disbursedYuan: 4_000_000, asOf: '2027-03-31', milestonesReached: ['m1'] });
  const ctx = {
    today: '2027-04-20',
    startedOn: '2027-01-15',
    budgetYuan: 10_000_000,
    progress: progressOf([first]),
    milestones: [
      { id: 'm1', name: '开工' },
      { id: 'm2', name: '主体完工' },
    ],
    scopeChangedSinceLastReport: false,
  };
  const ok = { asOf: '2027-04-20', percentComplete: 60, disbursedYuan: 6_000_000, milestonesReached: ['m2'], correctsId: null };

  it('accepts a sound report', () => expect(reportProblems(ok, ctx)).toEqual([]));

  it('checks percent, money and dates', () => {
    expect(codes(reportProblems({ ...ok, percentComplete: 101 }, ctx))).toEqual(['percent_range']);
    expect(codes(reportProblems({ ...ok, percentComplete: 50.5 }, ctx))).toContain('percent_range');
    expect(codes(reportProblems({ ...ok, disbursedYuan: 1.5 }, ctx))).toEqual(['disbursed_amount']);
    expect(codes(reportProblems({ ...ok, disbursedYuan: -1 }, ctx))).toEqual(['disbursed_amount']);
    const over = reportProblems({ ...ok, disbursedYuan: 10_000_001 }, ctx);
    expect(codes(over)).toEqual(['disbursed_over_budget']);
    expect(over[0]!.zh).toContain('1,000.0001 万元');
    expect(codes(reportProblems({ ...ok, asOf: '2027-04-21' }, ctx))).toEqual(['as_of_future']);
    expect(codes(reportProblems({ ...ok, asOf: '2027-01-14' }, ctx))).toEqual(['as_of_before_start', 'as_of_before_last']);
    expect(codes(reportProblems({ ...ok, asOf: '2027-03-30' }, ctx))).toEqual(['as_of_before_last']);
    expect(codes(reportProblems({ ...ok, asOf: '2027-02-30' }, ctx))).toEqual(['bad_date']);
  });

  it('figures to date never go down, unless a scope change intervened (or by correction)', () => {
    expect(codes(reportProblems({ ...ok, percentComplete: 30 }, ctx))).toEqual(['percent_decreased']);
    expect(reportProblems({ ...ok, percentComplete: 30 }, { ...ctx, scopeChangedSinceLastReport: true })).toEqual([]);
    expect(codes(reportProblems({ ...ok, disbursedYuan: 3_999_999 }, ctx))).toEqual(['disbursed_decreased']);
    expect(
      reportProblems(
        { ...ok, asOf: '2027-03-31', percentComplete: 30, disbursedYuan: 3_000_000, milestonesReached: ['m1'], correctsId: first.id },
        ctx,
      ),
    ).toEqual([]);
  });

  it('checks milestones: known, not twice, all reached at 100%', () => {
    expect(codes(reportProblems({ ...ok, milestonesReached: ['mX'] }, ctx))).toEqual(['milestone_unknown']);
    expect(codes(reportProblems({ ...ok, milestonesReached: ['m1'] }, ctx))).toEqual(['milestone_already_reached']);
    expect(codes(reportProblems({ ...ok, milestonesReached: ['m2', 'm2'] }, ctx))).toEqual(['milestone_duplicate']);
    const open = reportProblems({ ...ok, percentComplete: 100, milestonesReached: [] }, ctx);
    expect(codes(open)).toEqual(['milestones_open']);
    expect(open[0]!.zh).toContain('主体完工');
    expect(reportProblems({ ...ok, percentComplete: 100 }, ctx)).toEqual([]);
  });

  it('corrects only the latest version of a report of this project', () => {
    n = 0;
    const a = report({});
    const fix = report({ correctsId: a.id });
    const p = progressOf([a, fix]);
    const ids = new Set([a.id, fix.id]);
    expect(correctionProblem(fix.id, p, ids)).toBeNull();
    expect(correctionProblem(a.id, p, ids)?.code).toBe('already_corrected');
    expect(correctionProblem('elsewhere', p, ids)?.code).toBe('correction_unknown');
  });
});

describe('changes and decisions', () => {
  const terms: ProjectTerms = {
    content: '新建教学楼一栋',
    location: '城关镇',
    targets: [{ indicator: '新增学位', value: '1080', unit: '个' }],
    budgetYuan: 10_000_000,
    funding: [{ source: 'local_fiscal', amountYuan: 10_000_000, note: null }],
    deadline: '2027-12-31',
  };
  const ctx = { state: 'active' as const, completed: false, disbursedYuan: 6_000_000, today: '2027-08-01', cycleYear: 2027 };

  it('an adjustment changes something, and only what differs is recorded', () => {
    expect(codes(changeProblems('adjust', {}, terms, ctx))).toEqual(['adjust_empty']);
    expect(codes(changeProblems('adjust', { deadline: '2027-12-31' }, terms, ctx))).toEqual(['adjust_empty']);
    expect(changedFields(terms, { deadline: '2028-06-30', location: '城关镇' })).toEqual({ deadline: { from: '2027-12-31', to: '2028-06-30' } });
  });

  it('compares values whatever their key order (jsonb gives them back reordered)', () => {
    const stored = { ...terms, funding: [{ note: null, amountYuan: 10_000_000, source: 'local_fiscal' as const }] };
    expect(changedFields(stored, { funding: terms.funding, targets: [{ unit: '个', value: '1080', indicator: '新增学位' }] })).toEqual({});
  });

  it('a budget needs funding that adds up, and cannot drop below what is disbursed', () => {
    expect(codes(changeProblems('adjust', { budgetYuan: 12_000_000 }, terms, ctx))).toEqual(['funding_sum']);
    expect(
      changeProblems(
        'adjust',
        {
          budgetYuan: 12_000_000,
          funding: [
            { source: 'local_fiscal', amountYuan: 10_000_000, note: null },
            { source: 'higher_subsidy', amountYuan: 2_000_000, note: null },
          ],
        },
        terms,
        ctx,
      ),
    ).toEqual([]);
    expect(
      codes(
        changeProblems('adjust', { budgetYuan: 5_000_000, funding: [{ source: 'local_fiscal', amountYuan: 5_000_000, note: null }] }, terms, ctx),
      ),
    ).toEqual(['budget_below_disbursed']);
    expect(codes(changeProblems('adjust', { budgetYuan: 0 }, terms, ctx))).toEqual(['budget_positive']);
  });

  it('a new deadline is a real day, not past, not before the year', () => {
    expect(codes(changeProblems('adjust', { deadline: '2027-07-31' }, terms, ctx))).toEqual(['deadline_past']);
    expect(codes(changeProblems('adjust', { deadline: '2027-02-30' }, terms, ctx))).toEqual(['bad_date']);
    expect(codes(changeProblems('adjust', { targets: [] }, terms, ctx))).toEqual(['targets_missing']);
  });

  it('suspend, resume and terminate follow the lifecycle; nothing changes a finished project', () => {
    expect(changeProblems('suspend', {}, terms, ctx)).toEqual([]);
    expect(codes(changeProblems('resume', {}, terms, ctx))).toEqual(['not_suspended']);
    expect(codes(changeProblems('suspend', {}, terms, { ...ctx, state: 'suspended' }))).toEqual(['not_active']);
    expect(changeProblems('resume', {}, terms, { ...ctx, state: 'suspended' })).toEqual([]);
    expect(changeProblems('terminate', {}, terms, { ...ctx, state: 'suspended' })).toEqual([]);
    expect(codes(changeProblems('adjust', { deadline: '2028-06-30' }, terms, { ...ctx, state: 'terminated' }))).toEqual(['project_terminated']);
    expect(codes(changeProblems('terminate', {}, terms, { ...ctx, completed: true }))).toEqual(['project_completed']);
  });

  it('applies exactly the approved change', () => {
    expect(applyDecision('adjust', { deadline: '2028-06-30', content: terms.content }, terms, 'active')).toEqual({
      set: { deadline: '2028-06-30' },
      changed: { deadline: { from: '2027-12-31', to: '2028-06-30' } },
    });
    expect(applyDecision('suspend', {}, terms, 'active')).toEqual({
      set: { state: 'suspended' },
      changed: { state: { from: 'active', to: 'suspended' } },
    });
    expect(applyDecision('resume', {}, terms, 'suspended').set).toEqual({ state: 'active' });
    expect(applyDecision('terminate', {}, terms, 'active').set).toEqual({ state: 'terminated' });
    expect(scopeChanged({ deadline: { from: 'a', to: 'b' } })).toBe(false);
    expect(scopeChanged({ budgetYuan: { from: 1, to: 2 } })).toBe(true);
  });

  it('dates a decision between the request and today', () => {
    expect(decisionDateProblems('2027-08-01', '2027-07-20', '2027-08-01')).toEqual([]);
    expect(codes(decisionDateProblems('2027-08-02', '2027-07-20', '2027-08-01'))).toEqual(['decided_future']);
    expect(codes(decisionDateProblems('2027-07-19', '2027-07-20', '2027-08-01'))).toEqual(['decided_before_request']);
  });
});

describe('implementation plan', () => {
  const ctx = {
    startedOn: '2027-01-15',
    deadline: '2027-12-31',
    current: [{ id: 'a', name: '开工', dueOn: '2027-03-31' }],
    reported: new Set(['a']),
  };

  it('keeps milestones within the project time, named once', () => {
    expect(
      planProblems(
        [
          { id: 'a', name: '开工', dueOn: '2027-03-31' },
          { name: '竣工', dueOn: '2027-12-31' },
        ],
        ctx,
      ),
    ).toEqual([]);
    expect(
      codes(
        planProblems(
          [
            { id: 'a', name: '开工', dueOn: '2027-03-31' },
            { name: '竣工', dueOn: '2028-01-01' },
          ],
          ctx,
        ),
      ),
    ).toEqual(['milestone_after_deadline']);
    expect(
      codes(
        planProblems(
          [
            { id: 'a', name: '开工', dueOn: '2027-03-31' },
            { name: '开工', dueOn: '2027-05-01' },
          ],
          ctx,
        ),
      ),
    ).toEqual(['milestone_name_duplicate']);
    expect(
      codes(
        planProblems(
          [
            { id: 'a', name: '开工', dueOn: '2027-03-31' },
            { id: 'zz', name: '竣工', dueOn: '2027-05-01' },
          ],
          ctx,
        ),
      ),
    ).toEqual(['milestone_unknown']);
  });

  it('a milestone a report named stays as it was', () => {
    expect(codes(planProblems([], ctx))).toEqual(['milestone_reported_removed']);
    expect(codes(planProblems([{ id: 'a', name: '开工仪式', dueOn: '2027-03-31' }], ctx))).toEqual(['milestone_reported_changed']);
    expect(planProblems([], { ...ctx, reported: new Set() })).toEqual([]);
  });

  it('orders milestones by due date, stable among equals', () => {
    expect(
      orderedPlan([
        { n: 1, dueOn: '2027-05-01' },
        { n: 2, dueOn: '2027-03-01' },
        { n: 3, dueOn: '2027-05-01' },
      ]).map((m) => m.n),
    ).toEqual([2, 1, 3]);
  });
});

describe('supervision groups', () => {
  const ctx = { categories: ['教育', '交通'], projectIds: new Set(['p1', 'p2']) };
  const g = { leaderDeputyId: 'd1', memberDeputyIds: ['d2', 'd1', 'd2', 'd3'], projectIds: ['p1'], category: null };

  it('watches named projects or one category, never both or neither', () => {
    expect(groupProblems(g, ctx)).toEqual([]);
    expect(groupProblems({ ...g, projectIds: [], category: '交通' }, ctx)).toEqual([]);
    expect(codes(groupProblems({ ...g, projectIds: [], category: null }, ctx))).toEqual(['group_scope']);
    expect(codes(groupProblems({ ...g, category: '交通' }, ctx))).toEqual(['group_scope']);
    expect(codes(groupProblems({ ...g, projectIds: [], category: '水利' }, ctx))).toEqual(['category_unknown']);
    expect(codes(groupProblems({ ...g, projectIds: ['p9'] }, ctx))).toEqual(['project_unknown']);
    expect(codes(groupProblems({ ...g, projectIds: ['p1', 'p1'] }, ctx))).toEqual(['project_duplicate']);
  });

  it('has one leader; members once each, without the leader', () => {
    expect(membersOf(g)).toEqual(['d2', 'd3']);
  });

  it('covers the projects it names, or those of its category', () => {
    expect(groupCovers({ projectIds: ['p1'], category: null }, { id: 'p1', category: '教育' })).toBe(true);
    expect(groupCovers({ projectIds: ['p1'], category: null }, { id: 'p2', category: '教育' })).toBe(false);
    expect(groupCovers({ projectIds: [], category: '教育' }, { id: 'p2', category: '教育' })).toBe(true);
  });

  it('records what has happened, since implementation began', () => {
    expect(occurredOnProblems('2027-05-01', '2027-05-01', '2027-01-15')).toEqual([]);
    expect(codes(occurredOnProblems('2027-05-02', '2027-05-01', '2027-01-15'))).toEqual(['occurred_future']);
    expect(codes(occurredOnProblems('2027-01-14', '2027-05-01', '2027-01-15'))).toEqual(['occurred_before_start']);
  });
});

describe('department record', () => {
  const p = (over: Partial<Parameters<typeof departmentRecord>[0][number]>) => ({
    status: 'in_progress' as const,
    deadline: '2027-12-31',
    completedOn: null,
    grade: null,
    reporting: { required: 10, onTime: 8 },
    ...over,
  });

  it('rolls up completion on time, reporting and satisfaction', () => {
    const r = departmentRecord([
      p({ status: 'completed', completedOn: '2027-11-30', grade: 'satisfied' }),
      p({ status: 'completed', completedOn: '2028-01-05', grade: 'unsatisfied' }),
      p({ status: 'delayed', grade: 'basically_satisfied' }),
      p({ status: 'suspended' }),
    ]);
    expect(r.projects).toBe(4);
    expect(r.byStatus).toMatchObject({ completed: 2, delayed: 1, suspended: 1, in_progress: 0 });
    expect(r.completion).toEqual({ due: 3, completed: 2, onTime: 1, onTimeRate: { permille: 333, text: '33.3%' } });
    expect(r.reporting).toEqual({ required: 40, onTime: 32, onTimeRate: { permille: 800, text: '80.0%' } });
    expect(r.evaluation).toMatchObject({ evaluated: 3, satisfied: 1, basically_satisfied: 1, unsatisfied: 1, satisfiedShare: { text: '66.7%' } });
  });

  it('says "—" where there is nothing to count', () => {
    const r = departmentRecord([]);
    expect(r.completion.onTimeRate.text).toBe('—');
    expect(r.evaluation.satisfiedShare.permille).toBeNull();
  });

  it('departmentRecords: one record per department over exactly the projects given, in order of first appearance', () => {
    const of = (departmentId: string, over: Parameters<typeof p>[0]) => ({ ...p(over), departmentId, departmentName: `单位${departmentId}` });
    const rows = [
      of('b', { reporting: { required: 4, onTime: 1 } }),
      of('a', { reporting: { required: 6, onTime: 6 } }),
      of('b', { reporting: { required: 2, onTime: 2 } }),
    ];
    const r = departmentRecords(rows);
    expect(r.map((d) => [d.id, d.name, d.record.projects])).toEqual([
      ['b', '单位b', 2],
      ['a', '单位a', 1],
    ]);
    // The same roll-up as departmentRecord on that department's projects, and nothing else.
    expect(r[0]!.record).toEqual(departmentRecord([rows[0]!, rows[2]!]));
    expect(r[0]!.record.reporting.onTimeRate.text).toBe('50.0%');
    expect(departmentRecords([])).toEqual([]);
  });

  it('gives a rectification three months', () => {
    expect(rectificationDueOn('2028-01-20')).toBe('2028-04-20');
    expect(rectificationDueOn('2027-11-30')).toBe('2028-02-29');
  });
});
