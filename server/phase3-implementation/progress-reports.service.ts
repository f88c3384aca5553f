// Progress reports (进展报告) by the responsible department. Final once submitted: a mistake is
// put right by a correction, a new report that names the one it corrects and says what changes.
import type { Db } from '../../db/client';
import { appendEntry } from '../core/ledger/ledger.repository';
import type { Actor } from '../core/context';
import { problem } from '../core/domain/problems';
import { contentDigest } from '../phase1-solicitation';
import { chinaDate } from '../core/domain/china-date';
import { refuse } from '../core/refuse';
import { assertResponsible, lockProjectFor } from './access';
import { scopeChanged } from './domain/changes';
import { correctionProblem, reportProblems } from './domain/progress';
import { describeReports, projectView } from './project-view';
import { insertReport, loadFacts, updateProject } from './projects.repository';

export interface ReportInput {
  asOf: string;
  percentComplete: number;
  disbursedYuan: number;
  narrative: string;
  problems?: string | null;
  milestonesReached: string[];
  correctsId?: string;
  correctionNote?: string | null;
}

export async function submitReport(db: Db, actor: Actor, projectId: string, input: ReportInput, now: Date) {
  return db.transaction(async (tx) => {
    const { p, cycle } = await lockProjectFor(tx, actor, projectId);
    assertResponsible(actor, p);
    if (p.state === 'terminated') {
      throw refuse([problem('project_terminated', '项目已终止实施，不再报送进展', 'The project is terminated; no more reports')]);
    }
    const facts = (await loadFacts(tx, [p])).get(p.id)!;
    const v = projectView(p, facts, now);
    const correctsId = input.correctsId ?? null;
    if (correctsId) {
      const bad = correctionProblem(correctsId, v.progress, new Set(facts.reports.map((r) => r.id)));
      if (bad) throw refuse([bad]);
    }
    const lastAt = v.progress.lastReportedAt;
    const problems = reportProblems(
      { ...input, correctsId },
      {
        today: chinaDate(now),
        startedOn: p.startedOn,
        budgetYuan: p.budgetYuan,
        progress: v.progress,
        milestones: facts.milestones,
        scopeChangedSinceLastReport: facts.decisions.some(
          (d) => d.kind === 'adjust' && !!d.changed && scopeChanged(d.changed) && (!lastAt || (d.decidedAt ?? now) > lastAt),
        ),
      },
    );
    if (problems.length) throw refuse(problems);
    const row = await insertReport(tx, {
      congressId: p.congressId,
      projectId: p.id,
      number: facts.reports.length + 1,
      asOf: input.asOf,
      percentComplete: input.percentComplete,
      disbursedYuan: input.disbursedYuan,
      narrative: input.narrative,
      problems: input.problems ?? null,
      milestonesReached: input.milestonesReached,
      correctsId,
      correctionNote: correctsId ? (input.correctionNote ?? null) : null,
      submittedAt: now,
      submittedBy: actor.accountId,
    });
    await updateProject(tx, p.id, { updatedAt: now });
    // The texts go in as a hash: the public ledger holds the figures, and anyone can check the page's words against it.
    await appendEntry(
      tx,
      cycle.ledgerId,
      'project.reported',
      {
        projectId: p.id,
        reportId: row.id,
        number: row.number,
        asOf: row.asOf,
        percentComplete: row.percentComplete,
        disbursedYuan: row.disbursedYuan,
        milestonesReached: row.milestonesReached,
        corrects: correctsId,
        textHash: contentDigest({ narrative: row.narrative, problems: row.problems, correctionNote: row.correctionNote }),
        by: actor.accountId,
      },
      now,
    );
    const after = projectView(p, { ...facts, reports: [...facts.reports, row] }, now);
    const [described] = describeReports([row], after, new Map(facts.milestones.map((m) => [m.id, m.name])));
    return { report: described!, status: after.status, percentComplete: after.progress.percentComplete, overdue: after.reporting.overdue };
  });
}
