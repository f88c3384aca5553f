import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { CanonicalJsonError } from '../../server/core/domain/canonical-json.js';
import {
  EMPTY_HEAD,
  GENESIS_PREV,
  canonicalEntryJson,
  formatAt,
  hashEntry,
  sealEntry,
  verifyChain,
  verifyExport,
  type ChainVerification,
  type LedgerEntry,
  type LedgerExport,
} from '../../server/core/domain/ledger-chain.js';
import { hashHex, type HashAlg } from '../../server/core/domain/ledger-hash.js';

const T0 = Date.parse('2027-01-15T09:30:00.000Z');

const KINDS = ['cycle.created', 'proposal.submitted', 'proposal.screened', 'ballot.opened', 'ballot.cast', 'ballot.closed'];

/** A chain of n entries with varied data (Chinese text, nested values, negative ints, nulls). */
function buildChain(n: number): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  let head = { ...EMPTY_HEAD };
  for (let i = 0; i < n; i++) {
    const data: Record<string, unknown> = {
      i,
      title: `第${i + 1}项 民生实事`,
      estimate: 1_000_000 * (i + 1) + 7,
      delta: -i,
      flags: [i % 2 === 0, null, 'x\n"y"'],
      choices: { [`p${i}`]: 'for', [`p${i + 1}`]: 'abstain' },
    };
    const e = sealEntry(head, new Date(T0 + i * 61_001), KINDS[i % KINDS.length], data);
    out.push(e);
    head = e;
  }
  return out;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function expectFirstBad(r: ChainVerification, seq: number, reason?: RegExp): void {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.firstBad.seq).toBe(seq);
  expect(r.firstBad.index).toBe(seq - 1);
  if (reason) expect(r.firstBad.reason).toMatch(reason);
}

/** Re-hash an entry after deliberately breaking a non-hash field, so only that field is wrong. */
function rehash(e: LedgerEntry): LedgerEntry {
  return { ...e, hash: hashEntry(e) };
}

