// The candidate list (初定): its margin rule (差额) against the seats M, and its order.
import { problem, type Problem } from '../../core/domain/problems';

import { marginRuleProblems, type MarginRule } from '../../cycle/domain/settings';

export { DEFAULT_MIN_MARGIN, marginRuleProblems, type MarginRule } from '../../cycle/domain/settings';

/** Fewest candidates the rule accepts. */
export function minimumCandidates(r: MarginRule): number {
  return r.seats + r.minMargin;
}

/** Whether a list of `count` candidates satisfies the rule (empty: it does). */
export function marginProblems(count: number, r: MarginRule): Problem[] {
  const ruleProblems = marginRuleProblems(r);
  if (ruleProblems.length) return ruleProblems;
  const need = minimumCandidates(r);
  if (count >= need) return [];
  const kind =
    r.minMargin === 0 ? { zh: '等额', en: 'an equal list' } : { zh: `差额至少 ${r.minMargin} 个`, en: `a margin of at least ${r.minMargin}` };
  return [
    problem(
      'margin_rule',
      `候选项目 ${count} 个，应选 ${r.seats} 个、${kind.zh}，至少需要 ${need} 个候选项目`,
      `${count} candidates for ${r.seats} seats with ${kind.en} — at least ${need} are needed`,
    ),
  ];
}

/** The new order must name every shortlisted proposal exactly once, and nothing else. */
export function orderProblems(shortlisted: readonly string[], given: readonly string[]): Problem[] {
  const out: Problem[] = [];
  const set = new Set(shortlisted);
  const seen = new Set<string>();
  const dup = given.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
  const unknown = given.filter((id) => !set.has(id));
  const missing = shortlisted.filter((id) => !seen.has(id));
  if (dup.length)
    out.push(problem('order_duplicate', `排序中有重复的项目（${dup.length} 个）`, `${dup.length} proposals appear twice`, 'proposalIds'));
  if (unknown.length)
    out.push(problem('order_unknown', `排序中有 ${unknown.length} 个不是入围项目`, `${unknown.length} are not shortlisted proposals`, 'proposalIds'));
  if (missing.length)
    out.push(
      problem('order_missing', `排序漏掉了 ${missing.length} 个入围项目`, `${missing.length} shortlisted proposals are missing`, 'proposalIds'),
    );
  return out;
}

/** List order: by the secretariat's position; the not yet ordered after, by 编号. */
export function byListOrder<T extends { listOrder: number | null; number: number | null }>(items: readonly T[]): T[] {
  const key = (v: number | null) => (v === null ? Number.MAX_SAFE_INTEGER : v);
  return [...items].sort((a, b) => key(a.listOrder) - key(b.listOrder) || key(a.number) - key(b.number));
}
