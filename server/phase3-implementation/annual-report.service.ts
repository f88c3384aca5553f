// The annual report of a cycle (年度民生实事项目实施情况报告) in one answer, and its spreadsheets.
// Built from the same public functions as the overview and the project pages (publicOverview,
// projectRecords), so the report says exactly what the public pages say. Nothing private.
import type { Db, Executor } from '../../db/client';
import { describeLedger } from '../core/ledger/ledger.service';
import { listLedgers } from '../core/ledger/ledger.repository';
import { chinaDate } from '../core/domain/china-date';
import { certifiedResultsOf, isEvaluationResult, listBallots } from '../phase2-balloting';
import { GRADE_LABELS } from './domain/record';
import { departmentRecord, departmentRecords, type RecordProject } from './domain/record';
import { evaluationsCsv, progressCsv, projectsCsv, type CsvEvaluation } from './domain/report-csv';
import { projectRecords } from './project-record';
import { listProjectsOfCycle } from './projects.repository';
import { publicCycleRow, publicOverview } from './public-progress.service';

type ProjectRecord = Awaited<ReturnType<typeof projectRecords>>[number];

/** Every project's record, in selection order, without the timeline (the report has its own sections). */
async function cycleRecords(db: Db, cycleId: string, now: Date) {
  return (await projectRecords(db, await listProjectsOfCycle(db, cycleId), now)).map(({ timeline: _timeline, cycle: _cycle, ...rest }) => rest);
}

/** What a department's record reads of a described project (the same roll-up as its public record). */
const recordFacts = (p: ProjectRecord['project']): RecordProject & { departmentId: string; departmentName: string | null } => ({
  departmentId: p.departmentId,
  departmentName: p.departmentName,
  status: p.status,
  deadline: p.deadline,
  completedOn: p.completedOn,
  grade: p.grade,
  reporting: { required: p.reporting.required, onTime: p.reporting.onTime },
});

/** The certified satisfaction evaluations of the cycle, oldest first, with each project's counts and grade. */
async function certifiedEvaluations(ex: Executor, congressId: string, cycleId: string, codes: Map<string, string | null>) {
  const rows = (await listBallots(ex, congressId, cycleId)).filter((b) => b.kind === 'evaluation' && b.state === 'certified').reverse();
  const results = await certifiedResultsOf(ex, rows);
  const out = [];
  for (const [i, b] of rows.entries()) {
    const r = results[i]!;
    if (!isEvaluationResult(r.tally)) continue;
    const t = r.tally;
    out.push({
      ballotId: b.id,
      title: b.title,
      certifiedAt: b.certifiedAt?.toISOString() ?? null,
      ledgerId: b.ledgerId,
      head: r.head,
      rosterCount: t.rosterCount,
      presentCount: t.presentCount,
      issued: t.issued,
      returned: t.returned,
      valid: t.valid,
      invalid: t.invalid,
      basis: t.basis,
      threshold: t.threshold,
      void: t.void,
      projects: r.ballot.candidates.flatMap((c) => {
        const g = t.perCandidate[c.id];
        return g
          ? [
              {
                projectId: c.id,
                code: codes.get(c.id) ?? null,
                title: c.title,
                departmentName: c.departmentName,
                satisfied: g.satisfied,
                basically_satisfied: g.basically_satisfied,
                unsatisfied: g.unsatisfied,
                abstain: g.abstain,
                grade: g.grade,
                gradeLabel: GRADE_LABELS[g.grade],
                satisfactionRateText: g.satisfactionRateText,
              },
            ]
          : [];
      }),
    });
  }
  return out;
}

/** Everything the annual report shows. */
export async function publicReport(db: Db, cycleId: string, now: Date) {
  const cycle = await publicCycleRow(db, cycleId);
  const overview = await publicOverview(db, cycle.id, now);
  const projects = await cycleRecords(db, cycle.id, now);
  const described = projects.map((x) => x.project);
  const evaluations = await certifiedEvaluations(db, cycle.congressId, cycle.id, new Map(described.map((p) => [p.id, p.code])));
  // The same pure roll-up as the overview's departments of this cycle.
  const departments = departmentRecords(described.map(recordFacts));
  // The overview lists the cycle's and the vote's ledgers; the evaluations' are verifiable too.
  const verifiable = new Set([cycle.ledgerId, ...overview.ballots.map((b) => b.ledgerId), ...evaluations.map((e) => e.ledgerId)]);
  const ledgers = (await listLedgers(db, cycle.congressId, { publicOnly: true })).filter((l) => verifiable.has(l.id)).map(describeLedger);
  return {
    ...overview,
    asOf: chinaDate(now),
    record: departmentRecord(described.map(recordFacts)),
    projects,
    evaluations,
    departments,
    ledgers,
  };
}

export type PublicReport = Awaited<ReturnType<typeof publicReport>>;

export async function projectsCsvOf(db: Db, cycleId: string, now: Date): Promise<string> {
  const cycle = await publicCycleRow(db, cycleId);
  return projectsCsv((await cycleRecords(db, cycle.id, now)).map((x) => x.project));
}

export async function progressCsvOf(db: Db, cycleId: string, now: Date): Promise<string> {
  const cycle = await publicCycleRow(db, cycleId);
  return progressCsv(
    (await cycleRecords(db, cycle.id, now)).map((x) => ({
      code: x.project.code,
      title: x.project.title,
      reports: x.reports,
      periods: x.project.reporting.periods,
    })),
  );
}

export async function evaluationsCsvOf(db: Db, cycleId: string): Promise<string> {
  const cycle = await publicCycleRow(db, cycleId);
  const codes = new Map((await listProjectsOfCycle(db, cycle.id)).map((p) => [p.id, p.code]));
  const evaluations: CsvEvaluation[] = await certifiedEvaluations(db, cycle.congressId, cycle.id, codes);
  return evaluationsCsv(evaluations);
}
