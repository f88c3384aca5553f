// Progress reports (进展报告) and what they add up to. A report is final once submitted; a
// correction is a new report naming the one it corrects, and takes that report's place (its
// figures count, the original's time of submission still counts for the reporting cadence).
import { formatWan, isYuan } from '../../core/domain/money';
import { problem, type Problem } from '../../core/domain/problems';
import { isIsoDate } from '../../core/domain/china-date';

export interface ReportFacts {
  id: string;
  /** 1, 2, … within the project, in order of submission. */
  number: number;
  submittedAt: Date;
  /** 截至日期: the day the figures are as of. */
  asOf: string;
  percentComplete: number;
  /** Funds disbursed to date (cumulative), integer 元. */
  disbursedYuan: number;
  milestonesReached: string[];
  /** The report this one corrects (null for a regular report). */
  correctsId: string | null;
}

/** A regular report and the version of it that counts (itself, or its latest correction). */
export interface ReportSlot {
  original: ReportFacts;
  current: ReportFacts;
}

export interface Progress {
  slots: ReportSlot[];
  percentComplete: number;
  disbursedYuan: number;
  lastReportedAt: Date | null;
  lastAsOf: string | null;
  /** Submission of the report from which the project has stood at 100% (null while not complete). */
  completedAt: Date | null;
  /** Milestone id → as-of date of the first counting report that reached it. */
  reached: Map<string, string>;
  /** Report id → the correction that replaced it. */
  correctedBy: Map<string, string>;
}

const byNumber = (a: ReportFacts, b: ReportFacts) => a.number - b.number;

/** Sums a project's reports up. Pure; reports in any order. */
export function progressOf(reports: readonly ReportFacts[]): Progress {
  const sorted = [...reports].sort(byNumber);
  const byId = new Map(sorted.map((r) => [r.id, r]));
  const rootOf = (r: ReportFacts): ReportFacts => {
    let x = r;
    for (let guard = 0; x.correctsId && byId.has(x.correctsId) && guard < sorted.length; guard++) x = byId.get(x.correctsId)!;
    return x;
  };
  const slots = new Map<string, ReportSlot>();
  const correctedBy = new Map<string, string>();
  for (const r of sorted) {
    if (r.correctsId) correctedBy.set(r.correctsId, r.id);
    const root = rootOf(r);
    const slot = slots.get(root.id);
    if (slot) slot.current = r;
    else slots.set(root.id, { original: root, current: r });
  }
  const ordered = [...slots.values()].sort((a, b) => byNumber(a.original, b.original));
  const last = ordered[ordered.length - 1];
  let completedAt: Date | null = null;
  for (let i = ordered.length - 1; i >= 0 && ordered[i]!.current.percentComplete === 100; i--) completedAt = ordered[i]!.original.submittedAt;
  const reached = new Map<string, string>();
  for (const s of ordered) for (const m of s.current.milestonesReached) if (!reached.has(m)) reached.set(m, s.current.asOf);
  return {
    slots: ordered,
    percentComplete: last?.current.percentComplete ?? 0,
    disbursedYuan: last?.current.disbursedYuan ?? 0,
    lastReportedAt: last?.original.submittedAt ?? null,
    lastAsOf: last?.current.asOf ?? null,
    completedAt,
    reached,
    correctedBy,
  };
}

export interface ReportInput {
  asOf: string;
  percentComplete: number;
  disbursedYuan: number;
  milestonesReached: readonly string[];
  correctsId: string | null;
}

export interface ReportContext {
  /** Today in China. */
  today: string;
  /** The day implementation began (the project was created). */
  startedOn: string;
  budgetYuan: number;
  progress: Progress;
  milestones: ReadonlyArray<{ id: string; name: string }>;
  /** An approved scope change since the last report may lower the percentage complete. */
  scopeChangedSinceLastReport: boolean;
}

const wan = (yuan: number) => `${formatWan(yuan, { grouping: true })} 万元`;

