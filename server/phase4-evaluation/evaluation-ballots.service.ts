// 满意度测评: the satisfaction evaluation is a ballot of the engine (phase 2) with one question per
// project of the cycle, on the same cards, ledger and screens. Phase 4 builds it through phase 2's
// index; the grades come back through the certification hook (evaluation.service.ts).
import type { Db, Tx } from '../../db/client';
import type { Actor } from '../core/context';
import { conflict, notFound, ruleViolation } from '../core/errors';
import { findCycle } from '../cycle/cycles.repository';
import {
  asLink,
  DEFAULT_GRADING,
  DEFAULT_QUORUM,
  evaluationCoverageProblems,
  findSitting,
  insertBallot,
  isLive,
  listBallots,
  listCandidatesOf,
  LIVE_COUNTS_SECRET,
  liveCountsRefused,
  lockCycleBallots,
  validateGrading,
  type Evaluators,
  type GradingRule,
  type Quorum,
  type StoredRules,
} from '../phase2-balloting';
import { evaluationsOf, listCycleProjects, rectificationsOf } from '../phase3-implementation';

export interface CreateEvaluationInput {
  cycleId: string;
  sittingId: string;
  title: string;
  rules: {
    allowAbstain?: boolean;
    passBasis?: 'roster' | 'present';
    secrecy?: 'secret' | 'recorded';
    liveCounts?: boolean;
    evaluators?: Evaluators;
    quorum?: Quorum;
    grading?: GradingRule;
  };
  /** A re-evaluation asks about some projects only (those rectified); default: every project of the cycle. */
  projectIds?: string[];
}

/** 满意度测评: one question per project of the cycle, on the same cards, ledger and screens. */
export async function createEvaluationBallot(db: Db, actor: Actor, input: CreateEvaluationInput, now: Date) {
  return db.transaction(async (tx) => {
    if (!(await findSitting(tx, actor.congressId, input.sittingId))) throw notFound({ zh: '未找到该会议', en: 'Sitting not found' });
    const cycle = await findCycle(tx, actor.congressId, input.cycleId);
    if (!cycle) throw notFound({ zh: '未找到该年度', en: 'Cycle not found' });
    if (cycle.phase !== 'evaluation') {
      throw ruleViolation({ zh: '该年度尚未进入监督评议阶段', en: 'The cycle is not in the evaluation phase' }, { phase: cycle.phase });
    }
    const all = await listCycleProjects(tx, actor.congressId, input.cycleId, now);
    // A terminated project (终止, by the standing committee's decision) is not evaluated.
    let projects = all.filter((p) => p.status !== 'terminated');
    if (input.projectIds) {
      const wanted = new Set(input.projectIds);
      const unknown = input.projectIds.filter((pid) => !all.some((p) => p.id === pid));
      if (unknown.length) throw ruleViolation({ zh: '有项目不属于该年度', en: 'Some projects are not of this cycle' }, { unknown });
      const terminated = input.projectIds.filter((pid) => !projects.some((p) => p.id === pid));
      if (terminated.length) throw ruleViolation({ zh: '已终止的项目不参加测评', en: 'Terminated projects are not evaluated' }, { terminated });
      projects = projects.filter((p) => wanted.has(p.id));
    }
    if (!projects.length) throw ruleViolation({ zh: '没有可测评的项目', en: 'There are no projects to evaluate' });
    await lockCycleBallots(tx, input.cycleId);
    await assertEvaluatedOnce(
      tx,
      actor.congressId,
      input.cycleId,
      projects.map((p) => ({ id: p.id, title: p.title })),
    );
    const r = input.rules;
    if (liveCountsRefused(r)) throw ruleViolation({ zh: '无记名测评进行中只显示投票人数，不能显示各项目实时票数', en: LIVE_COUNTS_SECRET });
    const rules = {
      form: 'satisfaction',
      allowAbstain: r.allowAbstain ?? false,
      passBasis: r.passBasis ?? 'roster',
      secrecy: r.secrecy ?? 'secret',
      liveCounts: r.liveCounts ?? false,
      evaluators: r.evaluators ?? 'deputies',
      quorum: r.quorum ?? DEFAULT_QUORUM,
      seats: 0,
      maxFor: 0,
      grading: r.grading ?? DEFAULT_GRADING,
    } as unknown as StoredRules;
    const gradingErrors = validateGrading(rules.grading);
    if (gradingErrors.length)
      throw ruleViolation(
        { zh: `评定规则有误：${gradingErrors.join('；')}`, en: `Invalid grading: ${gradingErrors.join('; ')}` },
        { errors: gradingErrors },
      );
    return insertBallot(
      tx,
      actor,
      {
        cycleId: input.cycleId,
        sittingId: input.sittingId,
        kind: 'evaluation',
        parentBallotId: null,
        title: input.title,
        rules,
        candidates: projects.map((p) => ({
          candidateId: p.id,
          title: p.title,
          departmentName: p.departmentName,
          estimateYuan: null,
          summary: null,
          materials: p,
        })),
      },
      now,
    );
  });
}

/**
 * Each project is evaluated once per cycle; again only after 不满意 and a reported rectification.
 * Lists every project in the way, with the reason, so the clerk sees them all at once.
 */
async function assertEvaluatedOnce(tx: Tx, congressId: string, cycleId: string, projects: Array<{ id: string; title: string }>) {
  const evaluations = (await listBallots(tx, congressId, cycleId)).filter((b) => b.kind === 'evaluation' && isLive(asLink(b))).reverse();
  const ids = projects.map((p) => p.id);
  const grades = await evaluationsOf(tx, ids);
  const rectifications = await rectificationsOf(tx, ids);
  // Every evaluation's candidates in one query, not one per project and evaluation.
  const candidatesOf = await listCandidatesOf(
    tx,
    evaluations.map((b) => b.id),
  );
  const coverage = projects.map((p) => ({
    projectId: p.id,
    covering: evaluations
      .filter((b) => candidatesOf.get(b.id)!.some((c) => c.candidateId === p.id))
      .map((b) => {
        const graded = grades.find((g) => g.projectId === p.id && g.ballotId === b.id);
        return {
          ballotId: b.id,
          state: b.state,
          grade: graded?.grade ?? null,
          rectificationReported: !!graded && rectifications.some((r) => r.evaluationId === graded.id && r.status === 'reported'),
        };
      }),
  }));
  const problems = evaluationCoverageProblems(coverage);
  if (!problems.length) return;
  const title = (pid: string) => projects.find((p) => p.id === pid)?.title ?? pid;
  const words = {
    evaluation_underway: { zh: '正在测评中', en: 'is in an evaluation under way' },
    already_evaluated: { zh: '本年度已测评', en: 'has been evaluated this cycle' },
    not_rectified: { zh: '评为不满意后尚未报送整改情况', en: 'has not reported its rectification since it was graded unsatisfied' },
  } as const;
  const zh = problems.map((p) => `“${title(p.projectId)}”${words[p.code].zh}`).join('；');
  const en = problems.map((p) => `"${title(p.projectId)}" ${words[p.code].en}`).join('; ');
  const make = problems.every((p) => p.code === 'not_rectified') ? ruleViolation : conflict;
  throw make(
    {
      zh: `${zh}。每个项目每年度只测评一次，整改后方可再次测评`,
      en: `${en}. Each project is evaluated once a cycle, again only after rectification`,
    },
    { problems },
  );
}