describe('worked example (docs/ledger.md)', () => {
  // Canonical strings and hashes are literal constants; the hashes were cross-checked
  // outside this code with `printf '%s' '<canonical>' | sha256sum` and Python's hashlib.
  const C1 =
    '{"at":"2027-01-15T09:30:00.000Z","data":{"cycleId":"c1","seats":12,"title":"2027年民生实事项目"},' +
    '"kind":"cycle.created","prev":"0000000000000000000000000000000000000000000000000000000000000000","seq":1}';
  const H1 = '2f675124fde35b4e5aaaf9e5a4041a87bc6836996afbc6bdf21f7dc4a4afbbad';
  const C2 =
    '{"at":"2027-01-15T09:31:00.250Z","data":{"estimate":3500000,"proposalId":"p1"},"kind":"proposal.submitted",' +
    '"prev":"2f675124fde35b4e5aaaf9e5a4041a87bc6836996afbc6bdf21f7dc4a4afbbad","seq":2}';
  const H2 = '2d9acfba1324086af55aad573137c40a5d389a686650bea52630468dd985ad76';
  const C3 =
    '{"at":"2027-03-02T02:15:42.007Z","data":{},"kind":"ballot.received",' +
    '"prev":"2d9acfba1324086af55aad573137c40a5d389a686650bea52630468dd985ad76","seq":3}';
  const H3 = 'f8708e99793519e8bafd1809fde9524a7615b8f1a5c4af094ee5d739302578fd';
  const RECEIPT = '723e8f2144549a0d6c1b5e7f3a2d4c6b8e0f1a3c5d7e9b2a4c6d8e0f1b3a5c7d';
  const C4 =
    `{"at":"2027-03-02T02:40:00.000Z","data":{"choices":{"p1":"for","p2":"abstain"},"receipt":"${RECEIPT}"},"kind":"ballot.cast",` +
    '"prev":"f8708e99793519e8bafd1809fde9524a7615b8f1a5c4af094ee5d739302578fd","seq":4}';
  const H4 = '95af6662fd5256b6b525bd033b7a1df923b0f145e3b47bff6274c2c2d4f5c3fd';

  const e1 = sealEntry(EMPTY_HEAD, '2027-01-15T09:30:00.000Z', 'cycle.created', {
    cycleId: 'c1',
    title: '2027年民生实事项目',
    seats: 12,
  });
  const e2 = sealEntry(e1, '2027-01-15T09:31:00.250Z', 'proposal.submitted', { proposalId: 'p1', estimate: 3500000 });
  const e3 = sealEntry(e2, new Date('2027-03-02T02:15:42.007Z'), 'ballot.received', {});
  const e4 = sealEntry(e3, '2027-03-02T02:40:00.000Z', 'ballot.cast', { choices: { p1: 'for', p2: 'abstain' }, receipt: RECEIPT });

  it('has the documented canonical JSON and hashes', () => {
    expect(canonicalEntryJson(e1)).toBe(C1);
    expect(e1.hash).toBe(H1);
    expect(canonicalEntryJson(e2)).toBe(C2);
    expect(e2.hash).toBe(H2);
    expect(canonicalEntryJson(e3)).toBe(C3);
    expect(e3.hash).toBe(H3);
    expect(canonicalEntryJson(e4)).toBe(C4);
    expect(e4.hash).toBe(H4);
    expect([e1.seq, e2.seq, e3.seq, e4.seq]).toEqual([1, 2, 3, 4]);
    expect(e1.prev).toBe(GENESIS_PREV);
    expect(e2.prev).toBe(H1);
    expect(e3.prev).toBe(H2);
    expect(e4.prev).toBe(H3);
  });

  it('matches the worked example in docs/ledger.md', () => {
    // The SHA-256 example; the SM3 one after it is checked by ledger-hash.test.ts.
    const md = readFileSync(new URL('../../docs/ledger.md', import.meta.url), 'utf8').split('## Worked example in SM3')[0]!;
    const canon = [...md.matchAll(/```text\n(.*?)\n```/g)].map((m) => m[1]);
    const hashes = [...md.matchAll(/^hash `([0-9a-f]{64})`/gm)].map((m) => m[1]);
    const objects = [...md.matchAll(/```json\n(\{"seq".*?)\n```/g)].map((m) => JSON.parse(m[1]) as LedgerEntry);
    expect(canon).toEqual([C1, C2, C3, C4]);
    expect(hashes).toEqual([H1, H2, H3, H4]);
    expect(objects.map((o) => canonicalEntryJson(o))).toEqual([C1, C2, C3, C4]);
    expect(md).toContain(`{"seq":4,"hash":"${H4}"}`);
  });

  it('verifies, and verifies from its parsed export JSON', () => {
    const r = verifyChain([e1, e2, e3, e4]);
    expect(r).toEqual({ ok: true, head: { seq: 4, hash: H4 }, count: 4 });
    const doc = JSON.parse(
      JSON.stringify({ ledger: { id: 'L1', kind: 'cycle', title: '2027年民生实事项目' }, entries: [e1, e2, e3, e4], head: { seq: 4, hash: H4 } }),
    );
    expect(verifyExport(doc)).toMatchObject({ ok: true, problems: [], count: 4, head: { seq: 4, hash: H4 } });
  });
});

