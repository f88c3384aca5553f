// The full record of one project, as the project page shows it: the proposal it came from, the
// vote, the plan, every progress report, supervision items and answers, changes and decisions,
// evaluations and rectification — and all of it as one timeline. Staff and the public read the
// same record: nothing in it is private (no phones, no notes, no account names).
import type { Executor } from '../../db/client';
import { chinaDate } from '../core/domain/china-date';
import { departmentNames, deputyNames, findProposals, proposalCode } from '../phase1-solicitation';
import { findCycleById, type CycleRow } from '../cycle/cycles.repository';
import { findBallotsAnyCongress, rankText, type BallotRow, type Rank } from '../phase2-balloting';
import { CHANGE_KIND_LABELS, CHANGE_STATUS_LABELS } from './domain/changes';
import { GRADE_LABELS, RECTIFICATION_STATUS_LABELS } from './domain/record';
import { groupCovers, SUPERVISION_KIND_LABELS } from './domain/supervision';
import { changesOf, type ChangeRow } from './changes.repository';
import { describeChange, describeProject, describeReports, projectView } from './project-view';
import {
  evaluationsOf,
  loadFacts,
  rectificationsOf,
  type EvaluationRow,
  type ProjectFacts,
  type ProjectRow,
  type RectificationRow,
  type ReportRow,
} from './projects.repository';
import { groupsOfCycle, itemsOf, type Group, type ItemRow } from './supervision.repository';

export function describeGroup(g: Group, titles: Map<string, string>) {
  return {
    id: g.id,
    cycleId: g.cycleId,
    name: g.name,
    category: g.category,
    leader: g.leader,
    members: g.members,
    projects: g.projectIds.map((id) => ({ id, title: titles.get(id) ?? null })),
    createdAt: g.createdAt.toISOString(),
    updatedAt: g.updatedAt.toISOString(),
  };
}

export function describeItem(i: ItemRow, groupNames: Map<string, string>, deputies: Map<string, string>, titles?: Map<string, string>) {
  return {
    id: i.id,
    projectId: i.projectId,
    ...(titles ? { projectTitle: titles.get(i.projectId) ?? null } : {}),
    kind: i.kind,
    kindLabel: SUPERVISION_KIND_LABELS[i.kind],
    occurredOn: i.occurredOn,
    text: i.text,
    groupId: i.groupId,
    groupName: groupNames.get(i.groupId) ?? null,
    recordedBy: i.deputyId ? { deputyId: i.deputyId, name: deputies.get(i.deputyId) ?? null } : null,
    recordedAt: i.recordedAt.toISOString(),
    answer: i.answeredAt ? { text: i.answerText, answeredAt: i.answeredAt.toISOString() } : null,
  };
}

export function describeRectification(r: RectificationRow, titles?: Map<string, string>) {
  return {
    id: r.id,
    projectId: r.projectId,
    ...(titles ? { projectTitle: titles.get(r.projectId) ?? null } : {}),
    evaluationId: r.evaluationId,
    orderedAt: r.orderedAt.toISOString(),
    dueOn: r.dueOn,
    status: r.status,
    statusLabel: RECTIFICATION_STATUS_LABELS[r.status],
    report: r.reportedAt ? { text: r.reportText, reportedAt: r.reportedAt.toISOString() } : null,
  };
}

export interface TimelineEvent {
  at: string;
  /** China date, for grouping by day. */
  on: string;
  type: string;
  /** The record it is about (a report, an item, a change …). */
  refId: string;
  title: { zh: string; en: string };
}

