// Scrutineers' signatures: Ed25519 and SM2 keys in SPKI, interop with Node's crypto and OpenSSL,
// the key register read from the congress ledger, and the rule that completes a certification.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, sign as nodeSign, verify as nodeVerify, createPublicKey } from 'node:crypto';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fingerprintOf,
  fromBase64,
  keyIdOf,
  keyValidAt,
  newKeyPair,
  publicKeyOf,
  rawPublicKey,
  signMessage,
  signerRegistry,
  signingPayload,
  toBase64,
  verifySignature,
  type SignatureAlg,
} from '../../server/core/domain/signatures';
import {
  certificationShortfall,
  checkCertification,
  DEFAULT_CERTIFICATION_RULE,
  ledgerCertifications,
  paperTotalsDigest,
} from '../../server/phase2-balloting/domain/certification';
import { canonicalJson } from '../../server/core/domain/canonical-json';
import { hashHex } from '../../server/core/domain/ledger-hash';
import { EMPTY_HEAD, sealEntry, type LedgerEntry } from '../../server/core/domain/ledger-chain';

const TALLY = 'a3f1c09e'.repeat(8);
const payload = signingPayload(TALLY);

const opensslSm2 = (() => {
  try {
    execFileSync('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:SM2'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
})();

describe('keys and signatures', () => {
  it.each(['ed25519', 'sm2'] as SignatureAlg[])('%s: a signature verifies; another message, key or a flipped bit does not', (alg) => {
    const a = newKeyPair(alg);
    const b = newKeyPair(alg);
    expect(publicKeyOf(alg, a.privateKey)).toBe(a.publicKey);
    const sig = signMessage(alg, a.privateKey, payload);
    expect(verifySignature(alg, a.publicKey, payload, sig)).toBe(true);
    expect(verifySignature(alg, b.publicKey, payload, sig)).toBe(false);
    expect(verifySignature(alg, a.publicKey, signingPayload('b'.repeat(64)), sig)).toBe(false);
    const bytes = fromBase64(sig)!;
    bytes[bytes.length - 3]! ^= 1;
    expect(verifySignature(alg, a.publicKey, payload, toBase64(bytes))).toBe(false);
    expect(verifySignature(alg, a.publicKey, payload, 'not base64!')).toBe(false);
    expect(verifySignature(alg === 'sm2' ? 'ed25519' : 'sm2', a.publicKey, payload, sig)).toBe(false);
  });

  it('key ids are 32 hex digits of SHA-256 (Ed25519) or SM3 (SM2) of the SPKI, shown in groups of four', () => {
    const k = newKeyPair('ed25519');
    const id = keyIdOf('ed25519', k.publicKey);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(fingerprintOf(id)).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(keyIdOf('sm2', newKeyPair('sm2').publicKey)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('only a well-formed SPKI of the right algorithm is a public key', () => {
    const ed = newKeyPair('ed25519').publicKey;
    const sm = newKeyPair('sm2').publicKey;
    expect(rawPublicKey('ed25519', ed)).toHaveLength(32);
    expect(rawPublicKey('sm2', sm)).toHaveLength(65);
    expect(rawPublicKey('sm2', ed)).toBeNull();
    expect(rawPublicKey('ed25519', sm)).toBeNull();
    expect(rawPublicKey('ed25519', 'AAAA')).toBeNull();
    // An SM2 SPKI whose point is not on the curve.
    const off = fromBase64(sm)!;
    off[off.length - 1]! ^= 1;
    expect(rawPublicKey('sm2', toBase64(off))).toBeNull();
  });

  it("Ed25519 interoperates with Node's crypto both ways (SPKI from Node, signatures either side)", () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const spki = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    expect(rawPublicKey('ed25519', spki)).not.toBeNull();
    const nodeSig = nodeSign(null, Buffer.from(payload), privateKey).toString('base64');
    expect(verifySignature('ed25519', spki, payload, nodeSig)).toBe(true);
    const ours = newKeyPair('ed25519');
    const ourSig = signMessage('ed25519', ours.privateKey, payload);
    const key = createPublicKey({ key: Buffer.from(ours.publicKey, 'base64'), format: 'der', type: 'spki' });
    expect(nodeVerify(null, Buffer.from(payload), key, Buffer.from(ourSig, 'base64'))).toBe(true);
  });

  it.runIf(opensslSm2)('SM2 (SM3, ID 1234567812345678, DER) interoperates with OpenSSL 3 both ways', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm2-'));
    const f = (n: string) => join(dir, n);
    writeFileSync(f('msg'), payload);
    const ossl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' }).toString();
    // OpenSSL signs, we verify.
    ossl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:SM2', '-out', f('k.pem'));
    ossl('pkey', '-in', f('k.pem'), '-pubout', '-outform', 'DER', '-out', f('pub.der'));
    ossl(
      'pkeyutl',
      '-sign',
      '-in',
      f('msg'),
      '-inkey',
      f('k.pem'),
      '-rawin',
      '-digest',
      'sm3',
      '-pkeyopt',
      'distid:1234567812345678',
      '-out',
      f('sig.der'),
    );
    const spki = readFileSync(f('pub.der')).toString('base64');
    expect(verifySignature('sm2', spki, payload, readFileSync(f('sig.der')).toString('base64'))).toBe(true);
    // We sign, OpenSSL verifies (and refuses it with another ID).
    const ours = newKeyPair('sm2');
    writeFileSync(f('ours.der'), Buffer.from(ours.publicKey, 'base64'));
    writeFileSync(f('oursig.der'), Buffer.from(signMessage('sm2', ours.privateKey, payload), 'base64'));
    const verify = (id: string) =>
      ossl(
        'pkeyutl',
        '-verify',
        '-in',
        f('msg'),
        '-pubin',
        '-keyform',
        'DER',
        '-inkey',
        f('ours.der'),
        '-rawin',
        '-digest',
        'sm3',
        '-pkeyopt',
        `distid:${id}`,
        '-sigfile',
        f('oursig.der'),
      );
    expect(verify('1234567812345678')).toContain('Verified Successfully');
    expect(() => verify('0000000000000000')).toThrow();
  });
});

// ---- the register and the rule ----

function congressLedger(events: Array<[string, string, Record<string, unknown>]>): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  let head = { ...EMPTY_HEAD };
  for (const [at, kind, data] of events) {
    const e = sealEntry(head, at, kind, data);
    out.push(e);
    head = { seq: e.seq, hash: e.hash };
  }
  return out;
}

function signer(name: string, role: 'chief' | 'member', alg: SignatureAlg = 'ed25519') {
  const k = newKeyPair(alg);
  const keyId = keyIdOf(alg, k.publicKey);
  return { ...k, keyId, data: { keyId, accountId: `acc-${name}`, name, role, alg, publicKey: k.publicKey } };
}

describe('which signatures certify', () => {
  const chief = signer('张总', 'chief');
  const a = signer('李监', 'member');
  const b = signer('王监', 'member');
  const ledger = congressLedger([
    ['2027-01-10T01:00:00.000Z', 'signer.registered', chief.data],
    ['2027-01-10T01:01:00.000Z', 'signer.registered', a.data],
    ['2027-01-10T01:02:00.000Z', 'signer.registered', b.data],
    ['2027-01-15T03:00:00.000Z', 'signer.revoked', b.data],
  ]);
  const keys = signerRegistry(ledger);
  const sig = (s: typeof chief) => ({ keyId: s.keyId, alg: 'ed25519' as const, sig: signMessage('ed25519', s.privateKey, payload) });

  it('a key is valid from its registration until its revocation', () => {
    expect(keyValidAt(keys.get(b.keyId), '2027-01-09T00:00:00.000Z')).toBe(false);
    expect(keyValidAt(keys.get(b.keyId), '2027-01-12T00:00:00.000Z')).toBe(true);
    expect(keyValidAt(keys.get(b.keyId), '2027-01-15T03:00:00.000Z')).toBe(false);
    expect(keyValidAt(keys.get(a.keyId), '2030-01-01T00:00:00.000Z')).toBe(true);
    expect(keyValidAt(undefined, '2027-01-12T00:00:00.000Z')).toBe(false);
  });

  it('default rule: the 总监票人 and at least one other 监票人; one account counts once', () => {
    expect(DEFAULT_CERTIFICATION_RULE).toEqual({ chief: 1, total: 2 });
    const r = (...s: Array<[string, 'chief' | 'member']>) =>
      certificationShortfall(
        DEFAULT_CERTIFICATION_RULE,
        s.map(([accountId, role]) => ({ accountId, role })),
      );
    expect(r()).toEqual({ complete: false, chief: 1, total: 2 });
    expect(r(['x', 'chief'])).toEqual({ complete: false, chief: 0, total: 1 });
    expect(r(['y', 'member'], ['z', 'member'])).toEqual({ complete: false, chief: 1, total: 1 });
    expect(r(['x', 'chief'], ['x', 'member'])).toEqual({ complete: false, chief: 0, total: 1 });
    expect(r(['x', 'chief'], ['y', 'member'])).toEqual({ complete: true, chief: 0, total: 0 });
    expect(
      certificationShortfall({ chief: 1, total: 3 }, [
        { accountId: 'x', role: 'chief' },
        { accountId: 'y', role: 'member' },
      ]).complete,
    ).toBe(false);
  });

  it('signatures by the chief and a member, valid at the time, certify', () => {
    const c = checkCertification([sig(chief), sig(a)], keys, TALLY, '2027-01-15T02:00:00.000Z', DEFAULT_CERTIFICATION_RULE);
    expect(c.problems).toEqual([]);
    expect(c.signers.map((s) => s.name)).toEqual(['张总', '李监']);
  });

  it('a revoked key, a foreign key or another tally does not count, and then too few signers remain', () => {
    const afterRevocation = checkCertification([sig(chief), sig(b)], keys, TALLY, '2027-01-16T00:00:00.000Z', DEFAULT_CERTIFICATION_RULE);
    expect(afterRevocation.problems).toEqual([
      expect.stringMatching(/revoked before the signing/),
      expect.stringMatching(/too few valid signatures/),
    ]);
    expect(checkCertification([sig(chief), sig(b)], keys, TALLY, '2027-01-12T00:00:00.000Z', DEFAULT_CERTIFICATION_RULE).problems).toEqual([]);
    const stranger = signer('外人', 'chief');
    const foreign = checkCertification([sig(stranger), sig(a)], keys, TALLY, '2027-01-12T00:00:00.000Z', DEFAULT_CERTIFICATION_RULE);
    expect(foreign.problems[0]).toMatch(/is not registered/);
    const other = checkCertification([sig(chief), sig(a)], keys, 'c'.repeat(64), '2027-01-12T00:00:00.000Z', DEFAULT_CERTIFICATION_RULE);
    expect(other.problems.filter((p) => /does not verify/.test(p))).toHaveLength(2);
  });

  it('a ballot ledger: certified signatures checked against the last tally; a tally changed after signing fails', () => {
    const build = (tallyData: Record<string, unknown>, sigs: (hash: string) => unknown[]) => {
      const t = sealEntry(EMPTY_HEAD, '2027-01-15T02:00:00.000Z', 'ballot.tallied', tallyData);
      const c = sealEntry(t, '2027-01-15T02:10:00.000Z', 'ballot.certified', {
        ballotId: 'b1',
        tallyEntry: t.hash,
        rule: { chief: 1, total: 2 },
        signatures: sigs(t.hash),
      });
      return [t, c];
    };
    const signBoth = (h: string) =>
      [chief, a].map((s) => ({ keyId: s.keyId, alg: 'ed25519', sig: signMessage('ed25519', s.privateKey, signingPayload(h)) }));
    const good = ledgerCertifications(build({ selected: ['p1'] }, signBoth), keys);
    expect(good.problems).toEqual([]);
    expect(good.certifications[0]!.signers.map((s) => s.role)).toEqual(['chief', 'member']);
    // Signatures made over the real tally, then the tally rewritten and the chain re-sealed.
    const [real] = build({ selected: ['p1'] }, signBoth);
    const forged = ledgerCertifications(
      build({ selected: ['p2'] }, () => signBoth(real!.hash)),
      keys,
    );
    expect(forged.problems.some((p) => /does not verify/.test(p))).toBe(true);
    expect(forged.problems.some((p) => /too few valid signatures/.test(p))).toBe(true);
    // A certification from before signatures existed is reported as unsigned, not as invalid.
    const t = sealEntry(EMPTY_HEAD, '2027-01-15T02:00:00.000Z', 'ballot.tallied', {});
    const old = sealEntry(t, '2027-01-15T02:10:00.000Z', 'ballot.certified', { ballotId: 'b1', certifiedBy: '某', tallyEntry: t.hash });
    expect(ledgerCertifications([t, old], keys)).toEqual({ problems: [], certifications: [], papers: [], unsigned: [2] });
  });

  it('SM2 keys in an SM3 congress certify the same way', () => {
    const c2 = signer('陈总', 'chief', 'sm2');
    const m2 = signer('周监', 'member', 'sm2');
    const reg = signerRegistry(
      congressLedger([
        ['2027-01-10T01:00:00.000Z', 'signer.registered', c2.data],
        ['2027-01-10T01:01:00.000Z', 'signer.registered', m2.data],
      ]),
    );
    const s = (x: typeof c2) => ({ keyId: x.keyId, alg: 'sm2' as const, sig: signMessage('sm2', x.privateKey, payload) });
    expect(checkCertification([s(c2), s(m2)], reg, TALLY, '2027-01-15T00:00:00.000Z', DEFAULT_CERTIFICATION_RULE).problems).toEqual([]);
    // The alg a signature claims must be the key's.
    expect(
      checkCertification([{ ...s(c2), alg: 'ed25519' }, s(m2)], reg, TALLY, '2027-01-15T00:00:00.000Z', DEFAULT_CERTIFICATION_RULE).problems[0],
    ).toMatch(/is sm2/);
  });

  it('a key is judged at the congress-ledger position the entry recorded, not by comparing clocks', () => {
    // ledger: chief seq 1, a seq 2, b seq 3, b revoked seq 4
    expect(keyValidAt(keys.get(b.keyId), { seq: 2 })).toBe(false);
    expect(keyValidAt(keys.get(b.keyId), { seq: 3 })).toBe(true);
    expect(keyValidAt(keys.get(b.keyId), { seq: 4 })).toBe(false);
    expect(keyValidAt(keys.get(a.keyId), { seq: 99 })).toBe(true);
    // Times say nothing once a position is given: the revocation's clock could be anything.
    const skewed = signerRegistry(
      congressLedger([
        ['2027-01-10T01:00:00.000Z', 'signer.registered', chief.data],
        ['2020-01-01T00:00:00.000Z', 'signer.revoked', chief.data],
      ]),
    );
    expect(keyValidAt(skewed.get(chief.keyId), { seq: 1 })).toBe(true);
    expect(keyValidAt(skewed.get(chief.keyId), { seq: 2 })).toBe(false);
    // A register without positions cannot vouch for a position.
    expect(keyValidAt({ ...keys.get(a.keyId)!, registeredSeq: undefined }, { seq: 5 })).toBe(false);
  });

  it('a certification records the register head: a revocation before it fails, one after does not; a register older or different is named', () => {
    const signBoth = (h: string, who = [chief, b]) =>
      who.map((s) => ({ keyId: s.keyId, alg: 'ed25519', sig: signMessage('ed25519', s.privateKey, signingPayload(h)) }));
    const at = (seq: number) => ({ seq, hash: ledger[seq - 1]!.hash });
    const build = (keyRegister: unknown) => {
      const t = sealEntry(EMPTY_HEAD, '2027-01-15T02:00:00.000Z', 'ballot.tallied', {});
      return [t, sealEntry(t, '2027-01-15T02:10:00.000Z', 'ballot.certified', { tallyEntry: t.hash, signatures: signBoth(t.hash), keyRegister })];
    };
    const register = { hashes: new Map(ledger.map((e) => [e.seq, e.hash])), head: at(4) };
    expect(ledgerCertifications(build(at(3)), keys, { register }).problems).toEqual([]);
    expect(ledgerCertifications(build(at(4)), keys, { register }).problems).toEqual([
      expect.stringMatching(/王监.*revoked before the signing/),
      expect.stringMatching(/too few valid signatures/),
    ]);
    const older = { hashes: new Map(ledger.slice(0, 2).map((e) => [e.seq, e.hash])), head: at(2) };
    expect(ledgerCertifications(build(at(3)), keys, { register: older }).problems[0]).toMatch(/ends at seq 2, before seq 3/);
    expect(ledgerCertifications(build({ seq: 3, hash: 'e'.repeat(64) }), keys, { register }).problems[0]).toMatch(/another entry at seq 3/);
    expect(ledgerCertifications(build({ seq: 'x' }), keys, { register }).problems).toEqual(['seq 2: keyRegister is not {seq, hash}']);
  });

  it('paper totals: the entering and the confirming scrutineer sign the digest of the figures and the ballot', () => {
    const figures = { perCandidate: { p1: { for: 3, against: 0, abstain: 1 } }, valid: 4, invalid: 0 };
    const digest = paperTotalsDigest('sha256', 'b1', figures);
    expect(digest).toBe(hashHex('sha256', canonicalJson({ ballotId: 'b1', ...figures })));
    expect(paperTotalsDigest('sm3', 'b1', figures)).not.toBe(digest);
    expect(paperTotalsDigest('sha256', 'b2', figures)).not.toBe(digest);
    const signOver = (h: string, who: Array<typeof chief>) =>
      who.map((s) => ({ keyId: s.keyId, alg: 'ed25519', sig: signMessage('ed25519', s.privateKey, signingPayload(h)) }));
    const entry = (data: Record<string, unknown>) => [
      sealEntry(EMPTY_HEAD, '2027-01-15T01:00:00.000Z', 'ballot.paper', {
        ballotId: 'b1',
        ...figures,
        digest,
        keyRegister: { seq: 3, hash: ledger[2]!.hash },
        ...data,
      }),
    ];
    const good = ledgerCertifications(entry({ signatures: signOver(digest, [a, chief]) }), keys);
    expect(good.problems).toEqual([]);
    expect(good.papers[0]!.signers.map((k) => k.name)).toEqual(['李监', '张总']);
    // The figures changed after both signed (and the chain re-sealed): the digest no longer matches.
    const changed = ledgerCertifications(entry({ valid: 5, signatures: signOver(digest, [a, chief]) }), keys);
    expect(changed.problems).toContain('seq 1: digest is not that of the paper totals the entry records');
    const moved = ledgerCertifications(entry({ ballotId: 'b2', signatures: signOver(digest, [a, chief]) }), keys);
    expect(moved.problems[0]).toMatch(/digest is not that/);
    // One scrutineer twice, or only one signature: not two scrutineers.
    expect(ledgerCertifications(entry({ signatures: signOver(digest, [a, a]) }), keys).problems).toEqual([
      'seq 1: paper totals were entered and confirmed by the same scrutineer',
    ]);
    expect(ledgerCertifications(entry({ signatures: signOver(digest, [a]) }), keys).problems[0]).toMatch(/carry 1 signatures, not 2/);
    // An unsigned paper entry (made before signatures) is reported as such.
    expect(ledgerCertifications(entry({}), keys).unsigned).toEqual([1]);
  });
});
