// How a project reads at a moment: its facts (row, milestones, reports, approved decisions) run
// through the domain rules into status, flags, progress and reporting record. Pure, no I/O; the
// staff API and the public pages describe projects with the same functions.
import { formatWan } from '../core/domain/money';
import { oneLineSummary } from '../phase1-solicitation';
import { rankIn } from '../phase2-balloting';
import { chinaDate } from '../core/domain/china-date';
import { GRADE_LABELS } from './domain/record';
import { CHANGE_KIND_LABELS, CHANGE_STATUS_LABELS, type ChangeKind } from './domain/changes';
import { orderedPlan } from './domain/plan';
import { progressOf, type ReportFacts } from './domain/progress';
import { isDelayed, PERIOD_STATUS_LABELS, PROJECT_STATUS_LABELS, projectStatus, reportingRecord, type LifecycleEvent } from './domain/project-status';
import { CADENCE_LABELS, cadenceOn, daysBetween } from './domain/reporting-periods';
import type { ChangeRow } from './changes.repository';
import type { MilestoneRow, ProjectFacts, ProjectRow, ReportRow } from './projects.repository';

const LIFECYCLE_OF: Partial<Record<ChangeKind, LifecycleEvent['state']>> = { suspend: 'suspended', resume: 'active', terminate: 'terminated' };

export function reportFactsOf(r: ReportRow): ReportFacts {
  return {
    id: r.id,
    number: r.number,
    submittedAt: r.submittedAt,
    asOf: r.asOf,
    percentComplete: r.percentComplete,
    disbursedYuan: r.disbursedYuan,
    milestonesReached: r.milestonesReached,
    correctsId: r.correctsId,
  };
}

/** Suspensions, resumptions and terminations, effective on the decision's date. */
export function lifecycleOf(decisions: readonly ChangeRow[]): LifecycleEvent[] {
  return decisions.flatMap((d) => (LIFECYCLE_OF[d.kind] && d.decidedOn ? [{ on: d.decidedOn, state: LIFECYCLE_OF[d.kind]! }] : []));
}

/** Everything about a project that depends on the day. */
export function projectView(p: ProjectRow, facts: ProjectFacts, now: Date) {
  const today = chinaDate(now);
  const progress = progressOf(facts.reports.map(reportFactsOf));
  const completedOn = progress.completedAt ? chinaDate(progress.completedAt) : null;
  const reporting = reportingRecord(
    {
      schedule: p.schedule,
      lifecycle: lifecycleOf(facts.decisions),
      completedOn,
      cycleClosedOn: facts.cycleClosedAt ? chinaDate(facts.cycleClosedAt) : null,
      reportedOn: progress.slots.map((s) => chinaDate(s.original.submittedAt)),
    },
    today,
  );
  const facts4status = {
    state: p.state,
    percentComplete: progress.percentComplete,
    hasReports: progress.slots.length > 0,
    completed: completedOn !== null,
    deadline: p.deadline,
  };
  const status = projectStatus(facts4status, today);
  const delayed = isDelayed(facts4status, today) ? { since: p.deadline, days: daysBetween(p.deadline, today) } : null;
  const milestones = orderedPlan(facts.milestones).map((m: MilestoneRow) => {
    const reachedOn = progress.reached.get(m.id) ?? null;
    return { id: m.id, name: m.name, dueOn: m.dueOn, reachedOn, late: reachedOn === null ? today > m.dueOn : reachedOn > m.dueOn };
  });
  const pending = p.schedule.find((s) => s.from > today) ?? null;
  // The place in the vote that chose it, by the certified tally (并列 when shared); the stored rank if the tally does not name it.
  const voteRank = rankIn(facts.ballotRanking, p.proposalId) ?? { rank: p.ballotRank, tied: false };
  return {
    today,
    progress,
    completedOn,
    reporting,
    status,
    delayed,
    milestones,
    cadence: cadenceOn(p.schedule, today),
    pendingCadence: pending,
    voteRank,
  };
}

export type ProjectView = ReturnType<typeof projectView>;

const wan = (yuan: number) => formatWan(yuan);

