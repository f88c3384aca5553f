// Results signed by the scrutineers: keys made on the scrutineer's side, registered by the
// secretariat in the congress ledger, signatures collected until the rule is met, and the export
// checked offline with `npm run verify -- BALLOT.json --keys CONGRESS.json`; SHA-256 and SM3 congresses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealEntry, type LedgerEntry } from '../../server/core/domain/ledger-chain';
import { fingerprintOf, newKeyPair } from '../../server/core/domain/signatures';
import { runVerify, type VerifyIO } from '../../scripts/verify';
import { buildHall, congressLedger, talliedBallot, type Hall } from '../support/ballot-fixtures';
import { DRIVERS, startTestServer, type TestServer } from '../support/harness';
import { makeSigner, signResult, type Signer } from '../support/signing';

function memIO(files: Record<string, string>) {
  const out: string[] = [];
  const io: VerifyIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => out.push(t),
    readFile: async (p) => {
      if (!(p in files)) throw new Error(`ENOENT ${p}`);
      return files[p]!;
    },
    fetchText: async () => {
      throw new Error('no network');
    },
  };
  return { io, out: () => out.join('\n') };
}

describe.each(DRIVERS)('scrutineers sign the result [%s]', (driver) => {
  let server: TestServer;
  let hall: Hall;
  let chief: Signer;
  let member: Signer;
  let third: Hall['scrutineers'][0];

  beforeAll(async () => {
    server = await startTestServer(driver);
    hall = await buildHall(server, { deputies: 3, candidates: 2, seats: 1 });
    expect(
      (await hall.admin.post('/api/accounts', { username: 'jianpiao3', displayName: '监票人3', role: 'scrutineer', password: 'long-enough-1' }))
        .status,
    ).toBe(201);
    third = await server.client().login('jianpiao3', 'long-enough-1');
  });
  afterAll(async () => server?.stop());

  it('a scrutineer submits a public key; only the secretariat registers it, after which the congress ledger records it', async () => {
    const { alg } = (await hall.scrutineers[0].get('/api/signers')).body;
    expect(alg).toBe('ed25519');
    const k = newKeyPair('ed25519');
    // Wrong algorithm for the congress, not a key, not a scrutineer.
    expect((await hall.scrutineers[0].post('/api/signers', { alg: 'sm2', publicKey: newKeyPair('sm2').publicKey })).status).toBe(422);
    expect((await hall.scrutineers[0].post('/api/signers', { alg, publicKey: 'AAAA' })).status).toBe(422);
    expect((await hall.admin.post('/api/signers', { alg, publicKey: k.publicKey })).status).toBe(403);
    const submitted = await hall.scrutineers[0].post('/api/signers', { alg, publicKey: k.publicKey });
    expect(submitted.status).toBe(201);
    expect(submitted.body.key).toMatchObject({ status: 'submitted', name: '监票人1', role: null });
    expect(submitted.body.key.fingerprint).toBe(fingerprintOf(submitted.body.key.keyId));
    expect((await hall.scrutineers[0].post('/api/signers', { alg, publicKey: k.publicKey })).status).toBe(409);
    const keyId = submitted.body.key.keyId;
    expect((await hall.scrutineers[1].post(`/api/signers/${keyId}/register`, { role: 'chief' })).status).toBe(403);
    const reg = await hall.admin.post(`/api/signers/${keyId}/register`, { role: 'chief' });
    expect(reg.status).toBe(200);
    expect(reg.body.key).toMatchObject({ status: 'registered', role: 'chief' });
    expect((await hall.admin.post(`/api/signers/${keyId}/register`, { role: 'chief' })).status).toBe(409);
    const ledger = await congressLedger(hall);
    const entry = ledger.entries.at(-1);
    expect(entry.kind).toBe('signer.registered');
    expect(entry.data).toEqual({
      keyId,
      accountId: submitted.body.key.accountId,
      name: '监票人1',
      role: 'chief',
      alg: 'ed25519',
      publicKey: k.publicKey,
    });
    chief = { client: hall.scrutineers[0], keyId, alg: 'ed25519', privateKey: k.privateKey };
    member = await makeSigner(hall.scrutineers[1], hall.admin, 'member');
  });

  it('one signature leaves the result pending; bad, foreign, revoked or other-hash signatures are refused; the second certifies', async () => {
    const ballot = await talliedBallot(hall);
    const first = await signResult(chief, ballot.id);
    expect(first.status).toBe(200);
    expect(first.body.ballot.state).toBe('tallied');
    const progress = (await hall.admin.get(`/api/ballots/${ballot.id}/certification`)).body;
    expect(progress.signers.map((s: { name: string; role: string }) => [s.name, s.role])).toEqual([['监票人1', 'chief']]);
    expect(progress.missing).toEqual({ chief: 0, total: 1 });
    // Still private: nothing public before certification.
    expect((await server.client().get(`/api/ballots/${ballot.id}/results`)).status).toBe(404);
    expect((await server.client().get(`/api/ledgers/${ballot.ledgerId}`)).status).toBe(404);

    // Someone else's key, a signature over another hash, garbage.
    expect((await signResult({ ...member, client: third }, ballot.id)).status).toBe(422);
    expect((await signResult(member, ballot.id, 'f'.repeat(64))).status).toBe(422);
    expect((await member.client.post(`/api/ballots/${ballot.id}/certify`, { keyId: member.keyId, sig: 'AAAA' })).status).toBe(422);
    // A registered key, then revoked: refused.
    const revocable = await makeSigner(third, hall.admin, 'member');
    expect((await hall.admin.post(`/api/signers/${revocable.keyId}/revoke`)).status).toBe(200);
    const refused = await signResult(revocable, ballot.id);
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain('revoked');
    expect((await hall.admin.get(`/api/ballots/${ballot.id}`)).body.ballot.state).toBe('tallied');

    const second = await signResult(member, ballot.id);
    expect(second.status).toBe(200);
    expect(second.body.ballot.state).toBe('certified');
    expect(second.body.ballot.certifiedBy).toBe('监票人1、监票人2');
    const exp = (await server.client().get(`/api/ledgers/${ballot.ledgerId}`)).body;
    expect(exp.ledger.hash).toBe('sha256');
    const certified = exp.entries.at(-1);
    const tallied = exp.entries.at(-2);
    expect(certified.kind).toBe('ballot.certified');
    expect(certified.data).toMatchObject({ ballotId: ballot.id, tallyEntry: tallied.hash, rule: { chief: 1, total: 2 } });
    expect(certified.data.signatures.map((s: { keyId: string; alg: string }) => [s.keyId, s.alg])).toEqual([
      [chief.keyId, 'ed25519'],
      [member.keyId, 'ed25519'],
    ]);

    // Offline: the export with the congress ledger as keys says who certified.
    const keys = await congressLedger(hall);
    const m = memIO({ 'ballot.json': JSON.stringify(exp), 'congress.json': JSON.stringify(keys) });
    expect(await runVerify(['ballot.json', '--keys', 'congress.json'], m.io)).toBe(0);
    expect(m.out()).toContain(`监票人1 (总监票人, ed25519 key ${chief.keyId}); 监票人2 (监票人, ed25519 key ${member.keyId})`);
    const noKeys = memIO({ 'ballot.json': JSON.stringify(exp) });
    expect(await runVerify(['ballot.json'], noKeys.io)).toBe(0);
    expect(noKeys.out()).toContain('not checked');

    // The tally rewritten after signing and the chain re-sealed from there: the signatures no longer verify.
    const forged = reseal(exp.entries, exp.entries.length - 2, (d) => ({ ...d, selected: [] }), 'sha256');
    const f = memIO({
      'ballot.json': JSON.stringify({ ...exp, entries: forged, head: { seq: forged.at(-1)!.seq, hash: forged.at(-1)!.hash } }),
      'congress.json': JSON.stringify(keys),
    });
    expect(await runVerify(['ballot.json', '--keys', 'congress.json'], f.io)).toBe(1);
    expect(f.out()).toMatch(/does not verify/);
    // Keys of another congress: a register without these keys.
    const emptyKeys = { ...keys, entries: keys.entries.slice(0, 2), head: { seq: 2, hash: keys.entries[1].hash } };
    const g = memIO({ 'ballot.json': JSON.stringify(exp), 'congress.json': JSON.stringify(emptyKeys) });
    expect(await runVerify(['ballot.json', '--keys', 'congress.json'], g.io)).toBe(1);
    expect(g.out()).toMatch(/is not registered/);
  });
  it('anyone checks the signatures with the public key register (a URL); a later revocation does not undo a certification; a stale or doctored register is named', async () => {
    const ballot = await talliedBallot(hall);
    await signResult(chief, ballot.id);
    expect((await signResult(member, ballot.id)).body.ballot.state).toBe('certified');
    const anonymous = server.client();
    const exp = (await anonymous.get(`/api/ledgers/${ballot.ledgerId}`)).body;
    const certified = exp.entries.at(-1);
    const congress = await congressLedger(hall);
    // The certification records the congress ledger's head its keys were judged at.
    expect(certified.data.keyRegister).toEqual(congress.head);

    const registerUrl = `${server.url}/api/public/congresses/${congress.ledger.congressId}/signing-keys`;
    const reg = await anonymous.get(`/api/public/congresses/${congress.ledger.congressId}/signing-keys`);
    expect(reg.status).toBe(200);
    // Only signer entries, verbatim from the congress ledger; nothing of accounts or the roster.
    expect(new Set(reg.body.entries.map((e: { kind: string }) => e.kind))).toEqual(new Set(['signer.registered', 'signer.revoked']));
    for (const e of reg.body.entries) expect(congress.entries[e.seq - 1]).toEqual(e);
    expect(JSON.stringify(reg.body)).not.toContain('jianpiao');
    expect(reg.body.keys.find((k: { keyId: string }) => k.keyId === chief.keyId)).toMatchObject({ name: '监票人1', role: 'chief', revoked: null });
    expect((await anonymous.get('/api/public/congresses/00000000-0000-4000-8000-000000000000/signing-keys')).status).toBe(404);
    expect((await anonymous.get('/api/public/congresses/nope/signing-keys')).status).toBe(400);

    const web: Record<string, string> = {
      [`${server.url}/api/ledgers/${ballot.ledgerId}`]: JSON.stringify(exp),
      [registerUrl]: JSON.stringify(reg.body),
    };
    const viaUrl = memIO({});
    viaUrl.io.fetchText = async (u) => web[u] ?? Promise.reject(new Error(`HTTP 404 ${u}`));
    expect(await runVerify([`${server.url}/api/ledgers/${ballot.ledgerId}`, '--keys', registerUrl], viaUrl.io)).toBe(0);
    expect(viaUrl.out()).toContain('监票人1 (总监票人');
    expect(viaUrl.out()).toContain('from the public key register');

    // The member's key is revoked after the certification: the certification still verifies, as of its position.
    expect((await hall.admin.post(`/api/signers/${member.keyId}/revoke`)).status).toBe(200);
    const later = (await anonymous.get(`/api/public/congresses/${congress.ledger.congressId}/signing-keys`)).body;
    expect(later.keys.find((k: { keyId: string }) => k.keyId === member.keyId).revoked).not.toBeNull();
    const after = memIO({ 'ballot.json': JSON.stringify(exp), 'keys.json': JSON.stringify(later) });
    expect(await runVerify(['ballot.json', '--keys', 'keys.json'], after.io)).toBe(0);

    // A register from before the certification cannot vouch that no key was revoked by then.
    const staleHead = { seq: certified.data.keyRegister.seq - 1, hash: congress.entries[certified.data.keyRegister.seq - 2].hash };
    const stale = {
      ...reg.body,
      register: { ...reg.body.register, head: staleHead },
      entries: reg.body.entries.filter((e: { seq: number }) => e.seq <= staleHead.seq),
    };
    const s1 = memIO({ 'ballot.json': JSON.stringify(exp), 'keys.json': JSON.stringify(stale) });
    expect(await runVerify(['ballot.json', '--keys', 'keys.json'], s1.io)).toBe(1);
    expect(s1.out()).toMatch(/ends at seq \d+, before seq \d+ that the signing saw/);
    // A register entry doctored (another public key under the chief's name): its hash no longer recomputes.
    const doctored = structuredClone(reg.body);
    doctored.entries[0].data.publicKey = newKeyPair('ed25519').publicKey;
    const s2 = memIO({ 'ballot.json': JSON.stringify(exp), 'keys.json': JSON.stringify(doctored) });
    expect(await runVerify(['ballot.json', '--keys', 'keys.json'], s2.io)).toBe(1);
    expect(s2.out()).toMatch(/cannot be trusted: entry 1: hash mismatch/);
    // ... and re-hashed by the forger, it is no longer the entry the congress ledger holds at that seq.
    const resealed = structuredClone(reg.body);
    const d0 = resealed.entries[0];
    resealed.entries[0] = {
      ...sealEntry({ seq: d0.seq - 1, hash: d0.prev }, d0.at, d0.kind, { ...d0.data, publicKey: newKeyPair('ed25519').publicKey }),
    };
    const s3 = memIO({ 'ballot.json': JSON.stringify(exp), 'keys.json': JSON.stringify(resealed) });
    expect(await runVerify(['ballot.json', '--keys', 'keys.json'], s3.io)).toBe(1);
    expect(s3.out()).toMatch(/does not verify/);
  });
});

