// The publication format of a secret ballot: pure functions, checked on every shape of tampering
// a verifier must catch, and on receipt codes as people type them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sealEntry, type LedgerEntry } from '../../server/core/domain/ledger-chain';
import {
  CAST_ID_PATTERN,
  castRetryKey,
  normalizeReceiptCode,
  publicationProblems,
  publishedCasts,
  receiptFromRandom,
  shortReceipt,
} from '../../server/phase2-balloting/domain/sealed-casts';

const hex = (n: number, seed: number) => Array.from({ length: n }, (_, i) => ((seed * 7 + i * 13) % 16).toString(16)).join('');

/** A secret ballot's ledger: opened, `received` casts, then the close publishes `casts` at its time. */
function ledger(opts: {
  casts: Array<{ choices: Record<string, string>; receipt: string }>;
  tamper?: (e: Array<{ kind: string; data: Record<string, unknown>; at?: string }>) => void;
}) {
  const items: Array<{ kind: string; data: Record<string, unknown>; at?: string }> = [
    { kind: 'ballot.opened', data: { secrecy: 'secret' }, at: '2027-03-02T02:00:00.000Z' },
    ...opts.casts.map((_, i) => ({ kind: 'ballot.received', data: {}, at: `2027-03-02T02:${String(10 + i).padStart(2, '0')}:00.000Z` })),
    ...publishedCasts(opts.casts).map((c) => ({ ...c, at: '2027-03-02T02:40:00.000Z' })),
    { kind: 'ballot.closed', data: { issued: 9, returned: opts.casts.length, cardsIssued: 9, paperIssued: 0 }, at: '2027-03-02T02:40:00.000Z' },
  ];
  opts.tamper?.(items);
  const out: LedgerEntry[] = [];
  let head = { seq: 0, hash: '0'.repeat(64) };
  for (const it of items) {
    const e = sealEntry(head, it.at ?? '2027-03-02T02:40:00.000Z', it.kind, it.data);
    out.push(e);
    head = e;
  }
  return out;
}

const casts = [
  { choices: { p1: 'for' }, receipt: hex(64, 3) },
  { choices: { p1: 'against' }, receipt: hex(64, 1) },
  { choices: { p1: 'abstain' }, receipt: hex(64, 2) },
];

describe('publishedCasts', () => {
  it('orders by receipt, whatever the order of casting', () => {
    const out = publishedCasts(casts);
    expect(out.map((c) => c.data.receipt)).toEqual([...casts.map((c) => c.receipt)].sort());
    expect(out.every((c) => c.kind === 'ballot.cast' && Object.keys(c.data).sort().join() === 'choices,receipt')).toBe(true);
  });

  it('is a permutation-invariant function of the sealed set (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[0-9a-f]{64}$/), { minLength: 1, maxLength: 30 }), (receipts) => {
        const sealed = receipts.map((r, i) => ({ receipt: r, choices: { p: i % 2 ? 'for' : 'against' } }));
        const shuffled = [...sealed].reverse();
        expect(publishedCasts(shuffled)).toEqual(publishedCasts(sealed));
      }),
    );
  });
});