/** A row of a list: no long texts. */
export function describeProjectItem(p: ProjectRow, v: ProjectView, departments: Map<string, string>) {
  return {
    id: p.id,
    cycleId: p.cycleId,
    code: p.code,
    rank: p.rank,
    title: p.title,
    category: p.category,
    summary: oneLineSummary(p.content),
    location: p.location,
    departmentId: p.departmentId,
    departmentName: departments.get(p.departmentId) ?? null,
    budgetYuan: p.budgetYuan,
    budgetWan: wan(p.budgetYuan),
    disbursedYuan: v.progress.disbursedYuan,
    disbursedWan: wan(v.progress.disbursedYuan),
    percentComplete: v.progress.percentComplete,
    deadline: p.deadline,
    originalDeadline: p.originalDeadline,
    state: p.state,
    status: v.status,
    statusLabel: PROJECT_STATUS_LABELS[v.status],
    flags: { overdue: v.reporting.overdue, delayed: v.delayed },
    lastReportedAt: v.progress.lastReportedAt?.toISOString() ?? null,
    lastAsOf: v.progress.lastAsOf,
    completedOn: v.completedOn,
    nextReportDue: v.reporting.nextDue,
    vote: { ballotId: p.ballotId, for: p.votesFor, against: p.votesAgainst, abstain: p.votesAbstain, rank: v.voteRank.rank, tied: v.voteRank.tied },
    grade: p.grade,
    gradeLabel: p.grade ? GRADE_LABELS[p.grade] : null,
    satisfactionRateText: p.satisfactionRateText,
  };
}

/** The whole project: terms as in force, plan, reporting record. */
export function describeProject(p: ProjectRow, v: ProjectView, departments: Map<string, string>) {
  return {
    ...describeProjectItem(p, v, departments),
    proposalId: p.proposalId,
    content: p.content,
    targets: p.targets,
    funding: p.funding,
    annualGoals: p.annualGoals,
    originalBudgetYuan: p.originalBudgetYuan,
    startedOn: p.startedOn,
    cadence: v.cadence,
    cadenceLabel: CADENCE_LABELS[v.cadence],
    pendingCadence: v.pendingCadence,
    plan: { summary: p.planSummary, setAt: p.planSetAt?.toISOString() ?? null, milestones: v.milestones },
    reporting: {
      required: v.reporting.required,
      onTime: v.reporting.onTime,
      late: v.reporting.late,
      missing: v.reporting.missing,
      periods: v.reporting.periods.map((x) => ({
        key: x.key,
        label: x.label,
        start: x.start,
        end: x.end,
        status: x.status,
        statusLabel: PERIOD_STATUS_LABELS[x.status],
        reports: x.reports,
      })),
    },
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** Reports newest first; each says whether it counts or which correction replaced it. */
export function describeReports(reports: readonly ReportRow[], v: ProjectView, milestoneNames: Map<string, string>) {
  return [...reports].reverse().map((r) => ({
    id: r.id,
    number: r.number,
    asOf: r.asOf,
    percentComplete: r.percentComplete,
    disbursedYuan: r.disbursedYuan,
    disbursedWan: wan(r.disbursedYuan),
    narrative: r.narrative,
    problems: r.problems,
    milestonesReached: r.milestonesReached.map((id) => ({ id, name: milestoneNames.get(id) ?? null })),
    correctsId: r.correctsId,
    correctionNote: r.correctionNote,
    correctedById: v.progress.correctedBy.get(r.id) ?? null,
    submittedAt: r.submittedAt.toISOString(),
    submittedOn: chinaDate(r.submittedAt),
  }));
}

export function describeChange(c: ChangeRow, titles: Map<string, string>) {
  return {
    id: c.id,
    cycleId: c.cycleId,
    projectId: c.projectId,
    projectTitle: titles.get(c.projectId) ?? null,
    kind: c.kind,
    kindLabel: CHANGE_KIND_LABELS[c.kind],
    proposed: c.proposed,
    reason: c.reason,
    status: c.status,
    statusLabel: CHANGE_STATUS_LABELS[c.status],
    requestedAt: c.requestedAt.toISOString(),
    decision: c.decidedOn
      ? {
          outcome: c.status,
          decidedOn: c.decidedOn,
          number: c.decisionNumber,
          note: c.decisionNote,
          changed: c.changed ?? {},
          recordedAt: c.decidedAt?.toISOString() ?? null,
        }
      : null,
  };
}