describe('sealEntry / hashEntry / formatAt', () => {
  it('hashEntry uses only the five hashed keys', () => {
    const e = buildChain(1)[0];
    const withExtra = { ...e, extra: 'ignored', hash: 'whatever' } as unknown as LedgerEntry;
    expect(hashEntry(withExtra)).toBe(e.hash);
  });

  it('formatAt always gives milliseconds and Z', () => {
    expect(formatAt(new Date(Date.UTC(2027, 0, 15, 9, 30)))).toBe('2027-01-15T09:30:00.000Z');
    expect(() => formatAt(new Date('nope'))).toThrow(RangeError);
  });

  it('stores a copy of exactly the hashed data (undefined dropped, later mutation harmless)', () => {
    const data: Record<string, unknown> = { b: 2, a: { x: [1] }, gone: undefined, z: -0 };
    const e = sealEntry(EMPTY_HEAD, '2027-01-15T09:30:00.000Z', 'x.y', data);
    expect(e.data).toEqual({ a: { x: [1] }, b: 2, z: 0 });
    expect('gone' in e.data).toBe(false);
    (data.a as { x: number[] }).x.push(2);
    data.b = 3;
    expect(e.data).toEqual({ a: { x: [1] }, b: 2, z: 0 });
    expect(verifyChain([e]).ok).toBe(true);
  });

  it('accepts single- and multi-segment kinds with digits and underscores', () => {
    for (const kind of ['genesis', 'ballot.cast', 'phase_2.ballot_3.cast']) {
      expect(sealEntry(EMPTY_HEAD, '2027-01-15T09:30:00.000Z', kind, {}).kind).toBe(kind);
    }
  });

  it('throws on invalid kind, at, data and head', () => {
    const at = '2027-01-15T09:30:00.000Z';
    for (const kind of ['', 'Ballot.cast', 'ballot..cast', '.ballot', 'ballot.', 'ballot-cast', 'ballot cast', '票.决']) {
      expect(() => sealEntry(EMPTY_HEAD, at, kind, {}), kind).toThrow(/kind/);
    }
    for (const bad of [
      '2027-01-15T09:30:00Z',
      '2027-01-15 09:30:00.000Z',
      '2027-01-15T09:30:00.000+08:00',
      '2027-02-30T00:00:00.000Z',
      '2027-01-15T24:00:00.000Z',
    ]) {
      expect(() => sealEntry(EMPTY_HEAD, bad, 'a.b', {}), bad).toThrow(/at /);
    }
    expect(() => sealEntry(EMPTY_HEAD, new Date(NaN), 'a.b', {})).toThrow(RangeError);
    expect(() => sealEntry(EMPTY_HEAD, at, 'a.b', [] as unknown as Record<string, unknown>)).toThrow(/plain object/);
    expect(() => sealEntry(EMPTY_HEAD, at, 'a.b', new Date() as unknown as Record<string, unknown>)).toThrow(/plain object/);
    expect(() => sealEntry(EMPTY_HEAD, at, 'a.b', null as unknown as Record<string, unknown>)).toThrow(/plain object/);
    try {
      sealEntry(EMPTY_HEAD, at, 'a.b', { amount: 12.5 });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(CanonicalJsonError);
      expect((err as Error).message).toContain('$.data.amount');
    }
    expect(() => sealEntry({ seq: -1, hash: GENESIS_PREV }, at, 'a.b', {})).toThrow();
    expect(() => sealEntry({ seq: 1, hash: 'ABC' }, at, 'a.b', {})).toThrow();
    expect(() => sealEntry({ seq: 0, hash: 'f'.repeat(64) }, at, 'a.b', {})).toThrow();
  });
});

