// What a proposal (项目建议) must hold to be submitted, checked without I/O so the web form can
// show the same messages before sending. Money is integer 元 throughout.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../../core/domain/canonical-json';
import { formatWan, isYuan, sumYuan } from '../../core/domain/money';
import { problem, type Problem } from '../../core/domain/problems';
import { isIsoDate, yearOf } from '../../core/domain/china-date';

export { categoryListProblems, DEFAULT_CATEGORIES } from '../../cycle/domain/settings';

export const FUNDING_SOURCES = ['local_fiscal', 'higher_subsidy', 'social_capital', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const FUNDING_SOURCE_LABELS: Record<FundingSource, { zh: string; en: string }> = {
  local_fiscal: { zh: '本级财政', en: 'own budget' },
  higher_subsidy: { zh: '上级补助', en: 'higher-level subsidy' },
  social_capital: { zh: '社会资本', en: 'private capital' },
  other: { zh: '其他', en: 'other' },
};

export interface FundingPart {
  source: FundingSource;
  amountYuan: number;
  note?: string | null;
}
/** A year's goal of a project that runs beyond its cycle's year. */
export interface Milestone {
  year: number;
  goal: string;
}
/** 可量化目标: an indicator with a number and its unit, e.g. 新增学位 1080 个. */
export interface Target {
  indicator: string;
  value: string;
  unit: string;
}

/** The materials deputies read and vote on. Drafts may leave any but the title empty. */
export interface Materials {
  title: string;
  category: string | null;
  background: string | null;
  content: string | null;
  location: string | null;
  /** 责任单位. */
  departmentId: string | null;
  estimateYuan: number | null;
  funding: FundingPart[];
  deadline: string | null;
  milestones: Milestone[];
  targets: Target[];
}

export const MATERIAL_FIELDS = [
  'title',
  'category',
  'background',
  'content',
  'location',
  'departmentId',
  'estimateYuan',
  'funding',
  'deadline',
  'milestones',
  'targets',
] as const satisfies ReadonlyArray<keyof Materials>;

export const FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  title: { zh: '项目名称', en: 'title' },
  category: { zh: '类别', en: 'category' },
  background: { zh: '背景与必要性', en: 'background and necessity' },
  content: { zh: '主要内容与建设规模', en: 'content and scale' },
  location: { zh: '建设地点', en: 'location' },
  departmentId: { zh: '责任单位', en: 'responsible department' },
  estimateYuan: { zh: '投资估算', en: 'cost estimate' },
  funding: { zh: '资金来源', en: 'funding sources' },
  deadline: { zh: '完成时限', en: 'deadline' },
  milestones: { zh: '年度目标', en: 'annual milestones' },
  targets: { zh: '可量化目标', en: 'measurable targets' },
  contactName: { zh: '联系人', en: 'contact name' },
  contactPhone: { zh: '联系电话', en: 'contact phone' },
};

const wan = (yuan: number) => `${formatWan(yuan, { grouping: true })} 万元`;

/** Funding parts: each source once, positive whole 元, "other" explained, summing to the estimate exactly. */
export function fundingProblems(estimateYuan: number, parts: readonly FundingPart[]): Problem[] {
  if (parts.length === 0) return [problem('funding_missing', '请填写资金来源', 'Give the funding sources', 'funding')];
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const p of parts) {
    const label = FUNDING_SOURCE_LABELS[p.source] ?? { zh: String(p.source), en: String(p.source) };
    if (!FUNDING_SOURCE_LABELS[p.source])
      out.push(problem('funding_source', `未知的资金来源“${label.zh}”`, `Unknown funding source ${label.en}`, 'funding'));
    if (seen.has(p.source))
      out.push(problem('funding_duplicate', `资金来源“${label.zh}”重复`, `Funding source ${label.en} appears twice`, 'funding'));
    seen.add(p.source);
    if (!isYuan(p.amountYuan) || p.amountYuan <= 0) {
      out.push(
        problem(
          'funding_amount',
          `资金来源“${label.zh}”的金额须为正的整数元`,
          `The amount of ${label.en} must be a positive whole number of 元`,
          'funding',
        ),
      );
    }
    if (p.source === 'other' && !p.note?.trim()) {
      out.push(problem('funding_other_note', '资金来源为“其他”时须说明来源', 'Say what "other" funding is', 'funding'));
    }
  }
  if (out.length) return out;
  const total = sumYuan(parts.map((p) => p.amountYuan));
  if (total !== estimateYuan) {
    out.push(
      problem(
        'funding_sum',
        `资金来源合计 ${wan(total)}，与投资估算 ${wan(estimateYuan)} 不符（相差 ${wan(total - estimateYuan)}）`,
        `Funding sources add up to ${wan(total)}, not the estimate of ${wan(estimateYuan)} (off by ${wan(total - estimateYuan)})`,
        'funding',
      ),
    );
  }
  return out;
}

/** Years a project finishing on `deadline` needs milestones for: none within the cycle's year, else each year up to the deadline's. */
export function milestoneYears(cycleYear: number, deadline: string): number[] {
  const last = yearOf(deadline);
  if (last <= cycleYear) return [];
  return Array.from({ length: last - cycleYear + 1 }, (_, i) => cycleYear + i);
}

