// Reporting periods (报送周期): calendar months or quarters in China time. A project's schedule is a
// list of cadence segments; a change of cadence starts at the next boundary both cadences share,
// so a period already under way is never cut short and past periods never change.
export const CADENCES = ['monthly', 'quarterly'] as const;
export type Cadence = (typeof CADENCES)[number];
export const DEFAULT_CADENCE: Cadence = 'monthly';

export const CADENCE_LABELS: Record<Cadence, { zh: string; en: string }> = {
  monthly: { zh: '按月报送', en: 'monthly' },
  quarterly: { zh: '按季度报送', en: 'quarterly' },
};

/** One reporting period: calendar dates (China time), both days included. */
export interface Period {
  /** Stable: "2025-03" or "2025-Q1". */
  key: string;
  cadence: Cadence;
  start: string;
  end: string;
  label: { zh: string; en: string };
}

/** A cadence in force for the periods that begin on or after `from` (until the next segment's `from`). */
export interface CadenceSegment {
  cadence: Cadence;
  from: string;
}

const DAY_MS = 24 * 3600_000;
const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A calendar date `n` days later (or earlier). */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00.000Z`) - Date.parse(`${a}T00:00:00.000Z`)) / DAY_MS);
}

/** The calendar date `months` months later, clamped to the month's end (01-31 + 1 month = 02-28/29). */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const ty = y + Math.floor(m / 12);
  const tm = (((m % 12) + 12) % 12) + 1;
  return ymd(ty, tm, Math.min(Number(date.slice(8, 10)), daysInMonth(ty, tm)));
}

export function periodContaining(date: string, cadence: Cadence): Period {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  if (cadence === 'monthly') {
    return {
      key: `${y}-${pad(m)}`,
      cadence,
      start: ymd(y, m, 1),
      end: ymd(y, m, daysInMonth(y, m)),
      label: { zh: `${y}年${m}月`, en: `${y}-${pad(m)}` },
    };
  }
  const q = Math.ceil(m / 3);
  const first = (q - 1) * 3 + 1;
  return {
    key: `${y}-Q${q}`,
    cadence,
    start: ymd(y, first, 1),
    end: ymd(y, first + 2, daysInMonth(y, first + 2)),
    label: { zh: `${y}年第${q}季度`, en: `Q${q} ${y}` },
  };
}

/** The first day of the period after the one containing `date`. */
export function nextPeriodStart(date: string, cadence: Cadence): string {
  return addDays(periodContaining(date, cadence).end, 1);
}

/** The first period of a cadence that begins on or after `date`. */
export function firstPeriodFrom(date: string, cadence: Cadence): Period {
  const p = periodContaining(date, cadence);
  return p.start >= date ? p : periodContaining(addDays(p.end, 1), cadence);
}

/** Every period of the schedule that has begun by `through` (a date), oldest first. */
export function periodsOf(segments: readonly CadenceSegment[], through: string): Period[] {
  const out: Period[] = [];
  segments.forEach((seg, i) => {
    const until = segments[i + 1]?.from;
    for (
      let p = firstPeriodFrom(seg.from, seg.cadence);
      p.start <= through && (until === undefined || p.start < until);
      p = periodContaining(addDays(p.end, 1), seg.cadence)
    ) {
      out.push(p);
    }
  });
  return out;
}

/** A new schedule for a project starting on `startedOn`. */
export function initialSchedule(startedOn: string, cadence: Cadence = DEFAULT_CADENCE): CadenceSegment[] {
  return [{ cadence, from: startedOn }];
}

/**
 * The schedule after the secretariat sets `cadence` on `today`. Segments that have not begun are
 * dropped (they never took effect). If no period of the current segment has begun, its cadence is
 * simply replaced; otherwise the new cadence starts at the next boundary of both cadences, so the
 * period under way runs to its end.
 */
export function withCadence(segments: readonly CadenceSegment[], cadence: Cadence, today: string): CadenceSegment[] {
  const begun = segments.filter((s, i) => i === 0 || s.from <= today);
  const current = begun[begun.length - 1]!;
  if (current.cadence === cadence) return begun;
  // Only the first segment can be waiting for its first period (later ones begin on a boundary).
  if (firstPeriodFrom(current.from, current.cadence).start > today) return [...begun.slice(0, -1), { cadence, from: current.from }];
  const from = [nextPeriodStart(today, current.cadence), nextPeriodStart(today, cadence)].sort().at(-1)!;
  return [...begun, { cadence, from }];
}

export function sameSchedule(a: readonly CadenceSegment[], b: readonly CadenceSegment[]): boolean {
  return a.length === b.length && a.every((s, i) => s.cadence === b[i]!.cadence && s.from === b[i]!.from);
}

/** The cadence in force on `date`. */
export function cadenceOn(segments: readonly CadenceSegment[], date: string): Cadence {
  return [...segments].reverse().find((s) => s.from <= date)?.cadence ?? segments[0]!.cadence;
}