describe('verifyChain', () => {
  const N = 20;
  const chain = buildChain(N);

  it('accepts a sealed chain of 20 entries and an empty chain', () => {
    expect(verifyChain(chain)).toEqual({ ok: true, head: { seq: N, hash: chain[N - 1].hash }, count: N });
    expect(verifyChain(clone(chain)).ok).toBe(true);
    expect(verifyChain([])).toEqual({ ok: true, head: { seq: 0, hash: GENESIS_PREV }, count: 0 });
  });

  it("exhaustive: flipping any single byte of any entry's JSON is caught at that seq", () => {
    const encoder = new TextEncoder();
    const decoder = new TextDecoder(); // non-fatal: broken UTF-8 becomes U+FFFD (a changed value)
    let applied = 0;
    let unparsable = 0;
    for (let k = 0; k < N; k++) {
      const bytes = encoder.encode(JSON.stringify(chain[k]));
      for (let pos = 0; pos < bytes.length; pos++) {
        const mutated = bytes.slice();
        mutated[pos] ^= 0x01;
        let parsed: unknown;
        try {
          parsed = JSON.parse(decoder.decode(mutated));
        } catch {
          unparsable++;
          continue;
        }
        const entries: unknown[] = chain.slice();
        entries[k] = parsed;
        const r = verifyChain(entries);
        if (r.ok || r.firstBad.seq !== k + 1) {
          throw new Error(`flip at byte ${pos} of seq ${k + 1} not caught there: ${JSON.stringify(r)}`);
        }
        applied++;
      }
    }
    expect(applied).toBeGreaterThan(2000);
    expect(unparsable).toBeGreaterThan(0);
  });

  it('exhaustive: changing any field of any entry is caught at that seq', () => {
    const mutations: Array<[string, (e: Record<string, unknown>) => void, RegExp]> = [
      [
        'seq+1',
        (e) => {
          e.seq = (e.seq as number) + 1;
        },
        /^seq \d+ expected, found \d+$/,
      ],
      [
        'seq as string',
        (e) => {
          e.seq = String(e.seq);
        },
        /field "seq" must be a number/,
      ],
      [
        'prev',
        (e) => {
          e.prev = (e.prev as string).replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
        },
        /^prev (of seq 1 must be 64 zeros|does not match hash of seq \d+)$/,
      ],
      [
        'at +1ms',
        (e) => {
          e.at = new Date(Date.parse(e.at as string) + 1).toISOString();
        },
        /^hash mismatch/,
      ],
      [
        'at no ms',
        (e) => {
          e.at = (e.at as string).replace(/\.\d{3}Z$/, 'Z');
        },
        /not of the form/,
      ],
      [
        'kind',
        (e) => {
          e.kind = `${e.kind as string}_x`;
        },
        /^hash mismatch/,
      ],
      [
        'kind uppercase',
        (e) => {
          e.kind = (e.kind as string).toUpperCase();
        },
        /kind .* is not a dotted lowercase name/,
      ],
      [
        'data value',
        (e) => {
          (e.data as Record<string, number>).estimate += 1;
        },
        /^hash mismatch/,
      ],
      [
        'data new key',
        (e) => {
          (e.data as Record<string, unknown>).extra = null;
        },
        /^hash mismatch/,
      ],
      [
        'data float',
        (e) => {
          (e.data as Record<string, unknown>).estimate = 0.5;
        },
        /\$\.data\.estimate/,
      ],
      [
        'data array',
        (e) => {
          e.data = [];
        },
        /field "data" must be an object, found array/,
      ],
      [
        'hash',
        (e) => {
          e.hash = (e.hash as string).replace(/.$/, (c) => (c === '0' ? '1' : '0'));
        },
        /^hash mismatch/,
      ],
      [
        'hash uppercase',
        (e) => {
          e.hash = (e.hash as string).toUpperCase();
        },
        /^hash mismatch/,
      ],
      [
        'extra field',
        (e) => {
          e.receipt = 'x';
        },
        /unexpected field "receipt"/,
      ],
      [
        'missing field',
        (e) => {
          delete e.at;
        },
        /missing field "at"/,
      ],
      [
        'empty object',
        (e) => {
          for (const k of Object.keys(e)) delete e[k];
        },
        /missing field "seq"/,
      ],
    ];
    for (let k = 0; k < N; k++) {
      for (const [name, mutate, reason] of mutations) {
        const entries: unknown[] = chain.slice();
        const e = clone(chain[k]) as unknown as Record<string, unknown>;
        mutate(e);
        entries[k] = e;
        const r = verifyChain(entries);
        expect(r.ok, `${name} @${k + 1}`).toBe(false);
        if (r.ok) continue;
        expect(r.firstBad, `${name} @${k + 1}`).toMatchObject({ seq: k + 1, index: k });
        expect(r.firstBad.reason, `${name} @${k + 1}`).toMatch(reason);
        expect(r.head.seq).toBe(k);
        expect(r.head.hash).toBe(k === 0 ? GENESIS_PREV : chain[k - 1].hash);
      }
    }
  });

  it('property: a random mutation at a random position is reported at that seq', () => {
    const mutate = [
      (e: LedgerEntry) => {
        e.data = { ...e.data, i: (e.data.i as number) + 1 };
      },
      (e: LedgerEntry) => {
        e.at = new Date(Date.parse(e.at) + 1).toISOString();
      },
      (e: LedgerEntry) => {
        e.kind = `${e.kind}.x`;
      },
      (e: LedgerEntry) => {
        e.prev = (e.prev[0] === '1' ? '2' : '1') + e.prev.slice(1);
      },
      (e: LedgerEntry) => {
        e.hash = hashEntry({ ...e, seq: e.seq + 1 });
      },
      (e: LedgerEntry) => {
        e.seq += 1;
      },
    ];
    const full = buildChain(25);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }).chain((n) => fc.tuple(fc.constant(n), fc.nat({ max: n - 1 }), fc.nat({ max: mutate.length - 1 }))),
        ([n, pos, which]) => {
          const entries = full.slice(0, n).map((e) => clone(e));
          mutate[which](entries[pos]);
          expectFirstBad(verifyChain(entries), pos + 1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('drop: a missing entry is named at its position', () => {
    for (let k = 0; k < N - 1; k++) {
      const entries = chain.filter((_, i) => i !== k);
      expectFirstBad(verifyChain(entries), k + 1, new RegExp(`^seq ${k + 1} expected, found ${k + 2}$`));
    }
    // dropping the last entry leaves a valid shorter chain; the export head catches it
    expect(verifyChain(chain.slice(0, -1))).toMatchObject({ ok: true, count: N - 1 });
  });

  it('duplicate: a repeated entry is named right after the original', () => {
    for (let k = 0; k < N; k++) {
      const entries = [...chain.slice(0, k + 1), chain[k], ...chain.slice(k + 1)];
      expectFirstBad(verifyChain(entries), k + 2, new RegExp(`^seq ${k + 2} expected, found ${k + 1}$`));
    }
  });

  it('swap: the earlier swapped position is named', () => {
    fc.assert(
      fc.property(fc.nat({ max: N - 1 }), fc.nat({ max: N - 1 }), (a, b) => {
        fc.pre(a !== b);
        const [i, j] = a < b ? [a, b] : [b, a];
        const entries = chain.slice();
        [entries[i], entries[j]] = [entries[j], entries[i]];
        expectFirstBad(verifyChain(entries), i + 1, new RegExp(`^seq ${i + 1} expected, found ${j + 1}$`));
      }),
    );
  });

  it('re-sealed forgery: rewriting entry k and re-hashing breaks the prev link at k+1', () => {
    for (let k = 0; k < N - 1; k++) {
      const entries = chain.slice();
      const forged = rehash({ ...chain[k], data: { ...chain[k].data, estimate: 1 } });
      entries[k] = forged;
      expectFirstBad(verifyChain(entries), k + 2, new RegExp(`^prev does not match hash of seq ${k + 1}$`));
    }
  });

  it('wrong prev on seq 1 (correctly hashed) is caught', () => {
    const first = rehash({ ...chain[0], prev: 'f'.repeat(64) });
    expectFirstBad(verifyChain([first]), 1, /^prev of seq 1 must be 64 zeros$/);
  });

  it('bad `at` formats (correctly hashed) are caught', () => {
    const bad = [
      '2027-01-15T09:30:00Z',
      '2027-01-15T09:30:00.12Z',
      '2027-01-15T09:30:00.000+00:00',
      '2027-01-15T09:30:00.000z',
      ' 2027-01-15T09:30:00.000Z',
      '2027-01-15T09:30:00.000Z\n',
    ];
    for (const at of bad) {
      expectFirstBad(verifyChain([rehash({ ...chain[0], at })]), 1, /not of the form/);
    }
    for (const at of ['2027-02-30T00:00:00.000Z', '2027-13-01T00:00:00.000Z', '2027-01-15T25:00:00.000Z', '2027-01-15T09:60:00.000Z']) {
      expectFirstBad(verifyChain([rehash({ ...chain[0], at })]), 1, /not a real date/);
    }
    // leap day is real
    expect(verifyChain([rehash({ ...chain[0], at: '2028-02-29T23:59:59.999Z' })]).ok).toBe(true);
  });

  it('float, NaN-like and unsafe numbers in data are caught with their path', () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ amount: 1.5 }, '$.data.amount'],
      [{ nested: { list: [1, 2.25] } }, '$.data.nested.list[1]'],
      [{ big: 2 ** 60 }, '$.data.big'],
    ];
    for (const [data, path] of cases) {
      const e = { ...chain[0], data };
      const r = verifyChain([e, ...chain.slice(1)]);
      expectFirstBad(r, 1, /^data cannot be canonicalized/);
      if (!r.ok) expect(r.firstBad.reason).toContain(path);
    }
    // from JSON text: 1e400 parses to Infinity; 12345678901234567890 is unsafe
    for (const raw of ['1e400', '12345678901234567890', '0.1']) {
      const text = JSON.stringify(chain[0]).replace('"i":0', `"i":${raw}`);
      expectFirstBad(verifyChain([JSON.parse(text)]), 1, /\$\.data\.i/);
    }
  });

  it('non-object entries are caught', () => {
    for (const bad of [null, 1, 'x', [], [chain[0]]]) {
      expectFirstBad(verifyChain([chain[0], bad, ...chain.slice(2)]), 2, /not a JSON object/);
    }
  });
});

