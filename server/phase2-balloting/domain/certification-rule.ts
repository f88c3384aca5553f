// The congress's certification rule as the secretariat sets it: how many 总监票人 and how many
// scrutineers in all must sign before a result is certified. Pure. (What a rule means when
// signatures come in, and which was in force when, is certification.ts; this file says which
// rules may be set.)
import { problem, type Problem } from '../../core/domain/problems';
import type { CertificationRule } from './certification';

/** At most this many signatures in all: more than a congress's scrutineers would ever be. */
export const CERTIFICATION_TOTAL_MAX = 15;

/** Every reason the rule may not be set; [] when it may. */
export function certificationRuleProblems(rule: CertificationRule): Problem[] {
  const out: Problem[] = [];
  if (rule.chief < 1)
    out.push(
      problem(
        'rule_chief_min',
        '结果须经总监票人签名确认，总监票人至少 1 人',
        'A result is certified by the chief scrutineer: at least 1 chief signature',
        'chief',
      ),
    );
  if (rule.total < 2)
    out.push(
      problem(
        'rule_total_min',
        '签名的监票人至少 2 人：结果不能由一人确认',
        'At least 2 scrutineers sign: a result is never certified by a single signer',
        'total',
      ),
    );
  if (rule.total > CERTIFICATION_TOTAL_MAX)
    out.push(
      problem('rule_total_max', `签名的监票人最多 ${CERTIFICATION_TOTAL_MAX} 人`, `At most ${CERTIFICATION_TOTAL_MAX} scrutineers sign`, 'total'),
    );
  if (rule.chief >= 1 && rule.total < rule.chief)
    out.push(
      problem(
        'rule_total_below_chief',
        `签名总人数（${rule.total}）不能少于总监票人人数（${rule.chief}）`,
        `The signatures in all (${rule.total}) cannot be fewer than the chief's (${rule.chief})`,
        'total',
      ),
    );
  return out;
}

export const sameRule = (a: CertificationRule, b: CertificationRule) => a.chief === b.chief && a.total === b.total;

export { ruleInForce } from './certification';