/** 完成时限 within the cycle's year, or later with one milestone per year from the cycle's year to the deadline's. */
export function scheduleProblems(cycleYear: number, deadline: string, milestones: readonly Milestone[]): Problem[] {
  if (!isIsoDate(deadline)) return [problem('bad_date', '完成时限不是有效日期', 'The deadline is not a real date', 'deadline')];
  if (yearOf(deadline) < cycleYear) {
    return [
      problem(
        'deadline_before_year',
        `完成时限 ${deadline} 早于项目年度 ${cycleYear} 年`,
        `The deadline ${deadline} is before the project year ${cycleYear}`,
        'deadline',
      ),
    ];
  }
  const out: Problem[] = [];
  const last = Math.max(cycleYear, yearOf(deadline));
  const seen = new Set<number>();
  for (const m of milestones) {
    if (!Number.isInteger(m.year) || m.year < cycleYear || m.year > last) {
      out.push(
        problem(
          'milestone_year',
          `年度目标的年份 ${m.year} 不在 ${cycleYear}–${last} 年之间`,
          `Milestone year ${m.year} is outside ${cycleYear}–${last}`,
          'milestones',
        ),
      );
    } else if (seen.has(m.year)) {
      out.push(problem('milestone_duplicate', `${m.year} 年的年度目标重复`, `Two milestones for ${m.year}`, 'milestones'));
    }
    seen.add(m.year);
  }
  const missing = milestoneYears(cycleYear, deadline).filter((y) => !seen.has(y));
  if (missing.length) {
    out.push(
      problem(
        'milestones_missing',
        `完成时限跨年（至 ${yearOf(deadline)} 年），须列出 ${missing.join('、')} 年的年度目标`,
        `The deadline is beyond ${cycleYear}: give milestones for ${missing.join(', ')}`,
        'milestones',
      ),
    );
  }
  return out;
}

export interface SubmissionContext {
  cycleYear: number;
  categories: readonly string[];
  /** Deputies may leave 责任单位 to the secretariat; departments and public-channel proposals name it. */
  requireDepartment: boolean;
  requireContact: boolean;
}

/** Everything wrong with a proposal that is about to be submitted (empty: it may be). */
export function submissionProblems(m: Materials & { contactName: string | null; contactPhone: string | null }, ctx: SubmissionContext): Problem[] {
  const out: Problem[] = [];
  const missing = (field: string) => {
    const l = FIELD_LABELS[field]!;
    out.push(problem('required', `请填写${l.zh}`, `The ${l.en} is required`, field));
  };
  if (!m.title.trim()) missing('title');
  if (!m.category) missing('category');
  else if (!ctx.categories.includes(m.category)) out.push(categoryProblem(m.category));
  if (!m.background?.trim()) missing('background');
  if (!m.content?.trim()) missing('content');
  if (!m.location?.trim()) missing('location');
  if (ctx.requireDepartment && !m.departmentId) missing('departmentId');
  if (m.estimateYuan === null) missing('estimateYuan');
  else if (!isYuan(m.estimateYuan) || m.estimateYuan <= 0) {
    out.push(problem('estimate_positive', '投资估算须为正的整数元', 'The estimate must be a positive whole number of 元', 'estimateYuan'));
  } else {
    out.push(...fundingProblems(m.estimateYuan, m.funding));
  }
  if (!m.deadline) missing('deadline');
  else out.push(...scheduleProblems(ctx.cycleYear, m.deadline, m.milestones));
  if (m.targets.length === 0) {
    out.push(problem('targets_missing', '请至少填写一项可量化目标', 'Give at least one measurable target', 'targets'));
  }
  if (ctx.requireContact) {
    if (!m.contactName?.trim()) missing('contactName');
    if (!m.contactPhone?.trim()) missing('contactPhone');
  }
  return out;
}

export function categoryProblem(category: string): Problem {
  return problem('category_unknown', `类别“${category}”不在本年度的类别中`, `"${category}" is not a category of this cycle`, 'category');
}

/**
 * SHA-256 of the canonical JSON of the materials: goes into the ledger with each submission and
 * with the fixed list, so anyone can check that the materials they read are the ones fixed.
 */
export function materialsDigest(m: Materials): string {
  const doc = {
    title: m.title,
    category: m.category,
    background: m.background,
    content: m.content,
    location: m.location,
    departmentId: m.departmentId,
    estimateYuan: m.estimateYuan,
    funding: m.funding.map((f) => ({ source: f.source, amountYuan: f.amountYuan, note: f.note ?? null })),
    deadline: m.deadline,
    milestones: m.milestones.map((x) => ({ year: x.year, goal: x.goal })),
    targets: m.targets.map((t) => ({ indicator: t.indicator, value: t.value, unit: t.unit })),
  };
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(doc))));
}

/** SHA-256 of any canonicalizable record (a public suggestion's text goes into the public ledger only as this). */
export function contentDigest(doc: Record<string, unknown>): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(doc))));
}

/** One line for lists and the public page: the first sentence or line of the content, shortened. */
export function oneLineSummary(text: string | null, max = 60): string {
  if (!text) return '';
  const firstLine =
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? '';
  const flat = firstLine.replace(/\s+/g, ' ');
  const sentenceEnd = flat.search(/[。！？；]/);
  const sentence = sentenceEnd >= 0 ? flat.slice(0, sentenceEnd + 1) : flat;
  const chars = Array.from(sentence);
  return chars.length <= max ? sentence : `${chars.slice(0, max - 1).join('')}…`;
}

/** 编号 as shown: 2027-007. */
export function proposalCode(year: number, n: number | null): string | null {
  return n === null ? null : `${year}-${String(n).padStart(3, '0')}`;
}
