// The congress's certification rule, set by the secretariat (PUT /api/congress/certification-rule):
// bounds refused with reasons, every change a certification.rule_set entry of the congress ledger,
// refused while a ballot collects signatures; a rule of three makes certification wait for a third
// signature. And results.csv: a certified result names its signers and the ledger head.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealEntry } from '../../server/core/domain/ledger-chain';
import { signerRegistry } from '../../server/core/domain/signatures';
import { ledgerCertifications } from '../../server/phase2-balloting/domain/certification';
import { ruleInForce } from '../../server/phase2-balloting/domain/certification-rule';
import { buildHall, congressLedger, talliedBallot, type Hall } from '../support/ballot-fixtures';
import { DRIVERS, startTestServer, type Client, type TestServer } from '../support/harness';
import { makeSigner, signResult, type Signer } from '../support/signing';

const RULE = '/api/congress/certification-rule';
const put = (c: Client, body: unknown) => c.request('PUT', RULE, body);

describe.each(DRIVERS)('the certification rule [%s]', (driver) => {
  let server: TestServer;
  let hall: Hall;
  let signers: Signer[];
  let department: Client;
  let adminId: string;

  beforeAll(async () => {
    server = await startTestServer(driver);
    hall = await buildHall(server, { deputies: 3, candidates: 2, seats: 1 });
    const pw = 'long-enough-1';
    expect((await hall.admin.post('/api/accounts', { username: 'jianpiao3', displayName: '监票人3', role: 'scrutineer', password: pw })).status).toBe(
      201,
    );
    const third = await server.client().login('jianpiao3', pw);
    const dept = await hall.admin.post('/api/departments', { name: '县教育局' });
    expect(
      (
        await hall.admin.post('/api/accounts', {
          username: 'jiaoyu',
          displayName: '教育局',
          role: 'department',
          password: pw,
          departmentId: dept.body.department.id,
        })
      ).status,
    ).toBe(201);
    department = await server.client().login('jiaoyu', pw);
    signers = [
      await makeSigner(hall.scrutineers[0], hall.admin, 'chief'),
      await makeSigner(hall.scrutineers[1], hall.admin, 'member'),
      await makeSigner(third, hall.admin, 'member'),
    ];
    adminId = (await hall.admin.get('/api/auth/me')).body.account.accountId;
  });
  afterAll(async () => server?.stop());

  it('starts at the 总监票人 and one other; the secretariat and scrutineers read it, only the secretariat sets it', async () => {
    for (const c of [hall.admin, hall.scrutineers[0]]) {
      const r = await c.get(RULE);
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ rule: { chief: 1, total: 2 }, default: { chief: 1, total: 2 }, max: 15, pending: [] });
    }
    expect((await department.get(RULE)).status).toBe(403);
    expect((await server.client().get(RULE)).status).toBe(401);
    for (const c of [hall.scrutineers[0], department]) {
      const r = await put(c, { chief: 1, total: 3 });
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe('forbidden');
    }
    expect((await put(server.client(), { chief: 1, total: 3 })).status).toBe(401);
    // A cross-site request with the secretariat's cookie: refused by the Origin check.
    expect((await hall.admin.request('PUT', RULE, { chief: 1, total: 3 }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await hall.admin.get(RULE)).body.rule).toEqual({ chief: 1, total: 2 });
  });

  it('refuses bad values with clear JSON (400 for the shape, 422 naming each broken bound), never a 500, and changes nothing', async () => {
    const before = (await congressLedger(hall)).entries.length;
    for (const body of [
      { chief: 1.5, total: 2 },
      { chief: '1', total: 2 },
      { chief: 1 },
      { chief: 1, total: 2, extra: true },
      { chief: 1e300, total: 2 },
      { chief: null, total: 2 },
      [1, 2],
    ]) {
      const r = await put(hall.admin, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.code).toBe('bad_request');
    }
    const notJson = await hall.admin.request('PUT', RULE, '{chief: 1', { 'content-type': 'application/json' });
    expect(notJson.status).toBe(400);

    const single = await put(hall.admin, { chief: 1, total: 1 });
    expect(single.status).toBe(422);
    expect(single.body.error.code).toBe('rule_violation');
    expect(single.body.error.message).toBe('签名的监票人至少 2 人：结果不能由一人确认');
    expect(single.body.error.details.problems.map((p: { code: string }) => p.code)).toEqual(['rule_total_min']);
    hall.admin.lang = 'en';
    try {
      expect((await put(hall.admin, { chief: 1, total: 1 })).body.error.message).toContain('never certified by a single signer');
    } finally {
      hall.admin.lang = 'zh';
    }
    const cases: Array<[unknown, string[]]> = [
      [{ chief: 0, total: 2 }, ['rule_chief_min']],
      [{ chief: -1, total: 0 }, ['rule_chief_min', 'rule_total_min']],
      [{ chief: 3, total: 2 }, ['rule_total_below_chief']],
      [{ chief: 1, total: 16 }, ['rule_total_max']],
    ];
    for (const [body, problems] of cases) {
      const r = await put(hall.admin, body);
      expect(r.status, JSON.stringify(body)).toBe(422);
      expect(r.body.error.details.problems.map((p: { code: string }) => p.code)).toEqual(problems);
    }
    expect((await hall.admin.get(RULE)).body.rule).toEqual({ chief: 1, total: 2 });
    expect((await congressLedger(hall)).entries.length).toBe(before);
  });

  it('a change is a certification.rule_set entry of the congress ledger {from, to, by}; the same rule again writes nothing', async () => {
    const set = await put(hall.admin, { chief: 1, total: 3 });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ rule: { chief: 1, total: 3 }, default: { chief: 1, total: 2 }, max: 15, pending: [] });
    expect((await hall.scrutineers[1].get(RULE)).body.rule).toEqual({ chief: 1, total: 3 });
    const ledger = await congressLedger(hall);
    const entry = ledger.entries.at(-1)!;
    expect(entry.kind).toBe('certification.rule_set');
    expect(entry.data).toEqual({ from: { chief: 1, total: 2 }, to: { chief: 1, total: 3 }, by: adminId });
    expect((await put(hall.admin, { chief: 1, total: 3 })).status).toBe(200);
    expect((await congressLedger(hall)).entries.length).toBe(ledger.entries.length);
  });

  it('with chief 1 total 3, two signatures leave the result pending; the rule cannot change meanwhile (409 naming the ballot); the third certifies', async () => {
    const ballot = await talliedBallot(hall, '2027年民生实事项目票决（规则）');
    const [chief, member, third] = signers as [Signer, Signer, Signer];
    // The test clock stands still unless moved: each step a second apart, so the order signed and the ledgers' times are distinct.
    const tick = () => server.clock.advance(1000);
    tick();
    expect((await signResult(chief, ballot.id)).body.ballot.state).toBe('tallied');
    tick();
    expect((await signResult(member, ballot.id)).body.ballot.state).toBe('tallied');
    const progress = (await hall.admin.get(`/api/ballots/${ballot.id}/certification`)).body;
    expect(progress.rule).toEqual({ chief: 1, total: 3 });
    expect(progress.missing).toEqual({ chief: 0, total: 1 });
    expect(progress.complete).toBe(false);
    // Not public with two of three.
    expect((await server.client().get(`/api/ballots/${ballot.id}/results`)).status).toBe(404);

    expect((await hall.admin.get(RULE)).body.pending).toEqual([{ id: ballot.id, title: '2027年民生实事项目票决（规则）' }]);
    const entries = (await congressLedger(hall)).entries.length;
    const refused = await put(hall.admin, { chief: 1, total: 2 });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('conflict');
    expect(refused.body.error.message).toBe(
      '表决“2027年民生实事项目票决（规则）”已计票，正在等待监票人签名确认；在其确认完成（或作废）之前不能更改确认规则',
    );
    expect(refused.body.error.details.ballots).toEqual([{ id: ballot.id, title: '2027年民生实事项目票决（规则）' }]);
    hall.admin.lang = 'en';
    try {
      expect((await put(hall.admin, { chief: 1, total: 2 })).body.error.message).toBe(
        'The ballot "2027年民生实事项目票决（规则）" is tallied and awaiting the scrutineers\' signatures; the certification rule cannot change until it is certified (or voided)',
      );
    } finally {
      hall.admin.lang = 'zh';
    }
    // A bad value is still a 422 first: it is wrong whatever the ballots.
    expect((await put(hall.admin, { chief: 1, total: 1 })).status).toBe(422);
    expect((await congressLedger(hall)).entries.length).toBe(entries);

    tick();
    const last = await signResult(third, ballot.id);
    expect(last.status).toBe(200);
    expect(last.body.ballot.state).toBe('certified');
    const exp = (await server.client().get(`/api/ledgers/${ballot.ledgerId}`)).body;
    const certified = exp.entries.at(-1);
    expect(certified.kind).toBe('ballot.certified');
    expect(certified.data.rule).toEqual({ chief: 1, total: 3 });
    expect(certified.data.signatures.map((s: { keyId: string }) => s.keyId)).toEqual(signers.map((s) => s.keyId));
    expect((await hall.admin.get(RULE)).body.pending).toEqual([]);

    // Certified: the rule may change again; the certified ballot keeps the rule it was certified under.
    tick();
    expect((await put(hall.admin, { chief: 1, total: 2 })).status).toBe(200);
    const after = (await hall.admin.get(`/api/ballots/${ballot.id}/certification`)).body;
    expect(after).toMatchObject({ rule: { chief: 1, total: 3 }, missing: { chief: 0, total: 0 }, complete: true });
    // The congress ledger tells which rule was in force when.
    const congress = (await congressLedger(hall)).entries;
    expect(ruleInForce(congress, certified.at)).toEqual({ chief: 1, total: 3 });
    expect(ruleInForce(congress, congress.at(-1)!.at)).toEqual({ chief: 1, total: 2 });
    expect(ruleInForce(congress, { seq: certified.data.keyRegister.seq })).toEqual({ chief: 1, total: 3 });

    // Anyone checks it with the public register, which carries the rule's changes: the recorded rule
    // is the congress's at the certification's position. A forger who lowers the recorded rule to
    // the default (and re-seals the entry) is caught by the register, not only by the signatures.
    const register = (await server.client().get(`/api/public/congresses/${exp.ledger.congressId}/signing-keys`)).body;
    expect(register.entries.filter((e: { kind: string }) => e.kind === 'certification.rule_set')).toHaveLength(2);
    const good = ledgerCertifications(exp.entries, signerRegistry(register.entries), {
      register: { hashes: new Map(), head: register.register.head, ruleEntries: register.entries },
    });
    expect(good.problems).toEqual([]);
    const lowered = exp.entries.slice(0, -1);
    lowered.push(sealEntry(lowered.at(-1), certified.at, certified.kind, { ...certified.data, rule: { chief: 1, total: 2 } }));
    const caught = ledgerCertifications(lowered, signerRegistry(register.entries), {
      register: { hashes: new Map(), head: register.register.head, ruleEntries: register.entries },
    });
    expect(caught.problems).toEqual([expect.stringMatching(/records the rule 1\+2, but the congress's rule at seq \d+ was 1\+3/)]);
  });

  it('results.csv: a tallied result says it awaits the signatures; a certified one names each signer and the ledger head', async () => {
    const ballot = await talliedBallot(hall, '2028年民生实事项目票决');
    const pending = await hall.admin.get(`/api/ballots/${ballot.id}/results.csv`);
    expect(pending.status).toBe(200);
    expect(pending.text).toContain('"监票人签名确认","待监票人签名确认：结果尚未确认，不得公布"');
    expect(pending.text).not.toContain('账本链头');
    // Nobody outside reads it before certification.
    expect((await server.client().get(`/api/ballots/${ballot.id}/results.csv`)).status).toBe(404);

    const [chief, member] = signers as [Signer, Signer];
    server.clock.advance(1000);
    await signResult(chief, ballot.id);
    server.clock.advance(1000);
    expect((await signResult(member, ballot.id)).body.ballot.state).toBe('certified');
    const csv = await server.client().get(`/api/ballots/${ballot.id}/results.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    // UTF-8 with the BOM (the client's text has it stripped by the decoder): read the bytes.
    const bytes = new Uint8Array(await (await fetch(`${server.client().base}/api/ballots/${ballot.id}/results.csv`)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const exp = (await server.client().get(`/api/ledgers/${ballot.ledgerId}`)).body;
    const lines = csv.text.split('\r\n');
    const at = lines.indexOf('"监票人签名确认"');
    expect(at).toBeGreaterThan(0);
    // After the table: the signers in the ballot.certified entry's order, then the ledger head.
    expect(lines.slice(at, at + 7)).toEqual([
      '"监票人签名确认"',
      '"姓名","身份","密钥编号","签名算法"',
      `"监票人1","总监票人","${chief.keyId}","Ed25519"`,
      `"监票人2","监票人","${member.keyId}","Ed25519"`,
      '',
      `"账本链头","序号","${exp.head.seq}","哈希","${exp.head.hash}","哈希算法","SHA-256"`,
      '',
    ]);
    expect(lines.slice(0, at).some((l) => l.startsWith('"名次"'))).toBe(true);
    expect(csv.text).not.toContain('待监票人签名确认');
  });
});
