// The public face of implementation (全过程公开), no account needed: a cycle's overview, its projects
// with filters, each project's whole record, the published notices of decisions, and each
// department's record. Never phones, internal notes or account names.
import type { Db, Executor } from '../../db/client';
import { findCongress } from '../core/accounts/accounts.repository';
import { describeLedger } from '../core/ledger/ledger.service';
import { listLedgers } from '../core/ledger/ledger.repository';
import { formatWan, sumYuan } from '../core/domain/money';
import { findDepartment, findDepartmentCongress, listDepartments } from '../core/roster/roster.repository';
import { notFound } from '../core/errors';
import { listCycles, type CycleRow } from '../cycle/cycles.repository';
import { departmentNames } from '../phase1-solicitation';
import { certifiedResultsOf, type EvaluationTalliedData, type getResults, isEvaluationResult, listBallots } from '../phase2-balloting';
import { PROJECT_STATUSES, PROJECT_STATUS_LABELS } from './domain/project-status';
import { departmentRecord, departmentRecords, GRADE_LABELS, GRADES, type RecordProject } from './domain/record';
import { listChangesWhere } from './changes.repository';
import { filterProjects, projectFacets, type ProjectFilter } from './project-filters';
import { projectRecord } from './project-record';
import { describeChange, describeProjectItem, projectView, type ProjectView } from './project-view';
import { findProjectById, listProjectsOfCycle, listProjectsWhere, loadFacts, type ProjectRow } from './projects.repository';
import { groupsOfCycle, listItemsWhere } from './supervision.repository';
import { publicCycleRow } from '../cycle/public-cycle';

export { publicCycleOf, publicCycleRow } from '../cycle/public-cycle';

async function viewedProjects(ex: Executor, congressId: string, rows: ProjectRow[], now: Date) {
  const facts = await loadFacts(ex, rows);
  const names = await departmentNames(ex, congressId);
  return rows.map((p) => {
    const v = projectView(p, facts.get(p.id)!, now);
    return { p, v, item: describeProjectItem(p, v, names) };
  });
}

async function describedProjects(ex: Executor, congressId: string, rows: ProjectRow[], now: Date) {
  return (await viewedProjects(ex, congressId, rows, now)).map((x) => x.item);
}

const cycleHeader = (c: CycleRow) => ({ id: c.id, congressId: c.congressId, title: c.title, year: c.year, phase: c.phase, ledgerId: c.ledgerId });

type Results = Awaited<ReturnType<typeof getResults>>;
const isVoteResult = (r: Results): r is Exclude<Results, { tally: EvaluationTalliedData }> => !isEvaluationResult(r.tally);

/** The ballot results of the cycle's vote on projects (main ballot and runoffs), as certified. */
async function certifiedResults(ex: Executor, cycle: CycleRow) {
  const rows = (await listBallots(ex, cycle.congressId, cycle.id))
    .filter((b) => b.state === 'certified' && (b.kind === 'project' || b.kind === 'runoff'))
    .reverse();
  const results = await certifiedResultsOf(ex, rows);
  const out = [];
  for (const [i, b] of rows.entries()) {
    const r = results[i]!;
    if (!isVoteResult(r)) continue;
    out.push({
      ballotId: b.id,
      title: b.title,
      kind: b.kind,
      certifiedAt: b.certifiedAt?.toISOString() ?? null,
      ledgerId: b.ledgerId,
      head: r.head,
      rosterCount: r.tally.rosterCount,
      presentCount: r.tally.presentCount,
      issued: r.tally.issued,
      returned: r.tally.returned,
      valid: r.tally.valid,
      invalid: r.tally.invalid,
      seats: r.tally.seats,
      threshold: r.tally.threshold,
      shortfall: r.tally.shortfall,
      candidates: r.candidates.map((c) => ({
        id: c.id,
        title: c.title,
        departmentName: c.departmentName,
        estimateYuan: c.estimateYuan,
        for: c.for,
        against: c.against,
        abstain: c.abstain,
        rank: c.rank,
        status: c.status,
      })),
    });
  }
  return out;
}

/** The certified satisfaction evaluations of the cycle (phase 4), oldest first: counts, grade and rate per project. */
async function certifiedEvaluations(ex: Executor, cycle: CycleRow) {
  const rows = (await listBallots(ex, cycle.congressId, cycle.id)).filter((b) => b.state === 'certified' && b.kind === 'evaluation').reverse();
  const results = await certifiedResultsOf(ex, rows);
  const out = [];
  for (const [i, b] of rows.entries()) {
    const r = results[i]!;
    if (isVoteResult(r)) continue;
    out.push({
      ballotId: b.id,
      title: b.title,
      certifiedAt: b.certifiedAt?.toISOString() ?? null,
      ledgerId: b.ledgerId,
      head: r.head,
      rosterCount: r.tally.rosterCount,
      presentCount: r.tally.presentCount,
      issued: r.tally.issued,
      returned: r.tally.returned,
      valid: r.tally.valid,
      invalid: r.tally.invalid,
      basis: r.tally.basis,
      threshold: r.tally.threshold,
      projects: r.candidates.map((c) => ({
        id: c.id,
        title: c.title,
        departmentName: c.departmentName,
        satisfied: c.satisfied,
        basicallySatisfied: c.basically_satisfied,
        unsatisfied: c.unsatisfied,
        abstain: c.abstain,
        grade: c.grade,
        gradeLabel: GRADE_LABELS[c.grade],
        satisfactionRateText: c.satisfactionRateText,
      })),
    });
  }
  return out;
}

