import { describe, expect, it } from 'vitest';
import { chinaDate } from '../../server/core/domain/china-date';
import {
  addDays,
  addMonths,
  cadenceOn,
  daysBetween,
  firstPeriodFrom,
  initialSchedule,
  nextPeriodStart,
  periodContaining,
  periodsOf,
  withCadence,
} from '../../server/phase3-implementation/domain/reporting-periods';

describe('reporting periods (calendar months and quarters, China time)', () => {
  it('finds the month around a date, with its last day in leap and common years', () => {
    expect(periodContaining('2027-02-10', 'monthly')).toMatchObject({
      key: '2027-02',
      start: '2027-02-01',
      end: '2027-02-28',
      label: { zh: '2027年2月' },
    });
    expect(periodContaining('2028-02-29', 'monthly')).toMatchObject({ start: '2028-02-01', end: '2028-02-29' });
    expect(periodContaining('2100-02-01', 'monthly').end).toBe('2100-02-28'); // not a leap year
    expect(periodContaining('2000-02-01', 'monthly').end).toBe('2000-02-29'); // a leap year
    expect(periodContaining('2027-12-31', 'monthly')).toMatchObject({ start: '2027-12-01', end: '2027-12-31' });
  });

  it('finds the quarter around a date', () => {
    expect(periodContaining('2027-01-01', 'quarterly')).toMatchObject({
      key: '2027-Q1',
      start: '2027-01-01',
      end: '2027-03-31',
      label: { zh: '2027年第1季度' },
    });
    expect(periodContaining('2027-05-15', 'quarterly')).toMatchObject({ key: '2027-Q2', start: '2027-04-01', end: '2027-06-30' });
    expect(periodContaining('2027-09-30', 'quarterly')).toMatchObject({ key: '2027-Q3', end: '2027-09-30' });
    expect(periodContaining('2027-10-01', 'quarterly')).toMatchObject({ key: '2027-Q4', start: '2027-10-01', end: '2027-12-31' });
  });

  it('steps across month, quarter and year ends', () => {
    expect(nextPeriodStart('2027-01-31', 'monthly')).toBe('2027-02-01');
    expect(nextPeriodStart('2027-12-15', 'monthly')).toBe('2028-01-01');
    expect(nextPeriodStart('2027-11-02', 'quarterly')).toBe('2028-01-01');
    expect(firstPeriodFrom('2027-01-15', 'monthly').key).toBe('2027-02');
    expect(firstPeriodFrom('2027-02-01', 'monthly').key).toBe('2027-02');
    expect(firstPeriodFrom('2027-01-15', 'quarterly').key).toBe('2027-Q2');
  });

  it('does date arithmetic on the calendar', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2027-10-15', 3)).toBe('2028-01-15');
  });

  it('judges the day in China, not in UTC', () => {
    // 23:59 on 28 Feb in Beijing is 15:59 UTC; one minute later it is 1 March there.
    expect(chinaDate(new Date('2027-02-28T15:59:00.000Z'))).toBe('2027-02-28');
    expect(chinaDate(new Date('2027-02-28T16:00:00.000Z'))).toBe('2027-03-01');
    expect(periodContaining(chinaDate(new Date('2027-03-31T16:00:00.000Z')), 'quarterly').key).toBe('2027-Q2');
  });

  it('lists the periods that have begun: those starting on or after the project start', () => {
    const s = initialSchedule('2027-01-15');
    expect(periodsOf(s, '2027-01-31')).toEqual([]);
    expect(periodsOf(s, '2027-02-01').map((p) => p.key)).toEqual(['2027-02']);
    expect(periodsOf(s, '2027-04-30').map((p) => p.key)).toEqual(['2027-02', '2027-03', '2027-04']);
    expect(periodsOf(initialSchedule('2027-01-01'), '2027-01-01').map((p) => p.key)).toEqual(['2027-01']);
    expect(periodsOf(initialSchedule('2027-01-15', 'quarterly'), '2027-12-31').map((p) => p.key)).toEqual(['2027-Q2', '2027-Q3', '2027-Q4']);
  });

  describe('changing the cadence', () => {
    const start = initialSchedule('2027-01-15');

    it('replaces the cadence while no period has begun', () => {
      expect(withCadence(start, 'quarterly', '2027-01-20')).toEqual([{ cadence: 'quarterly', from: '2027-01-15' }]);
    });

    it('monthly → quarterly: months run until the next quarter begins', () => {
      const s = withCadence(start, 'quarterly', '2027-05-10');
      expect(s).toEqual([
        { cadence: 'monthly', from: '2027-01-15' },
        { cadence: 'quarterly', from: '2027-07-01' },
      ]);
      expect(periodsOf(s, '2027-12-31').map((p) => p.key)).toEqual(['2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-Q3', '2027-Q4']);
      expect(cadenceOn(s, '2027-06-30')).toBe('monthly');
      expect(cadenceOn(s, '2027-07-01')).toBe('quarterly');
    });

    it('quarterly → monthly: the quarter under way runs to its end', () => {
      const q = [{ cadence: 'quarterly' as const, from: '2027-01-15' }];
      const s = withCadence(q, 'monthly', '2027-05-10');
      expect(s).toEqual([...q, { cadence: 'monthly', from: '2027-07-01' }]);
      expect(periodsOf(s, '2027-08-31').map((p) => p.key)).toEqual(['2027-Q2', '2027-07', '2027-08']);
    });

    it('on the first day of a quarter the change waits for the next one (the month under way has begun)', () => {
      expect(withCadence(start, 'quarterly', '2027-07-01').at(-1)).toEqual({ cadence: 'quarterly', from: '2027-10-01' });
    });

    it('changing back before a pending change takes effect cancels it; the same cadence changes nothing', () => {
      const pending = withCadence(start, 'quarterly', '2027-05-10');
      expect(withCadence(pending, 'monthly', '2027-05-20')).toEqual(start);
      expect(withCadence(start, 'monthly', '2027-05-20')).toEqual(start);
    });
  });
});
