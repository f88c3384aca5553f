// Evaluation results on projects, rectification orders (整改) for the unsatisfactory ones, and a
// department's record (部门履职记录) rolled up from its projects.
import { formatPermille, GRADE_LABELS, ratePermille, type Grade } from '../../phase2-balloting/domain/grading';
import { PROJECT_STATUSES, type ProjectStatus } from './project-status';
import { addMonths } from './reporting-periods';

export const GRADES = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const satisfies readonly Grade[];
export { GRADE_LABELS };

/** A rectification is due this many months after it is ordered. */
export const RECTIFICATION_MONTHS = 3;
export const rectificationDueOn = (orderedOn: string) => addMonths(orderedOn, RECTIFICATION_MONTHS);

export const RECTIFICATION_STATUSES = ['open', 'reported'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];
export const RECTIFICATION_STATUS_LABELS: Record<RectificationStatus, { zh: string; en: string }> = {
  open: { zh: '整改中', en: 'being rectified' },
  reported: { zh: '已报送整改情况', en: 'rectification reported' },
};

export interface RecordProject {
  status: ProjectStatus;
  /** The deadline in force (an approved adjustment moves it). */
  deadline: string;
  completedOn: string | null;
  grade: Grade | null;
  reporting: { required: number; onTime: number };
}

const rate = (part: number, whole: number) => ({ permille: ratePermille(part, whole), text: formatPermille(ratePermille(part, whole)) });

/**
 * A department's record over its projects. On-time completion counts the projects that are
 * complete or past their deadline (suspended and terminated ones are left out); reporting counts
 * ended periods that needed a report; satisfaction is the share of evaluated projects graded
 * 满意 or 基本满意.
 */
export function departmentRecord(projects: readonly RecordProject[]) {
  const byStatus = Object.fromEntries(PROJECT_STATUSES.map((s) => [s, projects.filter((p) => p.status === s).length])) as Record<
    ProjectStatus,
    number
  >;
  const completed = projects.filter((p) => p.status === 'completed' && p.completedOn !== null);
  const onTime = completed.filter((p) => p.completedOn! <= p.deadline).length;
  const due = byStatus.completed + byStatus.delayed;
  const required = projects.reduce((n, p) => n + p.reporting.required, 0);
  const reportedOnTime = projects.reduce((n, p) => n + p.reporting.onTime, 0);
  const grades = Object.fromEntries(GRADES.map((g) => [g, projects.filter((p) => p.grade === g).length])) as Record<Grade, number>;
  const evaluated = grades.satisfied + grades.basically_satisfied + grades.unsatisfied;
  return {
    projects: projects.length,
    byStatus,
    completion: { due, completed: completed.length, onTime, onTimeRate: rate(onTime, due) },
    reporting: { required, onTime: reportedOnTime, onTimeRate: rate(reportedOnTime, required) },
    evaluation: { evaluated, ...grades, satisfiedShare: rate(grades.satisfied + grades.basically_satisfied, evaluated) },
  };
}

/** A project as the department roll-up reads it, with its 责任单位. */
export interface DepartmentProject extends RecordProject {
  departmentId: string;
  departmentName: string | null;
}

/**
 * Each department's record over the projects given, in order of first appearance. The public
 * overview of a cycle and its annual report both call this on that cycle's projects, so a
 * department has one set of figures for a year wherever it is shown.
 */
export function departmentRecords(projects: readonly DepartmentProject[]) {
  const ids = [...new Map(projects.map((p) => [p.departmentId, p.departmentName])).entries()];
  return ids.map(([id, name]) => ({ id, name, record: departmentRecord(projects.filter((p) => p.departmentId === id)) }));
}