/** Change entry `index`'s data and re-seal the chain from there, as a forger with the database would. */
function reseal(entries: LedgerEntry[], index: number, change: (d: Record<string, unknown>) => Record<string, unknown>, alg: 'sha256' | 'sm3') {
  const out = entries.slice(0, index);
  let head = index === 0 ? { seq: 0, hash: '0'.repeat(64) } : { seq: out.at(-1)!.seq, hash: out.at(-1)!.hash };
  for (const [i, e] of entries.slice(index).entries()) {
    const data = i === 0 ? change(e.data) : e.kind === 'ballot.certified' ? { ...e.data } : e.data;
    const sealed = sealEntry(head, e.at, e.kind, data, alg);
    out.push(sealed);
    head = { seq: sealed.seq, hash: sealed.hash };
  }
  return out;
}

describe.each(DRIVERS)('an SM3 congress: SM3 ledgers and SM2 keys [%s]', (driver) => {
  let server: TestServer;
  let hall: Hall;

  beforeAll(async () => {
    server = await startTestServer(driver);
    hall = await buildHall(server, { deputies: 3, candidates: 2, seats: 1, hashAlg: 'sm3' });
  });
  afterAll(async () => server?.stop());

  it('every ledger is SM3 from its first entry; SM2 signatures certify; verify --keys checks them', async () => {
    expect((await hall.scrutineers[0].get('/api/signers')).body.alg).toBe('sm2');
    const chief = await makeSigner(hall.scrutineers[0], hall.admin, 'chief');
    const member = await makeSigner(hall.scrutineers[1], hall.admin, 'member');
    expect(chief.alg).toBe('sm2');
    const ballot = await talliedBallot(hall);
    expect((await signResult(chief, ballot.id)).body.ballot.state).toBe('tallied');
    expect((await signResult(member, ballot.id)).body.ballot.state).toBe('certified');
    const exp = (await server.client().get(`/api/ledgers/${ballot.ledgerId}`)).body;
    const keys = await congressLedger(hall);
    expect(exp.ledger.hash).toBe('sm3');
    expect(keys.ledger.hash).toBe('sm3');
    expect(keys.entries[0].kind).toBe('congress.created');
    expect(keys.entries[0].data.hash).toBe('sm3');
    expect(exp.entries.at(-1).data.signatures.every((s: { alg: string }) => s.alg === 'sm2')).toBe(true);
    const m = memIO({ 'ballot.json': JSON.stringify(exp), 'congress.json': JSON.stringify(keys) });
    expect(await runVerify(['ballot.json', '--keys', 'congress.json'], m.io)).toBe(0);
    expect(m.out()).toContain('SM3 (GB/T 32905)');
    expect(m.out()).toContain('(总监票人, sm2 key');
    // Read as SHA-256 it fails at seq 1.
    const asSha = memIO({ 'ballot.json': JSON.stringify({ ...exp, ledger: { ...exp.ledger, hash: 'sha256' } }) });
    expect(await runVerify(['ballot.json'], asSha.io)).toBe(1);
    expect(asSha.out()).toContain('FAIL at seq 1');
  });
});
