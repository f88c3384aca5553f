import { describe, expect, it } from 'vitest';
import {
  expectsReports,
  isDelayed,
  projectStatus,
  reportingRecord,
  stateOn,
  type ReportingFacts,
} from '../../server/phase3-implementation/domain/project-status';
import { initialSchedule, withCadence } from '../../server/phase3-implementation/domain/reporting-periods';

const monthly = initialSchedule('2027-01-15');
const facts = (over: Partial<ReportingFacts> = {}): ReportingFacts => ({
  schedule: monthly,
  reportedOn: [],
  lifecycle: [],
  completedOn: null,
  ...over,
});
const statuses = (r: ReturnType<typeof reportingRecord>) => Object.fromEntries(r.periods.map((p) => [p.key, p.status]));

describe('reporting record and the overdue flag', () => {
  it('is not overdue before the first period ends, and says when the first report is due', () => {
    const r = reportingRecord(facts(), '2027-01-20');
    expect(r.periods).toEqual([]);
    expect(r.overdue).toBeNull();
    expect(r.nextDue).toMatchObject({ key: '2027-02', end: '2027-02-28' });
    expect(reportingRecord(facts(), '2027-02-28').overdue).toBeNull();
    expect(statuses(reportingRecord(facts(), '2027-02-28'))).toEqual({ '2027-02': 'open' });
  });

  it('flags a period without a report the day after it ends, counting days', () => {
    const r = reportingRecord(facts(), '2027-03-01');
    expect(r.overdue).toEqual({
      period: { key: '2027-02', label: { zh: '2027年2月', en: '2027-02' }, start: '2027-02-01', end: '2027-02-28' },
      days: 1,
    });
    expect(reportingRecord(facts(), '2027-04-15').overdue).toMatchObject({ period: { key: '2027-02' }, days: 46 });
    expect(statuses(reportingRecord(facts(), '2027-04-15'))).toEqual({ '2027-02': 'missing', '2027-03': 'missing', '2027-04': 'open' });
  });

  it('a report within the period is on time, including on its last day', () => {
    const r = reportingRecord(facts({ reportedOn: ['2027-02-28'] }), '2027-03-01');
    expect(r.overdue).toBeNull();
    expect(statuses(r)).toEqual({ '2027-02': 'on_time', '2027-03': 'open' });
    expect(r).toMatchObject({ required: 1, onTime: 1, late: 0, missing: 0 });
  });

  it('a report after the period clears the flag; the period stays late', () => {
    const r = reportingRecord(facts({ reportedOn: ['2027-03-02'] }), '2027-03-05');
    expect(r.overdue).toBeNull();
    expect(statuses(r)).toEqual({ '2027-02': 'late', '2027-03': 'on_time' });
    expect(r.nextDue).toMatchObject({ key: '2027-04', end: '2027-04-30' });
    expect(r).toMatchObject({ required: 1, onTime: 0, late: 1 });
  });

  it('a leap-year February ends on the 29th', () => {
    const s = initialSchedule('2028-01-10');
    expect(reportingRecord(facts({ schedule: s }), '2028-02-29').overdue).toBeNull();
    expect(reportingRecord(facts({ schedule: s }), '2028-03-01').overdue).toMatchObject({ period: { key: '2028-02', end: '2028-02-29' }, days: 1 });
  });

  it('quarterly: overdue only after the quarter ends', () => {
    const q = initialSchedule('2027-01-15', 'quarterly');
    expect(reportingRecord(facts({ schedule: q }), '2027-06-30').overdue).toBeNull();
    expect(reportingRecord(facts({ schedule: q }), '2027-07-01').overdue).toMatchObject({ period: { key: '2027-Q2' }, days: 1 });
    expect(reportingRecord(facts({ schedule: q, reportedOn: ['2027-04-01'] }), '2027-07-01').overdue).toBeNull();
  });

  it('after a cadence change the new periods count from the change on', () => {
    const s = withCadence(monthly, 'quarterly', '2027-05-10');
    const r = reportingRecord(
      facts({ schedule: s, reportedOn: ['2027-02-20', '2027-03-20', '2027-04-20', '2027-05-20', '2027-06-20'] }),
      '2027-09-30',
    );
    expect(r.overdue).toBeNull();
    expect(statuses(r)['2027-Q3']).toBe('open');
    expect(
      reportingRecord(facts({ schedule: s, reportedOn: ['2027-02-20', '2027-03-20', '2027-04-20', '2027-05-20', '2027-06-20'] }), '2027-10-01')
        .overdue,
    ).toMatchObject({ period: { key: '2027-Q3' } });
  });

  it('needs no report while suspended, again once resumed; never after termination', () => {
    const lifecycle = [
      { on: '2027-03-10', state: 'suspended' as const },
      { on: '2027-06-15', state: 'active' as const },
    ];
    const r = reportingRecord(facts({ reportedOn: ['2027-02-10'], lifecycle }), '2027-07-01');
    expect(statuses(r)).toEqual({
      '2027-02': 'on_time',
      '2027-03': 'not_required',
      '2027-04': 'not_required',
      '2027-05': 'not_required',
      '2027-06': 'missing',
      '2027-07': 'open',
    });
    expect(r.overdue).toMatchObject({ period: { key: '2027-06' } });
    // Suspended now: the missing report is on the record but the project is not flagged.
    const suspendedAgain = [...lifecycle, { on: '2027-07-01', state: 'suspended' as const }];
    expect(reportingRecord(facts({ reportedOn: ['2027-02-10'], lifecycle: suspendedAgain }), '2027-07-05').overdue).toBeNull();
    const ended = reportingRecord(facts({ reportedOn: ['2027-02-10'], lifecycle: [{ on: '2027-03-31', state: 'terminated' }] }), '2027-08-01');
    expect(ended.overdue).toBeNull();
    expect(ended.nextDue).toBeNull();
    expect(Object.values(statuses(ended)).filter((x) => x !== 'on_time')).toEqual([
      'not_required',
      'not_required',
      'not_required',
      'not_required',
      'not_required',
      'not_required',
    ]);
  });

  it('needs no more reports once complete', () => {
    const r = reportingRecord(facts({ reportedOn: ['2027-02-10', '2027-03-10'], completedOn: '2027-03-10' }), '2027-06-01');
    expect(r.overdue).toBeNull();
    expect(r.nextDue).toBeNull();
    expect(statuses(r)).toEqual({
      '2027-02': 'on_time',
      '2027-03': 'on_time',
      '2027-04': 'not_required',
      '2027-05': 'not_required',
      '2027-06': 'not_required',
    });
  });

  it('asks nothing once the cycle is closed: no overdue, no report due, no period after the closing day', () => {
    // Open cycle, two months unreported: overdue and a report due.
    const open = reportingRecord(facts({ reportedOn: ['2027-02-10'] }), '2027-05-10');
    expect(open.overdue).toMatchObject({ period: { key: '2027-03' } });
    expect(open.nextDue).toMatchObject({ key: '2027-05' });
    // Closed on 2027-04-15; read long after (the newcomer's "已逾期 671 天" on a 已结束 year).
    const closed = reportingRecord(facts({ reportedOn: ['2027-02-10'], cycleClosedOn: '2027-04-15' }), '2029-02-14');
    expect(closed.overdue).toBeNull();
    expect(closed.nextDue).toBeNull();
    // The record stops at the close: March stays missing (history), April was running and needed nothing.
    expect(statuses(closed)).toEqual({ '2027-02': 'on_time', '2027-03': 'missing', '2027-04': 'not_required' });
    expect(closed).toMatchObject({ required: 2, onTime: 1, missing: 1 });
    // Closing later than today (not yet in force) changes nothing.
    expect(reportingRecord(facts({ reportedOn: ['2027-02-10'], cycleClosedOn: '2027-06-01' }), '2027-05-10')).toEqual(open);
  });

  it('expectsReports: only an active, unfinished project of an open cycle owes reports', () => {
    const f = { lifecycle: [], completedOn: null, cycleClosedOn: null };
    expect(expectsReports(f, '2027-05-01')).toBe(true);
    expect(expectsReports({ ...f, cycleClosedOn: '2027-05-01' }, '2027-05-01')).toBe(false);
    expect(expectsReports({ ...f, cycleClosedOn: '2027-05-02' }, '2027-05-01')).toBe(true);
    expect(expectsReports({ ...f, completedOn: '2027-04-01' }, '2027-05-01')).toBe(false);
    expect(expectsReports({ ...f, lifecycle: [{ on: '2027-03-01', state: 'suspended' as const }] }, '2027-05-01')).toBe(false);
    expect(expectsReports({ ...f, lifecycle: [{ on: '2027-03-01', state: 'terminated' as const }] }, '2027-05-01')).toBe(false);
  });

  it('takes lifecycle events in date order, effective on their day', () => {
    const ev = [
      { on: '2027-06-15', state: 'active' as const },
      { on: '2027-03-10', state: 'suspended' as const },
    ];
    expect(stateOn(ev, '2027-03-09')).toBe('active');
    expect(stateOn(ev, '2027-03-10')).toBe('suspended');
    expect(stateOn(ev, '2027-06-15')).toBe('active');
  });
});