describe('verifyExport', () => {
  const chain = buildChain(5);
  const ledger = { id: 'L-2027-ballot-1', kind: 'ballot', title: '2027年民生实事项目票决' };
  const good = (): LedgerExport => clone({ ledger, entries: chain, head: { seq: 5, hash: chain[4].hash } }) as LedgerExport;

  it('accepts a valid export and an empty ledger', () => {
    expect(verifyExport(good())).toEqual({
      ok: true,
      problems: [],
      ledger,
      hashAlg: 'sha256',
      count: 5,
      head: { seq: 5, hash: chain[4].hash },
      computedHead: { seq: 5, hash: chain[4].hash },
    });
    const empty = { ledger, entries: [], head: { seq: 0, hash: GENESIS_PREV } };
    expect(verifyExport(empty)).toMatchObject({ ok: true, count: 0 });
    expect(verifyExport({ ...empty, head: { seq: 0, hash: '' } }).ok).toBe(false);
  });

  it('hashes with the algorithm the export names in ledger.hash (default sha256); an unknown one is refused', () => {
    expect(hashHex('sha256', new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(() => hashHex('md5' as HashAlg, new Uint8Array())).toThrow(/unknown hash algorithm "md5"/);
    expect(verifyExport({ ...good(), ledger: { ...ledger, hash: 'sha256' } }).ok).toBe(true);
    const other = verifyExport({ ...good(), ledger: { ...ledger, hash: 'no-such-hash' } });
    expect(other.ok).toBe(false);
    expect(other.problems).toEqual(['"ledger.hash" must be "sha256" or "sm3" (found "no-such-hash")']);
  });

  it('tolerates extra top-level keys and extra ledger fields', () => {
    const doc = { ...good(), exportedAt: '2027-03-02T02:20:00.000Z', ledger: { ...ledger, cycleId: 'c1' } };
    expect(verifyExport(doc).ok).toBe(true);
    expect(verifyExport({ ...good(), ledger: { ...ledger, id: 42 } }).ok).toBe(true);
  });

  it('catches a truncated export through the head', () => {
    const doc = { ...good(), entries: chain.slice(0, 4) };
    const r = verifyExport(doc);
    expect(r.ok).toBe(false);
    expect(r.firstBad).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/^head mismatch: export says seq 5 .* entries end at seq 4 /);
    expect(verifyExport({ ...good(), head: { seq: 5, hash: chain[3].hash } }).problems[0]).toMatch(/head mismatch/);
  });

  it('reports the first bad entry of a broken chain', () => {
    const doc = good();
    (doc.entries[2].data as Record<string, number>).estimate += 1;
    const r = verifyExport(doc);
    expect(r.ok).toBe(false);
    expect(r.firstBad).toMatchObject({ seq: 3, index: 2 });
    expect(r.computedHead).toEqual({ seq: 2, hash: chain[1].hash });
    expect(r.problems).toEqual([`entry seq 3: ${r.firstBad?.reason}`]);
  });

  it('rejects malformed documents', () => {
    expect(verifyExport(null).problems).toEqual(['export is not a JSON object (found null)']);
    expect(verifyExport([]).ok).toBe(false);
    const { ledger: _l, ...noLedger } = good();
    expect(verifyExport(noLedger).problems).toContain('"ledger" must be an object (found undefined)');
    expect(verifyExport({ ...good(), entries: {} }).problems).toContain('"entries" must be an array (found object)');
    expect(verifyExport({ ...good(), head: undefined }).problems[0]).toMatch(/"head" must be/);
    expect(verifyExport({ ...good(), head: { seq: '5', hash: chain[4].hash } }).ok).toBe(false);
    expect(verifyExport({ ...good(), ledger: { ...ledger, title: undefined } }).problems).toEqual(['"ledger.title" must be a string']);
    expect(verifyExport({ ...good(), ledger: { ...ledger, id: '' } }).ok).toBe(false);
  });

  it('runs extra checkers only on an otherwise valid export, collecting their problems', () => {
    const seen: number[] = [];
    const countCasts = (doc: LedgerExport): string[] => {
      seen.push(doc.entries.length);
      const casts = doc.entries.filter((e) => e.kind === 'ballot.cast').length;
      return casts === 1 ? [] : [`recount: expected 1 ballot.cast, found ${casts}`];
    };
    const boom = (): string[] => {
      throw new Error('tally exploded');
    };
    expect(verifyExport(good(), { checkers: [countCasts] })).toMatchObject({ ok: true, problems: [] });
    const r = verifyExport({ ...good(), entries: chain.slice(0, 2), head: { seq: 2, hash: chain[1].hash } }, { checkers: [countCasts, boom] });
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual(['recount: expected 1 ballot.cast, found 0', 'checker failed: tally exploded']);
    const broken = good();
    broken.entries[0].kind = 'tampered';
    verifyExport(broken, { checkers: [countCasts] });
    expect(seen).toEqual([5, 2]);
  });
});
