// The certification rule the secretariat may set (phase2-balloting/domain/certification-rule.ts),
// the rule in force by the congress ledger, and the result sheet's rows after the table: who
// certified it and the ledger head (domain/results-csv.ts).
import { describe, expect, it } from 'vitest';
import { CERTIFICATION_TOTAL_MAX, certificationRuleProblems, ruleInForce } from '../../server/phase2-balloting/domain/certification-rule';
import { certificationShortfall } from '../../server/phase2-balloting/domain/certification';
import { certificationRows, toCsv } from '../../server/phase2-balloting/domain/results-csv';

const codes = (chief: number, total: number) => certificationRuleProblems({ chief, total }).map((p) => p.code);

describe('certification rule', () => {
  it('takes the 总监票人 and at least one other, up to 15 signatures', () => {
    for (const [chief, total] of [
      [1, 2],
      [1, 3],
      [2, 2],
      [2, 5],
      [1, 15],
      [15, 15],
    ] as const)
      expect(codes(chief, total), `${chief}/${total}`).toEqual([]);
    expect(CERTIFICATION_TOTAL_MAX).toBe(15);
  });

  it('refuses a rule without the 总监票人, a single signer, more than 15, or fewer in all than chiefs, saying why', () => {
    expect(codes(0, 2)).toEqual(['rule_chief_min']);
    expect(codes(-1, 2)).toEqual(['rule_chief_min']);
    expect(codes(1, 1)).toEqual(['rule_total_min']);
    expect(codes(0, 1)).toEqual(['rule_chief_min', 'rule_total_min']);
    expect(codes(1, 16)).toEqual(['rule_total_max']);
    expect(codes(3, 2)).toEqual(['rule_total_below_chief']);
    expect(codes(16, 16)).toEqual(['rule_total_max']);
    const single = certificationRuleProblems({ chief: 1, total: 1 })[0]!;
    expect(single.zh).toContain('不能由一人确认');
    expect(single.en).toContain('never certified by a single signer');
    expect(single.field).toBe('total');
    expect(certificationRuleProblems({ chief: 3, total: 2 })[0]!.zh).toBe('签名总人数（2）不能少于总监票人人数（3）');
  });

  it('a rule of chief 1, total 3 waits for a third distinct scrutineer', () => {
    const rule = { chief: 1, total: 3 };
    const two = [
      { accountId: 'a', role: 'chief' as const },
      { accountId: 'b', role: 'member' as const },
    ];
    expect(certificationShortfall(rule, two)).toEqual({ complete: false, chief: 0, total: 1 });
    // A second key of the same scrutineer adds nothing.
    expect(certificationShortfall(rule, [...two, { accountId: 'b', role: 'member' }]).complete).toBe(false);
    expect(certificationShortfall(rule, [...two, { accountId: 'c', role: 'member' }]).complete).toBe(true);
  });

  it('the rule in force at a time is the last certification.rule_set at or before it, else the default', () => {
    const entries = [
      { at: '2027-01-01T00:00:00.000Z', kind: 'congress.created', data: {} },
      { at: '2027-01-02T00:00:00.000Z', kind: 'certification.rule_set', data: { from: { chief: 1, total: 2 }, to: { chief: 1, total: 3 }, by: 'x' } },
      { at: '2027-01-03T00:00:00.000Z', kind: 'signer.registered', data: {} },
      { at: '2027-01-04T00:00:00.000Z', kind: 'certification.rule_set', data: { from: { chief: 1, total: 3 }, to: { chief: 2, total: 4 }, by: 'x' } },
    ];
    expect(ruleInForce(entries, '2027-01-01T12:00:00.000Z')).toEqual({ chief: 1, total: 2 });
    expect(ruleInForce(entries, '2027-01-02T00:00:00.000Z')).toEqual({ chief: 1, total: 3 });
    expect(ruleInForce(entries, '2027-01-03T23:59:59.999Z')).toEqual({ chief: 1, total: 3 });
    expect(ruleInForce(entries, '2027-02-01T00:00:00.000Z')).toEqual({ chief: 2, total: 4 });
    expect(ruleInForce([], '2027-02-01T00:00:00.000Z')).toEqual({ chief: 1, total: 2 });
  });
});

describe('result sheet: the rows after the table', () => {
  const head = { seq: 12, hash: 'ab'.repeat(32), alg: 'sm3' as const };

  it('a certified result names each signer with role, key id and algorithm, then the ledger head and its hash', () => {
    const rows = certificationRows({
      signers: [
        { name: '王监票', role: 'chief', keyId: '0'.repeat(32), alg: 'sm2' },
        { name: '李监票', role: 'member', keyId: 'f'.repeat(32), alg: 'sm2' },
      ],
      head,
    });
    const csv = toCsv(rows);
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      '"监票人签名确认"',
      '"姓名","身份","密钥编号","签名算法"',
      `"王监票","总监票人","${'0'.repeat(32)}","SM2"`,
      `"李监票","监票人","${'f'.repeat(32)}","SM2"`,
      '',
      `"账本链头","序号","12","哈希","${'ab'.repeat(32)}","哈希算法","SM3"`,
    ]);
    expect(
      toCsv(certificationRows({ signers: [{ name: 'a', role: 'chief', keyId: 'k', alg: 'ed25519' }], head: { ...head, alg: 'sha256' } })),
    ).toMatch(/"Ed25519"[\s\S]*"哈希算法","SHA-256"/);
  });

  it('a result certified before signatures existed says it carries none, and still gives the head', () => {
    const csv = toCsv(certificationRows({ signers: [], head }));
    expect(csv).toContain('"未附签名（确认于签名确认启用之前）"');
    expect(csv).toContain('"账本链头","序号","12"');
  });

  it('a tallied result says it awaits the signatures and names no signer or head', () => {
    const csv = toCsv(certificationRows(null));
    expect(csv).toContain('"监票人签名确认","待监票人签名确认：结果尚未确认，不得公布"');
    expect(csv).not.toContain('账本链头');
    expect(csv).not.toContain('姓名');
  });
});