describe('status and the delayed flag', () => {
  const base = { state: 'active' as const, percentComplete: 0, hasReports: false, completed: false, deadline: '2027-12-31' };

  it('is delayed only after the deadline day (China date), while active and not complete', () => {
    expect(isDelayed(base, '2027-12-31')).toBe(false);
    expect(isDelayed(base, '2028-01-01')).toBe(true);
    expect(isDelayed({ ...base, completed: true }, '2028-01-01')).toBe(false);
    expect(isDelayed({ ...base, state: 'suspended' }, '2028-01-01')).toBe(false);
  });

  it('derives one status', () => {
    expect(projectStatus(base, '2027-03-01')).toBe('not_started');
    expect(projectStatus({ ...base, hasReports: true }, '2027-03-01')).toBe('not_started');
    expect(projectStatus({ ...base, hasReports: true, percentComplete: 10 }, '2027-03-01')).toBe('in_progress');
    expect(projectStatus({ ...base, hasReports: true, percentComplete: 90 }, '2028-01-01')).toBe('delayed');
    expect(projectStatus({ ...base, hasReports: true, percentComplete: 100, completed: true }, '2028-01-01')).toBe('completed');
    expect(projectStatus({ ...base, state: 'suspended', percentComplete: 40 }, '2028-01-01')).toBe('suspended');
    expect(projectStatus({ ...base, state: 'terminated' }, '2027-05-01')).toBe('terminated');
  });
});
