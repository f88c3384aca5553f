// Ledgers chained with SM3 (GB/T 32905) or SHA-256, per congress; the export names its algorithm.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_HEAD,
  canonicalEntryJson,
  hashEntry,
  sealEntry,
  verifyChain,
  verifyExport,
  type LedgerEntry,
} from '../../server/core/domain/ledger-chain';
import { hashHex, type HashAlg } from '../../server/core/domain/ledger-hash';

function chain(alg: HashAlg, n = 5): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  let head = { ...EMPTY_HEAD };
  for (let i = 0; i < n; i++) {
    const e = sealEntry(head, new Date(Date.UTC(2027, 0, 15, 9, 30, i)), 'ballot.cast', { i, title: `第${i + 1}项 民生实事` }, alg);
    out.push(e);
    head = { seq: e.seq, hash: e.hash };
  }
  return out;
}

const opensslHasSm3 = (() => {
  try {
    return execFileSync('openssl', ['dgst', '-sm3'], { input: 'abc' }).toString().includes('66c7f0f4');
  } catch {
    return false;
  }
})();

describe('the ledger hash algorithm', () => {
  it('SM3 of "abc" is the GB/T 32905 test vector; SHA-256 is unchanged', () => {
    expect(hashHex('sm3', 'abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(hashHex('sha256', 'abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('the worked SM3 example of docs/ledger.md', () => {
    const e1 = sealEntry(EMPTY_HEAD, '2027-01-15T09:30:00.000Z', 'cycle.created', { cycleId: 'c1', title: '2027年民生实事项目', seats: 12 }, 'sm3');
    const e2 = sealEntry(e1, '2027-01-15T09:31:00.250Z', 'proposal.submitted', { proposalId: 'p1', estimate: 3500000 }, 'sm3');
    expect(e1.hash).toBe('0eaa952391b6368a3fadb2eb76285c62e6d34fb83fbed01fee80f559a51724a5');
    expect(e2.hash).toBe('26b68faf63d09772a72b4b46db8e56b8d09048f586089a24dad694ca4f3f057c');
    // The same entry under SHA-256 is the SHA-256 worked example.
    expect(hashEntry(e1, 'sha256')).toBe('2f675124fde35b4e5aaaf9e5a4041a87bc6836996afbc6bdf21f7dc4a4afbbad');
    const doc = readDoc();
    expect(doc).toContain(canonicalEntryJson(e1));
    expect(doc).toContain(e1.hash);
    expect(doc).toContain(e2.hash);
  });

  it.runIf(opensslHasSm3)('an SM3 entry hash recomputes with openssl dgst -sm3 over the same canonical bytes', () => {
    for (const e of chain('sm3', 3)) {
      const out = execFileSync('openssl', ['dgst', '-sm3'], { input: Buffer.from(canonicalEntryJson(e), 'utf8') }).toString();
      expect(out.trim().split(/\s+/).at(-1)).toBe(e.hash);
    }
  });

  it('an SM3 chain verifies as SM3 and not as SHA-256, and vice versa', () => {
    const sm3 = chain('sm3');
    const sha = chain('sha256');
    expect(verifyChain(sm3, 'sm3').ok).toBe(true);
    expect(verifyChain(sha, 'sha256').ok).toBe(true);
    expect(verifyChain(sha).ok).toBe(true);
    const wrong = verifyChain(sm3, 'sha256');
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.firstBad.reason).toMatch(/hash mismatch/);
    expect(verifyChain(sha, 'sm3').ok).toBe(false);
  });

  it('an export says its algorithm in ledger.hash; absent means SHA-256; anything else is refused', () => {
    const sm3 = chain('sm3');
    const head = { seq: 5, hash: sm3[4]!.hash };
    const doc = (hash?: unknown) => ({
      ledger: { id: 'L1', kind: 'ballot', title: 't', ...(hash === undefined ? {} : { hash }) },
      entries: sm3,
      head,
    });
    const ok = verifyExport(doc('sm3'));
    expect(ok.problems).toEqual([]);
    expect(ok.hashAlg).toBe('sm3');
    expect(verifyExport(doc()).ok).toBe(false);
    expect(verifyExport(doc('sha256')).ok).toBe(false);
    expect(verifyExport(doc('md5')).problems).toEqual(['"ledger.hash" must be "sha256" or "sm3" (found "md5")']);
    // A tampered SM3 entry is caught like a SHA-256 one.
    const tampered = sm3.map((e) => ({ ...e, data: { ...e.data } }));
    tampered[2]!.data.title = '改过';
    expect(verifyExport({ ...doc('sm3'), entries: tampered }).firstBad?.seq).toBe(3);
  });
});

function readDoc(): string {
  return readFileSync(new URL('../../docs/ledger.md', import.meta.url), 'utf8');
}