/** Everything wrong with a report about to be submitted (empty: it may be). */
export function reportProblems(input: ReportInput, ctx: ReportContext): Problem[] {
  const out: Problem[] = [];
  const { progress } = ctx;
  if (!Number.isInteger(input.percentComplete) || input.percentComplete < 0 || input.percentComplete > 100) {
    out.push(problem('percent_range', '完成进度须为 0 至 100 的整数', 'Percent complete must be a whole number from 0 to 100', 'percentComplete'));
  }
  if (!isYuan(input.disbursedYuan)) {
    out.push(
      problem('disbursed_amount', '累计拨付资金须为非负的整数元', 'Funds disbursed must be a whole number of 元, zero or more', 'disbursedYuan'),
    );
  } else if (input.disbursedYuan > ctx.budgetYuan) {
    out.push(
      problem(
        'disbursed_over_budget',
        `累计拨付 ${wan(input.disbursedYuan)} 超出项目预算 ${wan(ctx.budgetYuan)}；追加预算须经常委会决定调整`,
        `Funds disbursed (${wan(input.disbursedYuan)}) exceed the budget of ${wan(ctx.budgetYuan)}; a larger budget needs a standing-committee decision`,
        'disbursedYuan',
      ),
    );
  }
  if (!isIsoDate(input.asOf)) {
    out.push(problem('bad_date', '截至日期不是有效日期', 'The as-of date is not a real date', 'asOf'));
  } else if (input.asOf > ctx.today) {
    out.push(problem('as_of_future', `截至日期 ${input.asOf} 晚于今天`, `The as-of date ${input.asOf} is in the future`, 'asOf'));
  } else if (input.asOf < ctx.startedOn) {
    out.push(
      problem(
        'as_of_before_start',
        `截至日期早于项目开始实施的日期 ${ctx.startedOn}`,
        `The as-of date is before implementation began (${ctx.startedOn})`,
        'asOf',
      ),
    );
  }
  const known = new Set(ctx.milestones.map((m) => m.id));
  const unknown = input.milestonesReached.filter((m) => !known.has(m));
  if (unknown.length)
    out.push(problem('milestone_unknown', '所报节点不在实施计划中', 'A milestone reported is not in the implementation plan', 'milestonesReached'));
  if (new Set(input.milestonesReached).size !== input.milestonesReached.length) {
    out.push(problem('milestone_duplicate', '同一节点重复填报', 'A milestone is listed twice', 'milestonesReached'));
  }

  // What the other counting reports already say (for a correction: without the slot it replaces).
  const corrected = input.correctsId
    ? progress.slots.find((s) => s.current.id === input.correctsId || s.original.id === input.correctsId)
    : undefined;
  const others = progress.slots.filter((s) => s !== corrected);
  const reachedElsewhere = new Set(others.flatMap((s) => s.current.milestonesReached));
  if (!input.correctsId) {
    const last = progress.slots[progress.slots.length - 1]?.current;
    if (last) {
      if (isIsoDate(input.asOf) && input.asOf < last.asOf) {
        out.push(
          problem(
            'as_of_before_last',
            `截至日期早于上一次报告的 ${last.asOf}；更正旧报告请提交更正`,
            `The as-of date is before the last report's (${last.asOf}); correct an old report instead`,
            'asOf',
          ),
        );
      }
      if (input.percentComplete < last.percentComplete && !ctx.scopeChangedSinceLastReport) {
        out.push(
          problem(
            'percent_decreased',
            `完成进度不能低于上次报告的 ${last.percentComplete}%（如有误请更正上次报告）`,
            `Percent complete cannot go below the last report's ${last.percentComplete}% (correct that report if it was wrong)`,
            'percentComplete',
          ),
        );
      }
      if (isYuan(input.disbursedYuan) && input.disbursedYuan < last.disbursedYuan) {
        out.push(
          problem(
            'disbursed_decreased',
            `累计拨付资金不能少于上次报告的 ${wan(last.disbursedYuan)}（如有误请更正上次报告）`,
            `Funds disbursed to date cannot be less than last reported (${wan(last.disbursedYuan)}); correct that report if it was wrong`,
            'disbursedYuan',
          ),
        );
      }
    }
    const again = input.milestonesReached.filter((m) => reachedElsewhere.has(m));
    if (again.length)
      out.push(problem('milestone_already_reached', '所报节点此前已报完成', 'A milestone reported was reached before', 'milestonesReached'));
  }
  if (input.percentComplete === 100) {
    const reached = new Set([...reachedElsewhere, ...input.milestonesReached]);
    const open = ctx.milestones.filter((m) => !reached.has(m.id));
    if (open.length) {
      out.push(
        problem(
          'milestones_open',
          `报告完成 100% 时，计划节点须全部完成（尚有：${open.map((m) => m.name).join('、')}）`,
          `At 100% every milestone must be reached (still open: ${open.map((m) => m.name).join(', ')})`,
          'milestonesReached',
        ),
      );
    }
  }
  return out;
}

/** Why `correctsId` cannot be corrected, or null. A report already corrected is corrected through its latest correction. */
export function correctionProblem(correctsId: string, progress: Progress, reportIds: ReadonlySet<string>): Problem | null {
  if (!reportIds.has(correctsId))
    return problem('correction_unknown', '要更正的报告不属于本项目', 'The report to correct is not one of this project', 'correctsId');
  const newer = progress.correctedBy.get(correctsId);
  if (newer)
    return problem(
      'already_corrected',
      '该报告已被更正；请更正最新的版本',
      'That report has been corrected already; correct the latest version',
      'correctsId',
    );
  return null;
}
