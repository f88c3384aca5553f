// A project's status and flags as a function of its facts and the time: lifecycle (only an
// approved standing-committee decision suspends, resumes or terminates), progress from the
// reports, the deadline, and the reporting schedule. Nothing here is stored; it is derived on read.
import { addDays, daysBetween, periodsOf, type CadenceSegment, type Period } from './reporting-periods';

export const LIFECYCLE_STATES = ['active', 'suspended', 'terminated'] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

export const PROJECT_STATUSES = ['not_started', 'in_progress', 'completed', 'delayed', 'suspended', 'terminated'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, { zh: string; en: string }> = {
  not_started: { zh: '未开工', en: 'not started' },
  in_progress: { zh: '实施中', en: 'in progress' },
  completed: { zh: '已完成', en: 'completed' },
  delayed: { zh: '滞后', en: 'delayed' },
  suspended: { zh: '暂缓实施', en: 'suspended' },
  terminated: { zh: '已终止', en: 'terminated' },
};

/** A lifecycle change taking effect on a day (the decision's date). */
export interface LifecycleEvent {
  on: string;
  state: LifecycleState;
}

/** The lifecycle state on `date`, from the approved decisions (events in decision order). */
export function stateOn(events: readonly LifecycleEvent[], date: string): LifecycleState {
  let state: LifecycleState = 'active';
  for (const e of [...events].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))) if (e.on <= date) state = e.state;
  return state;
}

export interface StatusFacts {
  state: LifecycleState;
  percentComplete: number;
  hasReports: boolean;
  completed: boolean;
  /** 完成时限 (as approved, possibly adjusted). */
  deadline: string;
}

/** Past the deadline and not complete, while being carried out. The deadline day itself is not late. */
export function isDelayed(f: Pick<StatusFacts, 'state' | 'completed' | 'deadline'>, today: string): boolean {
  return f.state === 'active' && !f.completed && today > f.deadline;
}

export function projectStatus(f: StatusFacts, today: string): ProjectStatus {
  if (f.state === 'terminated') return 'terminated';
  if (f.state === 'suspended') return 'suspended';
  if (f.completed) return 'completed';
  if (isDelayed(f, today)) return 'delayed';
  return f.hasReports && f.percentComplete > 0 ? 'in_progress' : 'not_started';
}

export const PERIOD_STATUSES = ['on_time', 'late', 'missing', 'open', 'not_required'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

export const PERIOD_STATUS_LABELS: Record<PeriodStatus, { zh: string; en: string }> = {
  on_time: { zh: '按期报送', en: 'on time' },
  late: { zh: '逾期补报', en: 'reported late' },
  missing: { zh: '未报送', en: 'missing' },
  open: { zh: '本期待报', en: 'due this period' },
  not_required: { zh: '无需报送', en: 'not required' },
};

export interface PeriodRecord extends Period {
  status: PeriodStatus;
  /** Regular reports submitted within the period. */
  reports: number;
}

export interface ReportingFacts {
  schedule: readonly CadenceSegment[];
  /** Submission dates (China) of regular reports; corrections do not count for the cadence. */
  reportedOn: readonly string[];
  lifecycle: readonly LifecycleEvent[];
  /** China date from which the project stands complete (null while not complete). */
  completedOn: string | null;
  /** China date its cycle was closed (已结束); null (or absent) while the cycle is open. */
  cycleClosedOn?: string | null;
}

/**
 * Whether a project owes progress reports on `today`: only while it is carried out (active, not
 * complete) in a cycle that is not closed. Overdue and due flags everywhere (public pages, the
 * department's home, the console) come from this one rule through `reportingRecord`.
 */
export function expectsReports(f: Pick<ReportingFacts, 'lifecycle' | 'completedOn' | 'cycleClosedOn'>, today: string): boolean {
  if (f.cycleClosedOn != null && f.cycleClosedOn <= today) return false;
  return stateOn(f.lifecycle, today) === 'active' && f.completedOn === null;
}

export interface Overdue {
  /** The first period still without a report. */
  period: { key: string; label: { zh: string; en: string }; start: string; end: string };
  /** Days since that period ended. */
  days: number;
}

export interface ReportingRecord {
  periods: PeriodRecord[];
  overdue: Overdue | null;
  /** The period the next report is for: the current one if still unreported, else the next (null when none is needed). */
  nextDue: { key: string; label: { zh: string; en: string }; end: string } | null;
  /** Ended periods that needed a report, and how they went. */
  required: number;
  onTime: number;
  late: number;
  missing: number;
}

/**
 * The reporting record on `today`: each period that has begun, and whether it was reported in
 * time. A period needs a report when the project was being carried out on its last day and was
 * not already complete when it began. A period with no report in it is `late` once a report
 * follows, `missing` while none has. The project is overdue while it owes reports
 * (`expectsReports`) and an ended period is missing. Once the cycle is closed the record stops at
 * the closing day: later periods are not listed and the period then running needed no report.
 */
export function reportingRecord(f: ReportingFacts, today: string): ReportingRecord {
  const cycleClosed = f.cycleClosedOn != null && f.cycleClosedOn <= today;
  const asOf = cycleClosed ? f.cycleClosedOn! : today;
  const dates = [...f.reportedOn].sort();
  const periods: PeriodRecord[] = periodsOf(f.schedule, asOf).map((p) => {
    const reports = dates.filter((d) => d >= p.start && d <= p.end).length;
    const ended = p.end < asOf;
    const endState = stateOn(f.lifecycle, ended ? p.end : asOf);
    const needed = endState === 'active' && !(f.completedOn !== null && f.completedOn < p.start);
    let status: PeriodStatus;
    if (reports > 0) status = 'on_time';
    else if (!needed) status = 'not_required';
    else if (!ended) status = cycleClosed ? 'not_required' : 'open';
    else status = dates.some((d) => d > p.end) ? 'late' : 'missing';
    return { ...p, status, reports };
  });
  const closed = periods.filter((p) => p.end < asOf && p.status !== 'not_required');
  const count = (s: PeriodStatus) => closed.filter((p) => p.status === s).length;
  const firstMissing = periods.find((p) => p.status === 'missing');
  const carriedOut = expectsReports(f, today);
  // A period is at most a quarter long, so the next one begins within 92 days.
  const due = carriedOut
    ? (periods.find((p) => p.status === 'open') ?? periodsOf(f.schedule, addDays(today, 92)).find((p) => p.start > today) ?? null)
    : null;
  return {
    periods,
    nextDue: due && { key: due.key, label: due.label, end: due.end },
    overdue:
      carriedOut && firstMissing
        ? {
            period: { key: firstMissing.key, label: firstMissing.label, start: firstMissing.start, end: firstMissing.end },
            days: daysBetween(firstMissing.end, today),
          }
        : null,
    required: closed.length,
    onTime: count('on_time'),
    late: count('late'),
    missing: count('missing'),
  };
}
