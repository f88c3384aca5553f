import { describe, expect, it } from 'vitest';
import {
  chinaDate,
  isIsoDate,
  newSubmissionProblem,
  outsideWindowProblem,
  windowBounds,
  windowDays,
  windowProblems,
  windowState,
} from '../../server/cycle/domain/solicitation-window';

describe('solicitation window (China time, both days included)', () => {
  const w = { opensOn: '2026-08-01', closesOn: '2026-08-30' };

  it('counts days inclusively', () => {
    expect(windowDays(w)).toBe(30);
    expect(windowDays({ opensOn: '2026-02-01', closesOn: '2026-03-02' })).toBe(30);
    expect(windowDays({ opensOn: '2028-02-01', closesOn: '2028-03-01' })).toBe(30); // leap year
    expect(windowDays({ opensOn: '2026-08-01', closesOn: '2026-08-01' })).toBe(1);
  });

  it('opens at midnight Beijing time of the first day and closes at midnight after the last', () => {
    const b = windowBounds(w);
    expect(b.opensAt.toISOString()).toBe('2026-07-31T16:00:00.000Z');
    expect(b.closesAt.toISOString()).toBe('2026-08-30T16:00:00.000Z');
    expect(windowState(new Date('2026-07-31T15:59:59.999Z'), w)).toBe('before');
    expect(windowState(new Date('2026-07-31T16:00:00.000Z'), w)).toBe('open');
    expect(windowState(new Date('2026-08-30T15:59:59.999Z'), w)).toBe('open');
    expect(windowState(new Date('2026-08-30T16:00:00.000Z'), w)).toBe('after');
  });

  it('tells the date in China', () => {
    expect(chinaDate(new Date('2026-08-30T15:59:59.999Z'))).toBe('2026-08-30');
    expect(chinaDate(new Date('2026-08-30T16:00:00.000Z'))).toBe('2026-08-31');
  });

  it('recognises real dates only', () => {
    for (const good of ['2026-01-01', '2028-02-29', '2026-12-31']) expect(isIsoDate(good)).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-1', '20260101', '', null, 20260101, '2026-01-01T00:00'])
      expect(isIsoDate(bad)).toBe(false);
  });

  it('needs at least 30 days unless a reason is given', () => {
    expect(windowProblems(w)).toEqual([]);
    const short = { opensOn: '2026-08-01', closesOn: '2026-08-29' };
    expect(windowProblems(short).map((p) => p.code)).toEqual(['window_too_short']);
    expect(windowProblems(short)[0]!.zh).toContain('29 天');
    expect(windowProblems({ ...short, overrideReason: '   ' }).map((p) => p.code)).toEqual(['window_too_short']);
    expect(windowProblems({ ...short, overrideReason: '上级要求提前召开人代会' })).toEqual([]);
  });

  it('refuses bad or reversed dates, reason or not', () => {
    expect(windowProblems({ opensOn: '2026-08-31', closesOn: '2026-08-01', overrideReason: 'x' }).map((p) => p.code)).toEqual(['window_reversed']);
    expect(windowProblems({ opensOn: '2026-02-30', closesOn: 'soon' }).map((p) => p.field)).toEqual(['opensOn', 'closesOn']);
  });

  it('says why a submission is outside the window, with the dates', () => {
    expect(outsideWindowProblem(new Date('2026-08-10T00:00:00Z'), w)).toBeNull();
    const early = outsideWindowProblem(new Date('2026-07-01T00:00:00Z'), w)!;
    expect(early.code).toBe('window_not_open');
    const late = outsideWindowProblem(new Date('2026-09-01T00:00:00Z'), w)!;
    expect(late.code).toBe('window_closed');
    expect(late.zh).toContain('2026-08-01 至 2026-08-30');
    expect(late.en).toContain('2026-08-30');
  });

  it('takes new submissions only in the open window of a soliciting cycle', () => {
    const open = new Date('2026-08-10T00:00:00Z');
    expect(newSubmissionProblem(open, { ...w, phase: 'solicitation' })).toBeNull();
    expect(newSubmissionProblem(open, { ...w, phase: 'screening' })!.code).toBe('not_soliciting');
    expect(newSubmissionProblem(new Date('2026-09-01T00:00:00Z'), { ...w, phase: 'screening' })!.code).toBe('window_closed');
    expect(newSubmissionProblem(new Date('2026-07-01T00:00:00Z'), { ...w, phase: 'solicitation' })!.code).toBe('window_not_open');
  });
});
