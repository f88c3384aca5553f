// The implementation plan (实施方案): the department's milestones, each a name and a due date within
// the project's time. A milestone a report has named is history: it stays, unchanged.
import { problem, type Problem } from '../../core/domain/problems';
import { isIsoDate } from '../../core/domain/china-date';

export interface PlanMilestone {
  id?: string;
  name: string;
  dueOn: string;
}

export interface PlanContext {
  startedOn: string;
  deadline: string;
  /** The plan's milestones now. */
  current: ReadonlyArray<{ id: string; name: string; dueOn: string }>;
  /** Milestones some report names (reached, or once reported reached). */
  reported: ReadonlySet<string>;
}

export function planProblems(milestones: readonly PlanMilestone[], ctx: PlanContext): Problem[] {
  const out: Problem[] = [];
  const current = new Map(ctx.current.map((m) => [m.id, m]));
  const names = new Set<string>();
  for (const m of milestones) {
    if (!isIsoDate(m.dueOn)) out.push(problem('bad_date', `节点“${m.name}”的日期无效`, `The date of "${m.name}" is not a real date`, 'milestones'));
    else if (m.dueOn > ctx.deadline)
      out.push(
        problem(
          'milestone_after_deadline',
          `节点“${m.name}”晚于完成时限 ${ctx.deadline}`,
          `"${m.name}" is due after the deadline (${ctx.deadline})`,
          'milestones',
        ),
      );
    else if (m.dueOn < ctx.startedOn)
      out.push(
        problem(
          'milestone_before_start',
          `节点“${m.name}”早于项目开始实施的日期 ${ctx.startedOn}`,
          `"${m.name}" is due before implementation began (${ctx.startedOn})`,
          'milestones',
        ),
      );
    if (names.has(m.name))
      out.push(problem('milestone_name_duplicate', `节点名称“${m.name}”重复`, `Two milestones are named "${m.name}"`, 'milestones'));
    names.add(m.name);
    if (m.id !== undefined && !current.has(m.id))
      out.push(problem('milestone_unknown', '所改节点不在原计划中', 'A milestone to change is not in the plan', 'milestones'));
  }
  const kept = new Map(milestones.filter((m) => m.id !== undefined).map((m) => [m.id!, m]));
  for (const id of ctx.reported) {
    const before = current.get(id);
    if (!before) continue;
    const after = kept.get(id);
    if (!after)
      out.push(
        problem(
          'milestone_reported_removed',
          `节点“${before.name}”已在进展报告中填报，不能删除`,
          `"${before.name}" is named in a progress report and cannot be removed`,
          'milestones',
        ),
      );
    else if (after.name !== before.name || after.dueOn !== before.dueOn) {
      out.push(
        problem(
          'milestone_reported_changed',
          `节点“${before.name}”已在进展报告中填报，不能修改`,
          `"${before.name}" is named in a progress report and cannot change`,
          'milestones',
        ),
      );
    }
  }
  return out;
}

/** Milestones in the order they fall due (ties keep the order given). */
export function orderedPlan<T extends { dueOn: string }>(milestones: readonly T[]): T[] {
  return milestones
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.dueOn < b.m.dueOn ? -1 : a.m.dueOn > b.m.dueOn ? 1 : a.i - b.i))
    .map((x) => x.m);
}