/** Everything that happened to the project, oldest first. Pure. */
export function timelineOf(x: {
  project: ProjectRow;
  /** Its place in the vote that chose it (并列 when shared). */
  voteRank: Rank;
  proposal: { id: string; submittedAt: Date | null } | null;
  ballot: { id: string; certifiedAt: Date | null } | null;
  reports: readonly ReportRow[];
  items: readonly ItemRow[];
  changes: readonly ChangeRow[];
  evaluations: readonly EvaluationRow[];
  rectifications: readonly RectificationRow[];
}): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  const add = (at: Date | null | undefined, type: string, refId: string, zh: string, en: string) => {
    if (at) out.push({ at: at.toISOString(), on: chinaDate(at), type, refId, title: { zh, en } });
  };
  const p = x.project;
  if (x.proposal) add(x.proposal.submittedAt, 'proposal.submitted', x.proposal.id, '提出项目建议', 'Proposed');
  if (x.ballot)
    add(
      x.ballot.certifiedAt,
      'ballot.certified',
      x.ballot.id,
      // The glossary's words: 当选, and the rank written 第 N 名 (并列第 N 名 when shared).
      `代表票决当选：赞成 ${p.votesFor} 票，得票${rankText(x.voteRank).zh}`,
      `Selected by the deputies' vote: ${p.votesFor} for, ${rankText(x.voteRank).en} by votes`,
    );
  add(p.createdAt, 'project.created', p.id, '列入年度民生实事项目，组织实施', 'Became a livelihood project; implementation began');
  add(p.planSetAt, 'project.plan_set', p.id, '公布实施计划', 'Implementation plan published');
  for (const r of x.reports) {
    add(
      r.submittedAt,
      r.correctsId ? 'report.corrected' : 'report.submitted',
      r.id,
      r.correctsId ? `更正进展报告（${r.percentComplete}%）` : `报送进展：完成 ${r.percentComplete}%`,
      r.correctsId ? `Progress report corrected (${r.percentComplete}%)` : `Progress reported: ${r.percentComplete}% complete`,
    );
  }
  for (const i of x.items) {
    const label = SUPERVISION_KIND_LABELS[i.kind];
    add(i.recordedAt, `supervision.${i.kind}`, i.id, `代表${label.zh}`, `Deputies' ${label.en}`);
    add(i.answeredAt, 'supervision.answered', i.id, `责任单位答复${label.zh}`, `The department answered the ${label.en}`);
  }
  for (const c of x.changes) {
    const kind = CHANGE_KIND_LABELS[c.kind];
    add(c.requestedAt, 'change.requested', c.id, `申请${kind.zh}`, `${kind.en} requested`);
    if (c.status !== 'pending') {
      add(
        c.decidedAt,
        `change.${c.status}`,
        c.id,
        c.status === 'withdrawn' ? `撤回${kind.zh}申请` : `常委会决定：${kind.zh}${CHANGE_STATUS_LABELS[c.status].zh}（${c.decisionNumber ?? ''}）`,
        c.status === 'withdrawn'
          ? `${kind.en} request withdrawn`
          : `Standing committee: ${kind.en} ${CHANGE_STATUS_LABELS[c.status].en} (${c.decisionNumber ?? ''})`,
      );
    }
  }
  for (const e of x.evaluations) {
    add(
      e.recordedAt,
      'project.evaluated',
      e.id,
      `满意度测评：${GRADE_LABELS[e.grade]}（${e.satisfactionRateText}）`,
      `Evaluated: ${e.grade.replace('_', ' ')} (${e.satisfactionRateText})`,
    );
  }
  for (const r of x.rectifications) {
    add(r.orderedAt, 'rectification.ordered', r.id, `责令整改（${r.dueOn} 前）`, `Rectification ordered (by ${r.dueOn})`);
    add(r.reportedAt, 'rectification.reported', r.id, '报送整改情况', 'Rectification reported');
  }
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** One project's record: everything the project page shows. */
export async function projectRecord(ex: Executor, p: ProjectRow, now: Date) {
  return (await projectRecords(ex, [p], now))[0]!;
}

type ProposalRow = Awaited<ReturnType<typeof findProposals>>[number];

const distinct = <T>(xs: readonly T[]) => [...new Set(xs)];
const byProject = <T extends { projectId: string }>(rows: readonly T[], id: string) => rows.filter((r) => r.projectId === id);

/**
 * The records of several projects (the annual report: a cycle's projects), in their order. Each
 * kind of fact is loaded once for all of them (per cycle or congress where it belongs to those),
 * not once per project.
 */
