// Supervision by deputies (代表监督): groups of deputies, each with one leader, watch named projects
// or every project of a category. Their inspections (视察), questions (询问) and 督办建议 each wait
// for the responsible department's answer, and stay visible as unanswered until it comes.
import { problem, type Problem } from '../../core/domain/problems';

export const SUPERVISION_KINDS = ['inspection', 'question', 'recommendation'] as const;
export type SupervisionKind = (typeof SUPERVISION_KINDS)[number];

export const SUPERVISION_KIND_LABELS: Record<SupervisionKind, { zh: string; en: string }> = {
  inspection: { zh: '视察', en: 'inspection' },
  question: { zh: '询问', en: 'question' },
  recommendation: { zh: '督办建议', en: 'recommendation' },
};

export interface GroupScope {
  /** Named projects (a group per project, or a few)… */
  projectIds: readonly string[];
  /** …or every project of a category. */
  category: string | null;
}

export interface GroupInput extends GroupScope {
  leaderDeputyId: string;
  memberDeputyIds: readonly string[];
}

/** Members without the leader and without repeats, in the order given. */
export function membersOf(g: Pick<GroupInput, 'leaderDeputyId' | 'memberDeputyIds'>): string[] {
  return [...new Set(g.memberDeputyIds)].filter((d) => d !== g.leaderDeputyId);
}

/** A group covers named projects or one category of the cycle, never both or neither. */
export function groupProblems(g: GroupInput, ctx: { categories: readonly string[]; projectIds: ReadonlySet<string> }): Problem[] {
  const out: Problem[] = [];
  const hasProjects = g.projectIds.length > 0;
  if (hasProjects === (g.category !== null)) {
    out.push(
      problem('group_scope', '监督小组须按项目或按类别二选一确定监督范围', 'A group watches either named projects or one category', 'projectIds'),
    );
  }
  if (g.category !== null && !ctx.categories.includes(g.category)) {
    out.push(problem('category_unknown', `类别“${g.category}”不在本年度的类别中`, `"${g.category}" is not a category of this cycle`, 'category'));
  }
  if (g.projectIds.some((id) => !ctx.projectIds.has(id))) {
    out.push(problem('project_unknown', '所列项目不属于本年度', 'A project listed is not one of this cycle', 'projectIds'));
  }
  if (new Set(g.projectIds).size !== g.projectIds.length) {
    out.push(problem('project_duplicate', '所列项目有重复', 'A project is listed twice', 'projectIds'));
  }
  return out;
}

export function groupCovers(g: GroupScope, project: { id: string; category: string }): boolean {
  return g.category !== null ? g.category === project.category : g.projectIds.includes(project.id);
}

/** An inspection is recorded after it took place. */
export function occurredOnProblems(occurredOn: string, today: string, startedOn: string): Problem[] {
  if (occurredOn > today) return [problem('occurred_future', '日期晚于今天', 'The date is in the future', 'occurredOn')];
  if (occurredOn < startedOn)
    return [
      problem(
        'occurred_before_start',
        `日期早于项目开始实施的日期 ${startedOn}`,
        `The date is before implementation began (${startedOn})`,
        'occurredOn',
      ),
    ];
  return [];
}
