// A cycle's settings that are rules of their own: the margin rule (差额) against the seats M, and
// the category list. Checked when the secretariat opens a cycle or changes its settings.
import { problem, type Problem } from '../../core/domain/problems';

export const DEFAULT_CATEGORIES = ['教育', '医疗卫生', '养老', '交通', '水利', '生态环境', '城乡建设', '就业', '文化体育', '其他'] as const;

export interface MarginRule {
  /** M: projects the ballot chooses. */
  seats: number;
  /** At least this many candidates more than seats (差额); 0 is 等额. */
  minMargin: number;
  /** 等额 needs this explicit allowance. */
  allowEqual: boolean;
}

export const DEFAULT_MIN_MARGIN = 1;

/** Problems of the rule itself, as the secretariat sets it. */
export function marginRuleProblems(r: MarginRule): Problem[] {
  const out: Problem[] = [];
  if (!Number.isSafeInteger(r.seats) || r.seats < 1)
    out.push(problem('seats_invalid', '应选项目数须为正整数', 'Seats must be a positive whole number', 'seats'));
  if (!Number.isSafeInteger(r.minMargin) || r.minMargin < 0) {
    out.push(problem('margin_invalid', '差额数须为非负整数', 'The margin must be a whole number, zero or more', 'minMargin'));
  } else if (r.minMargin === 0 && !r.allowEqual) {
    out.push(problem('equal_not_allowed', '等额（差额为 0）须明确允许', 'An equal list (margin 0) must be explicitly allowed', 'allowEqual'));
  }
  return out;
}

/** A cycle's category list: each name once. */
export function categoryListProblems(categories: readonly string[]): Problem[] {
  if (categories.length === 0) return [problem('categories_empty', '至少需要一个类别', 'At least one category is needed', 'categories')];
  const seen = new Set<string>();
  const dup = categories.filter((c) => (seen.has(c) ? true : (seen.add(c), false)));
  return dup.length ? [problem('category_duplicate', `类别重复：${dup.join('、')}`, `Repeated categories: ${dup.join(', ')}`, 'categories')] : [];
}