/** A published notice: an approved decision, with what it changed. */
function noticeOf(c: ReturnType<typeof describeChange>) {
  return {
    changeId: c.id,
    projectId: c.projectId,
    projectTitle: c.projectTitle,
    kind: c.kind,
    kindLabel: c.kindLabel,
    decidedOn: c.decision!.decidedOn,
    decisionNumber: c.decision!.number,
    reason: c.reason,
    note: c.decision!.note,
    changed: c.decision!.changed,
    title: { zh: `关于《${c.projectTitle}》${c.kindLabel.zh}的决定`, en: `Decision on the ${c.kindLabel.en} of "${c.projectTitle}"` },
  };
}

async function notices(ex: Executor, cycle: CycleRow, titles: Map<string, string>) {
  const approved = await listChangesWhere(ex, { congressId: cycle.congressId, cycleId: cycle.id, status: 'approved' });
  return approved
    .map((c) => noticeOf(describeChange(c, titles)))
    .sort((a, b) => (a.decidedOn < b.decidedOn ? 1 : a.decidedOn > b.decidedOn ? -1 : 0));
}

export async function publicOverview(db: Db, cycleId: string, now: Date) {
  const cycle = await publicCycleRow(db, cycleId);
  const congress = (await findCongress(db, cycle.congressId))!;
  const rows = await listProjectsOfCycle(db, cycle.id);
  const viewed = await viewedProjects(db, cycle.congressId, rows, now);
  const items = viewed.map((x) => x.item);
  const byCategory = new Map<string, { category: string; projects: number; completed: number; budgetYuan: number; disbursedYuan: number }>();
  for (const x of items) {
    const c = byCategory.get(x.category) ?? { category: x.category, projects: 0, completed: 0, budgetYuan: 0, disbursedYuan: 0 };
    c.projects += 1;
    c.completed += x.status === 'completed' ? 1 : 0;
    c.budgetYuan = sumYuan([c.budgetYuan, x.budgetYuan]);
    c.disbursedYuan = sumYuan([c.disbursedYuan, x.disbursedYuan]);
    byCategory.set(x.category, c);
  }
  const budgetYuan = sumYuan(items.map((x) => x.budgetYuan));
  const disbursedYuan = sumYuan(items.map((x) => x.disbursedYuan));
  const items4supervision = await listItemsWhere(db, { congressId: cycle.congressId, cycleId: cycle.id });
  const ballots = await certifiedResults(db, cycle);
  const evaluations = await certifiedEvaluations(db, cycle);
  const verifiable = new Set([cycle.ledgerId, ...ballots.map((b) => b.ledgerId), ...evaluations.map((b) => b.ledgerId)]);
  return {
    congress: { id: congress.id, name: congress.name, jurisdiction: congress.jurisdiction, level: congress.level, code: congress.publicCode },
    cycle: cycleHeader(cycle),
    totals: {
      projects: items.length,
      budgetYuan,
      budgetWan: formatWan(budgetYuan),
      disbursedYuan,
      disbursedWan: formatWan(disbursedYuan),
      completed: items.filter((x) => x.status === 'completed').length,
      overdue: items.filter((x) => x.flags.overdue).length,
      delayed: items.filter((x) => x.flags.delayed).length,
    },
    byStatus: PROJECT_STATUSES.map((s) => ({ status: s, label: PROJECT_STATUS_LABELS[s], projects: items.filter((x) => x.status === s).length })),
    byCategory: [...byCategory.values()].map((c) => ({ ...c, budgetWan: formatWan(c.budgetYuan), disbursedWan: formatWan(c.disbursedYuan) })),
    supervision: {
      groups: (await groupsOfCycle(db, cycle.id)).length,
      items: items4supervision.length,
      unanswered: items4supervision.filter((i) => !i.answeredAt).length,
    },
    ballots,
    // Phase 4: each project's latest grade, and every certified evaluation with its counts.
    byGrade: [...GRADES, null].map((g) => ({
      grade: g,
      label: g ? GRADE_LABELS[g] : { zh: '未测评', en: 'not evaluated' },
      projects: items.filter((x) => x.grade === g).length,
    })),
    evaluations,
    // This cycle's projects only (the department's page gives every year): the annual report's figures.
    departments: departmentRecords(viewed.map((x) => ({ ...recordFacts(x), departmentId: x.p.departmentId, departmentName: x.item.departmentName }))),
    notices: await notices(db, cycle, new Map(rows.map((p) => [p.id, p.title]))),
    // Every ledger of the cycle anyone may verify: its own and its certified ballots'.
    ledgers: (await listLedgers(db, cycle.congressId, { publicOnly: true })).filter((l) => verifiable.has(l.id)).map(describeLedger),
  };
}

