// The annual report's spreadsheets (项目、进展、测评结果) as CSV: one row per project, per progress
// report and per project of each certified evaluation. Columns in Chinese, money in integer 元 so a
// sum in Excel is exact; the BOM, quoting and the formula guard are the result sheet's (toCsv). Pure.
import { toCsv } from '../../phase2-balloting/domain/results-csv';
import { rankTextZh } from '../../phase2-balloting/domain/result-words';

type Cell = string | number | null;
type Label = { zh: string; en: string };

const yesNo = (b: boolean) => (b ? '是' : '否');

/** What a project row needs (describeProject's fields). */
export interface CsvProject {
  code: string | null;
  title: string;
  category: string;
  departmentName: string | null;
  budgetYuan: number;
  originalBudgetYuan: number;
  disbursedYuan: number;
  percentComplete: number;
  statusLabel: Label;
  deadline: string;
  originalDeadline: string;
  cadenceLabel: Label;
  completedOn: string | null;
  flags: { overdue: unknown; delayed: unknown };
  gradeLabel: string | null;
  satisfactionRateText: string | null;
  vote: { for: number; against: number; abstain: number; rank: number; tied: boolean };
}

export function projectsCsv(projects: readonly CsvProject[]): string {
  const rows: Cell[][] = [
    [
      '编号',
      '项目名称',
      '类别',
      '责任单位',
      '预算（元）',
      '原预算（元）',
      '已拨付资金（元）',
      '完成进度（%）',
      '状态',
      '完成期限',
      '原定期限',
      '完成日期',
      '报送周期',
      '逾期未报',
      '滞后',
      '测评结果',
      '满意率',
      '赞成票',
      '反对票',
      '弃权票',
      '票决名次',
    ],
  ];
  for (const p of projects) {
    rows.push([
      p.code,
      p.title,
      p.category,
      p.departmentName,
      p.budgetYuan,
      p.originalBudgetYuan,
      p.disbursedYuan,
      p.percentComplete,
      p.statusLabel.zh,
      p.deadline,
      p.originalDeadline,
      p.completedOn,
      p.cadenceLabel.zh,
      yesNo(!!p.flags.overdue),
      yesNo(!!p.flags.delayed),
      p.gradeLabel,
      p.satisfactionRateText,
      p.vote.for,
      p.vote.against,
      p.vote.abstain,
      rankTextZh(p.vote),
    ]);
  }
  return toCsv(rows);
}

/** A progress report as describeReports gives it. */
export interface CsvReport {
  id: string;
  number: number;
  asOf: string;
  percentComplete: number;
  disbursedYuan: number;
  milestonesReached: Array<{ name: string | null }>;
  correctsId: string | null;
  correctedById: string | null;
  correctionNote: string | null;
  submittedAt: string;
  submittedOn: string;
}

export interface CsvPeriod {
  start: string;
  end: string;
  status: string;
}

export type Timeliness = 'on_time' | 'late' | 'correction';
export const TIMELINESS_LABELS: Record<Timeliness, string> = { on_time: '按期报送', late: '逾期补报', correction: '更正报告' };

/**
 * How a report stands against the cadence: a correction does not count; a regular report is the
 * late filing of an ended period that had none when it is the first regular report after that
 * period's end (the period reads `late` on the record), else it was filed in time.
 */
export function timelinessOf(report: CsvReport, reports: readonly CsvReport[], periods: readonly CsvPeriod[]): Timeliness {
  if (report.correctsId) return 'correction';
  const regular = reports.filter((r) => !r.correctsId);
  const late = periods.filter((p) => p.status === 'late' && p.end < report.submittedOn);
  const fillsLate = late.some((p) => {
    const first = regular.filter((r) => r.submittedOn > p.end).sort((a, b) => (a.submittedAt < b.submittedAt ? -1 : 1))[0];
    return first?.id === report.id;
  });
  return fillsLate ? 'late' : 'on_time';
}

/** Beijing wall-clock time of an instant, "2027-03-05 10:00:00" (what a clerk reads in Excel). */
export function chinaDateTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return d.toISOString().slice(0, 19).replace('T', ' ');
}

export function progressCsv(
  projects: ReadonlyArray<{ code: string | null; title: string; reports: readonly CsvReport[]; periods: readonly CsvPeriod[] }>,
): string {
  const rows: Cell[][] = [
    [
      '项目编号',
      '项目名称',
      '报告序号',
      '截至日期',
      '完成进度（%）',
      '已拨付资金（元）',
      '达成节点',
      '更正第几号报告',
      '更正说明',
      '已被更正',
      '报送时间（北京时间）',
      '报送情况',
    ],
  ];
  for (const p of projects) {
    const numberOf = new Map(p.reports.map((r) => [r.id, r.number]));
    const oldestFirst = [...p.reports].sort((a, b) => a.number - b.number);
    for (const r of oldestFirst) {
      rows.push([
        p.code,
        p.title,
        r.number,
        r.asOf,
        r.percentComplete,
        r.disbursedYuan,
        r.milestonesReached
          .map((m) => m.name ?? '')
          .filter(Boolean)
          .join('、'),
        r.correctsId ? (numberOf.get(r.correctsId) ?? null) : null,
        r.correctionNote,
        r.correctedById ? `已被第${numberOf.get(r.correctedById) ?? '?'}号报告更正` : null,
        chinaDateTime(r.submittedAt),
        TIMELINESS_LABELS[timelinessOf(r, p.reports, p.periods)],
      ]);
    }
  }
  return toCsv(rows);
}

/** A certified evaluation ballot and its per-project counts. */
export interface CsvEvaluation {
  title: string;
  certifiedAt: string | null;
  rosterCount: number;
  presentCount: number;
  valid: number;
  invalid: number;
  threshold: number;
  projects: Array<{
    code: string | null;
    title: string;
    departmentName: string | null;
    satisfied: number;
    basically_satisfied: number;
    unsatisfied: number;
    abstain: number;
    gradeLabel: string;
    satisfactionRateText: string;
  }>;
}

export function evaluationsCsv(evaluations: readonly CsvEvaluation[]): string {
  const rows: Cell[][] = [
    [
      '测评',
      '确认时间（北京时间）',
      '应到',
      '实到',
      '有效票',
      '无效票',
      '过半数票数',
      '项目编号',
      '项目名称',
      '责任单位',
      '满意',
      '基本满意',
      '不满意',
      '弃权',
      '测评结果',
      '满意率',
    ],
  ];
  for (const e of evaluations) {
    for (const p of e.projects) {
      rows.push([
        e.title,
        e.certifiedAt ? chinaDateTime(e.certifiedAt) : null,
        e.rosterCount,
        e.presentCount,
        e.valid,
        e.invalid,
        e.threshold,
        p.code,
        p.title,
        p.departmentName,
        p.satisfied,
        p.basically_satisfied,
        p.unsatisfied,
        p.abstain,
        p.gradeLabel,
        p.satisfactionRateText,
      ]);
    }
  }
  return toCsv(rows);
}