export async function projectRecords(ex: Executor, ps: readonly ProjectRow[], now: Date) {
  const ids = ps.map((p) => p.id);
  const cycles = new Map<string, CycleRow>();
  const groupsOf = new Map<string, Group[]>();
  for (const id of distinct(ps.map((p) => p.cycleId))) {
    cycles.set(id, (await findCycleById(ex, id))!);
    groupsOf.set(id, await groupsOfCycle(ex, id));
  }
  const facts = await loadFacts(ex, ps);
  const departmentsOf = new Map<string, Map<string, string>>();
  const proposals = new Map<string, ProposalRow>();
  for (const congressId of distinct(ps.map((p) => p.congressId))) {
    departmentsOf.set(congressId, await departmentNames(ex, congressId));
    const mine = ps.filter((p) => p.congressId === congressId).map((p) => p.proposalId);
    for (const pr of await findProposals(ex, congressId, mine)) proposals.set(pr.id, pr);
  }
  const ballots = new Map((await findBallotsAnyCongress(ex, distinct(ps.map((p) => p.ballotId)))).map((b) => [b.id, b]));
  const allItems = await itemsOf(ex, ids);
  const allChanges = await changesOf(ex, ids);
  const allEvaluations = await evaluationsOf(ex, ids);
  const allRects = await rectificationsOf(ex, ids);
  const deputiesOf = new Map<string, Map<string, string>>();
  for (const congressId of distinct(ps.map((p) => p.congressId))) {
    const mine = new Set(ps.filter((p) => p.congressId === congressId).map((p) => p.id));
    deputiesOf.set(
      congressId,
      await deputyNames(
        ex,
        congressId,
        allItems.flatMap((i) => (i.deputyId && mine.has(i.projectId) ? [i.deputyId] : [])),
      ),
    );
  }
  return ps.map((p) =>
    recordOf(
      p,
      {
        cycle: cycles.get(p.cycleId)!,
        facts: facts.get(p.id)!,
        departments: departmentsOf.get(p.congressId)!,
        proposal: proposals.get(p.proposalId),
        ballot: ballots.get(p.ballotId),
        allGroups: groupsOf.get(p.cycleId)!,
        items: byProject(allItems, p.id),
        changes: byProject(allChanges, p.id),
        evaluations: byProject(allEvaluations, p.id),
        rects: byProject(allRects, p.id),
        deputies: deputiesOf.get(p.congressId)!,
      },
      now,
    ),
  );
}

interface Loaded {
  cycle: CycleRow;
  facts: ProjectFacts;
  departments: Map<string, string>;
  proposal: ProposalRow | undefined;
  ballot: BallotRow | undefined;
  allGroups: Group[];
  items: ItemRow[];
  changes: ChangeRow[];
  evaluations: EvaluationRow[];
  rects: RectificationRow[];
  deputies: Map<string, string>;
}

function recordOf(
  p: ProjectRow,
  { cycle, facts, departments, proposal, ballot, allGroups, items, changes, evaluations, rects, deputies }: Loaded,
  now: Date,
) {
  const v = projectView(p, facts, now);
  const groups = allGroups.filter((g) => groupCovers(g, p));
  const titles = new Map([[p.id, p.title]]);
  return {
    cycle: { id: cycle.id, title: cycle.title, year: cycle.year, phase: cycle.phase, ledgerId: cycle.ledgerId },
    project: describeProject(p, v, departments),
    proposal: proposal
      ? {
          id: proposal.id,
          code: proposalCode(cycle.year, proposal.number),
          title: proposal.title,
          channel: proposal.channel,
          background: proposal.background,
          content: proposal.content,
          submittedAt: proposal.submittedAt?.toISOString() ?? null,
        }
      : null,
    vote: {
      ballotId: p.ballotId,
      ballotTitle: ballot?.title ?? null,
      ballotKind: ballot?.kind ?? null,
      ledgerId: ballot?.ledgerId ?? null,
      certifiedAt: ballot?.certifiedAt?.toISOString() ?? null,
      for: p.votesFor,
      against: p.votesAgainst,
      abstain: p.votesAbstain,
      rank: v.voteRank.rank,
      tied: v.voteRank.tied,
      selectionRank: p.rank,
    },
    reports: describeReports(facts.reports, v, new Map(facts.milestones.map((m) => [m.id, m.name]))),
    supervision: {
      groups: groups.map((g) => describeGroup(g, titles)),
      items: [...items].reverse().map((i) => describeItem(i, new Map(allGroups.map((g) => [g.id, g.name])), deputies)),
      unanswered: items.filter((i) => !i.answeredAt).length,
    },
    changes: [...changes].reverse().map((c) => describeChange(c, titles)),
    evaluations: evaluations.map((e) => ({
      id: e.id,
      ballotId: e.ballotId,
      grade: e.grade,
      gradeLabel: GRADE_LABELS[e.grade],
      satisfactionRateText: e.satisfactionRateText,
      recordedAt: e.recordedAt.toISOString(),
    })),
    rectifications: rects.map((r) => describeRectification(r)),
    timeline: timelineOf({
      project: p,
      voteRank: v.voteRank,
      proposal: proposal ?? null,
      ballot: ballot ?? null,
      reports: facts.reports,
      items,
      changes,
      evaluations,
      rectifications: rects,
    }),
  };
}