describe('publicationProblems', () => {
  it('accepts the format', () => {
    expect(publicationProblems(ledger({ casts }))).toEqual([]);
  });

  it('passes ledgers of recorded ballots and of the older format', () => {
    const recorded = ledger({
      casts,
      tamper: (e) => {
        e[0]!.data = { secrecy: 'recorded' };
      },
    });
    expect(publicationProblems(recorded)).toEqual([]);
    const older = ledger({
      casts: [],
      tamper: (e) => {
        e.splice(1, 0, { kind: 'ballot.cast', data: { choices: { p1: 'for' } }, at: '2027-03-02T02:11:00.000Z' });
      },
    });
    expect(publicationProblems(older)).toEqual([]);
  });

  const cases: Array<[string, (e: Array<{ kind: string; data: Record<string, unknown>; at?: string }>) => void, RegExp]> = [
    [
      'a received entry with content',
      (e) => {
        e[1]!.data = { choices: { p1: 'for' } };
      },
      /carries data/,
    ],
    [
      'a cast out of receipt order',
      (e) => {
        const i = e.findIndex((x) => x.kind === 'ballot.cast');
        [e[i], e[i + 1]] = [e[i + 1]!, e[i]!];
      },
      /out of receipt order/,
    ],
    [
      'a cast timed before the close',
      (e) => {
        e.find((x) => x.kind === 'ballot.cast')!.at = '2027-03-02T02:11:00.000Z';
      },
      /not at the close/,
    ],
    [
      'a cast published while open',
      (e) => {
        const c = e.splice(
          e.findIndex((x) => x.kind === 'ballot.cast'),
          1,
        )[0]!;
        e.splice(2, 0, c);
      },
      /while the vote was open/,
    ],
    [
      'a cast dropped',
      (e) => {
        e.splice(
          e.findIndex((x) => x.kind === 'ballot.cast'),
          1,
        );
      },
      /3 ballots were received but 2/,
    ],
    [
      'a receipt twice',
      (e) => {
        const c = e.filter((x) => x.kind === 'ballot.cast');
        c[1]!.data = { ...c[1]!.data, receipt: c[0]!.data.receipt };
      },
      /published twice/,
    ],
    [
      'a deputy named',
      (e) => {
        const c = e.find((x) => x.kind === 'ballot.cast')!;
        c.data = { ...c.data, deputyId: 'd1' };
      },
      /names a deputy/,
    ],
    [
      'a cast without receipt',
      (e) => {
        const c = e.find((x) => x.kind === 'ballot.cast')!;
        c.data = { choices: c.data.choices };
      },
      /has no receipt/,
    ],
    [
      'a cast after the close entry',
      (e) => {
        const i = e.findIndex((x) => x.kind === 'ballot.closed');
        const [closed] = e.splice(i, 1);
        e.splice(
          e.findIndex((x) => x.kind === 'ballot.cast'),
          0,
          closed!,
        );
      },
      /after ballot.closed/,
    ],
  ];
  for (const [name, tamper, reason] of cases) {
    it(`catches ${name}`, () => {
      expect(publicationProblems(ledger({ casts, tamper })).join('\n')).toMatch(reason);
    });
  }

  it('catches choices published before the ballot closed (no close entry)', () => {
    const open = ledger({
      casts,
      tamper: (e) => {
        e.pop();
      },
    });
    expect(publicationProblems(open)).toContain('choices were published before the ballot closed');
  });
});

describe('receipt codes and cast ids', () => {
  const receipt = '723e8f2144549a0d6c1b5e7f3a2d4c6b8e0f1a3c5d7e9b2a4c6d8e0f1b3a5c7d';
  it('shows the first 12 digits in groups of four, and accepts that code back as shown', () => {
    expect(shortReceipt(receipt)).toBe('723E 8F21 4454');
    for (const typed of ['723E 8F21 4454', '723e-8f21-4454', ' 723E8F214454 ', '723E　8F21　4454', receipt.toUpperCase()]) {
      expect(receipt.startsWith(normalizeReceiptCode(typed)!)).toBe(true);
    }
  });

  it('refuses what cannot be a receipt', () => {
    for (const bad of ['', '723E 8F21', 'zzzz zzzz zzzz', `${receipt}0`, '723E_8F21_4454']) expect(normalizeReceiptCode(bad)).toBeNull();
  });

  it('round-trips any receipt through its short code (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const r = receiptFromRandom(bytes);
        expect(r).toMatch(/^[0-9a-f]{64}$/);
        expect(r.startsWith(normalizeReceiptCode(shortReceipt(r))!)).toBe(true);
      }),
    );
  });

  it('keys retries on the token and the castId together', () => {
    const a = castRetryKey('TOKEN', 'c'.repeat(32));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(castRetryKey('TOKEN', 'd'.repeat(32))).not.toBe(a);
    expect(castRetryKey('TOKEM', 'c'.repeat(32))).not.toBe(a);
    expect(CAST_ID_PATTERN.test('0123456789abcdef0123456789abcdef')).toBe(true);
    expect(CAST_ID_PATTERN.test('short')).toBe(false);
    expect(CAST_ID_PATTERN.test('x'.repeat(21))).toBe(false);
  });
});