export async function publicProjects(db: Db, cycleId: string, f: ProjectFilter, now: Date) {
  const cycle = await publicCycleRow(db, cycleId);
  const items = await describedProjects(db, cycle.congressId, await listProjectsOfCycle(db, cycle.id), now);
  const names = await departmentNames(db, cycle.congressId);
  return {
    cycle: cycleHeader(cycle),
    total: items.length,
    projects: filterProjects(items, f),
    counts: projectFacets(items, f),
    departments: [...new Set(items.map((x) => x.departmentId))].map((id) => ({ id, name: names.get(id) ?? null })),
    categories: cycle.categories,
  };
}

export async function publicProjectRow(ex: Executor, id: string): Promise<ProjectRow> {
  const p = await findProjectById(ex, id);
  if (!p) throw notFound({ zh: '未找到该项目', en: 'Project not found' });
  return p;
}

export async function publicProject(db: Db, id: string, now: Date) {
  const p = await publicProjectRow(db, id);
  const congress = (await findCongress(db, p.congressId))!;
  return { congress: { id: congress.id, name: congress.name }, ...(await projectRecord(db, p, now)) };
}

export async function publicNotices(db: Db, cycleId: string) {
  const cycle = await publicCycleRow(db, cycleId);
  const titles = new Map((await listProjectsOfCycle(db, cycle.id)).map((p) => [p.id, p.title]));
  return { cycle: cycleHeader(cycle), notices: await notices(db, cycle, titles) };
}

const recordFacts = ({ p, v }: { p: ProjectRow; v: ProjectView }): RecordProject => ({
  status: v.status,
  deadline: p.deadline,
  completedOn: v.completedOn,
  grade: p.grade,
  reporting: { required: v.reporting.required, onTime: v.reporting.onTime },
});

/** One department's record over every cycle of its congress. */
export async function publicDepartmentRecord(db: Db, departmentId: string, congressId: string, now: Date) {
  const dept = (await findDepartment(db, congressId, departmentId))!;
  const congress = (await findCongress(db, congressId))!;
  const rows = await listProjectsWhere(db, { congressId, departmentId });
  const facts = await loadFacts(db, rows);
  const cycles = new Map((await listCycles(db, congressId)).map((c) => [c.id, c]));
  const names = await departmentNames(db, congressId);
  const projects = rows.map((p) => {
    const v = projectView(p, facts.get(p.id)!, now);
    return { item: describeProjectItem(p, v, names), v, p };
  });
  const record = (list: typeof projects) => departmentRecord(list.map(recordFacts));
  const cycleIds = [...new Set(rows.map((p) => p.cycleId))];
  return {
    congress: { id: congress.id, name: congress.name },
    department: { id: dept.id, name: dept.name, active: dept.active },
    record: record(projects),
    cycles: cycleIds
      .map((id) => {
        const c = cycles.get(id)!;
        const mine = projects.filter((x) => x.p.cycleId === id);
        return { cycle: cycleHeader(c), record: record(mine), projects: mine.map((x) => x.item) };
      })
      .sort((a, b) => b.cycle.year - a.cycle.year),
  };
}

/** The department of a public record: the id alone says which congress. */
export async function publicDepartmentCongress(ex: Executor, departmentId: string): Promise<string> {
  const congressId = await findDepartmentCongress(ex, departmentId);
  if (!congressId) throw notFound({ zh: '未找到该单位', en: 'Department not found' });
  return congressId;
}

/** Every department of a congress that has projects, each with its record in brief. */
export async function publicDepartments(db: Db, congressId: string, now: Date) {
  const congress = await findCongress(db, congressId);
  if (!congress) throw notFound({ zh: '未找到该人大', en: 'Congress not found' });
  const rows = await listProjectsWhere(db, { congressId });
  const facts = await loadFacts(db, rows);
  const depts = await listDepartments(db, congressId);
  return {
    congress: { id: congress.id, name: congress.name },
    departments: depts
      .filter((d) => rows.some((p) => p.departmentId === d.id))
      .map((d) => {
        const mine = rows.filter((p) => p.departmentId === d.id).map((p) => ({ p, v: projectView(p, facts.get(p.id)!, now) }));
        return {
          id: d.id,
          name: d.name,
          record: departmentRecord(mine.map(recordFacts)),
        };
      }),
  };
}
