// The congress's certification rule: read by the staff who certify, set by the secretariat. A change
// is an entry of the congress ledger (`certification.rule_set`) in the same transaction, and is
// refused while a ballot is tallied and collecting signatures, so that no certification changes
// its rule half-way; a certified ballot keeps the rule its `ballot.certified` entry records.
import type { Db, Executor } from '../../db/client';
import type { Actor } from '../core/context';
import { conflict, notFound } from '../core/errors';
import { refuse } from '../core/refuse';
import { appendCongressEntry } from '../core/ledger/ledger.service';
import { DEFAULT_CERTIFICATION_RULE, isCertificationRule, type CertificationRule } from './domain/certification';
import { CERTIFICATION_TOTAL_MAX, certificationRuleProblems, sameRule } from './domain/certification-rule';
import { findCertificationRule, lockCertificationRule, updateCertificationRule } from './certification-rule.repository';
import { listTalliedBallots, lockBallotsAwaitingCertification } from './ballots.repository';

const congressNotFound = () => notFound({ zh: '未找到该人大', en: 'Congress not found' });

/** The stored rule, or the default for a value that is not one (the column's default is the default rule). */
const ruleOf = (stored: unknown): CertificationRule =>
  isCertificationRule(stored) ? { chief: stored.chief, total: stored.total } : { ...DEFAULT_CERTIFICATION_RULE };

function describe(rule: CertificationRule, pending: Array<{ id: string; title: string }>) {
  return { rule, default: { ...DEFAULT_CERTIFICATION_RULE }, max: CERTIFICATION_TOTAL_MAX, pending };
}

/** The rule, and the tallied ballots still collecting signatures (while there are any, it cannot change). */
export async function getCertificationRule(ex: Executor, actor: Actor) {
  const stored = await findCertificationRule(ex, actor.congressId);
  if (stored === undefined) throw congressNotFound();
  return describe(ruleOf(stored), await listTalliedBallots(ex, actor.congressId));
}

/**
 * Sets the rule: 422 naming every broken bound (certification-rule.ts); 409 naming the ballots while
 * any is tallied but not yet certified. Setting the rule in force again changes nothing and writes
 * no entry.
 */
export async function setCertificationRule(db: Db, actor: Actor, to: CertificationRule, now: Date) {
  return db.transaction(async (tx) => {
    const row = await lockCertificationRule(tx, actor.congressId);
    if (!row) throw congressNotFound();
    const problems = certificationRuleProblems(to);
    if (problems.length) throw refuse(problems);
    const from = ruleOf(row.rule);
    // Closed ballots are locked too: none is tallied under the old rule while this one commits.
    const pending = (await lockBallotsAwaitingCertification(tx, actor.congressId)).filter((b) => b.state === 'tallied');
    if (pending.length) {
      const titles = pending.map((b) => `“${b.title}”`).join('、');
      const titlesEn = pending.map((b) => `"${b.title}"`).join(', ');
      throw conflict(
        {
          zh: `表决${titles}已计票，正在等待监票人签名确认；在其确认完成（或作废）之前不能更改确认规则`,
          en: `${pending.length === 1 ? 'The ballot' : 'The ballots'} ${titlesEn} ${pending.length === 1 ? 'is' : 'are'} tallied and awaiting the scrutineers' signatures; the certification rule cannot change until ${pending.length === 1 ? 'it is' : 'they are'} certified (or voided)`,
        },
        { ballots: pending.map((b) => ({ id: b.id, title: b.title })) },
      );
    }
    const rule = { chief: to.chief, total: to.total };
    if (sameRule(from, rule)) return describe(from, []);
    await updateCertificationRule(tx, actor.congressId, rule);
    await appendCongressEntry(tx, actor.congressId, 'certification.rule_set', { from, to: rule, by: actor.accountId }, now);
    return describe(rule, []);
  });
}
