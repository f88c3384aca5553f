// The solicitation window (征集期): calendar dates in China time (UTC+8, no daylight saving),
// both days included — a window "2026-08-01 to 2026-08-30" is 30 days and closes at midnight
// after the 30th, Beijing time, wherever the server runs.
import { chinaDate, dayNumber, DAY_MS, isIsoDate, MAX_DATE, MIN_DATE, startOfChinaDay, yearOf } from '../../core/domain/china-date';
import { problem, type Problem } from '../../core/domain/problems';

/** The date helpers, from server/core/domain/china-date.ts. */
export { chinaDate, isIsoDate, MAX_DATE, MIN_DATE, startOfChinaDay, yearOf };

export const MIN_WINDOW_DAYS = 30;

export interface SolicitationWindow {
  opensOn: string;
  closesOn: string;
}

/** Days from `opensOn` to `closesOn`, both included. */
export function windowDays(w: SolicitationWindow): number {
  return dayNumber(w.closesOn) - dayNumber(w.opensOn) + 1;
}

/** [opensAt, closesAt): from the start of the first day to the end of the last, China time. */
export function windowBounds(w: SolicitationWindow): { opensAt: Date; closesAt: Date } {
  return { opensAt: startOfChinaDay(w.opensOn), closesAt: new Date(startOfChinaDay(w.closesOn).getTime() + DAY_MS) };
}

export function windowState(now: Date, w: SolicitationWindow): 'before' | 'open' | 'after' {
  const { opensAt, closesAt } = windowBounds(w);
  if (now.getTime() < opensAt.getTime()) return 'before';
  return now.getTime() < closesAt.getTime() ? 'open' : 'after';
}

/**
 * Problems of a window setting: real dates, closing not before opening, and at least
 * MIN_WINDOW_DAYS days unless the secretariat gives a reason for a shorter one.
 */
export function windowProblems(w: SolicitationWindow & { overrideReason?: string | null }): Problem[] {
  const out: Problem[] = [];
  if (!isIsoDate(w.opensOn)) out.push(problem('bad_date', '征集开始日期无效', 'The opening date is not a real date', 'opensOn'));
  if (!isIsoDate(w.closesOn)) out.push(problem('bad_date', '征集截止日期无效', 'The closing date is not a real date', 'closesOn'));
  if (out.length) return out;
  const days = windowDays(w);
  if (days < 1) {
    out.push(problem('window_reversed', '征集截止日期早于开始日期', 'The window closes before it opens', 'closesOn'));
  } else if (days < MIN_WINDOW_DAYS && !w.overrideReason?.trim()) {
    out.push(
      problem(
        'window_too_short',
        `征集期为 ${days} 天，少于 ${MIN_WINDOW_DAYS} 天；如确需缩短，请说明理由`,
        `The window is ${days} days, under ${MIN_WINDOW_DAYS}; give a reason to allow it`,
        'windowOverrideReason',
      ),
    );
  }
  return out;
}

export const notSoliciting = () => problem('not_soliciting', '该年度的征集阶段已结束', 'Solicitation for this cycle is over');

/**
 * Why a new proposal or public suggestion is refused now (null: it is taken): outside the
 * window, or the cycle has left solicitation.
 */
export function newSubmissionProblem(now: Date, cycle: SolicitationWindow & { phase: string }): Problem | null {
  return outsideWindowProblem(now, cycle) ?? (cycle.phase === 'solicitation' ? null : notSoliciting());
}

/** The refusal of a submission outside the window; its dates go to the caller. */
export function outsideWindowProblem(now: Date, w: SolicitationWindow): Problem | null {
  const state = windowState(now, w);
  if (state === 'open') return null;
  return state === 'before'
    ? problem(
        'window_not_open',
        `征集期为 ${w.opensOn} 至 ${w.closesOn}，尚未开始`,
        `Solicitation runs from ${w.opensOn} to ${w.closesOn} and has not begun`,
      )
    : problem(
        'window_closed',
        `征集期为 ${w.opensOn} 至 ${w.closesOn}，已经截止`,
        `Solicitation ran from ${w.opensOn} to ${w.closesOn} and has closed`,
      );
}
