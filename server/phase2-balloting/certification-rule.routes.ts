// The congress's certification rule: how many 总监票人 and scrutineers in all sign a result.
import { defineRoute } from '../http/route';
import { CertificationRuleAnswer } from './ballots.contract';
import { certificationRuleBody } from './inputs';
import { getCertificationRule, setCertificationRule } from './certification-rule.service';

export const getCertificationRuleRoute = defineRoute({
  method: 'get',
  path: '/api/congress/certification-rule',
  access: 'signer.read',
  summary: "The congress's certification rule (总监票人 and scrutineers in all who must sign a result) and the tallied ballots awaiting signatures",
  responses: { 200: CertificationRuleAnswer },
  handler: async ({ c, deps, actor }) => c.json(await getCertificationRule(deps.db, actor)),
});

export const setCertificationRuleRoute = defineRoute({
  method: 'put',
  path: '/api/congress/certification-rule',
  access: 'congress.manage',
  summary:
    'Set the certification rule: chief ≥ 1, 2 ≤ total ≤ 15, total ≥ chief; certification.rule_set in the congress ledger; refused (409) while a ballot is tallied and awaiting signatures',
  responses: { 200: CertificationRuleAnswer },
  body: certificationRuleBody,
  handler: async ({ c, deps, actor, body }) => c.json(await setCertificationRule(deps.db, actor, body, deps.clock())),
});
