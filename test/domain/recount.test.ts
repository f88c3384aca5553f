// The tally appended by the server and the recount of an export are the same function: a ledger
// whose tallied entry disagrees with its own casts is caught even when every hash is valid.
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../server/core/domain/canonical-json';
import { GENESIS_PREV, sealEntry, type LedgerEntry } from '../../server/core/domain/ledger-chain';
import { recountProblems, tallyFromEntries as anyTally, RecountError, type TalliedData } from '../../server/phase2-balloting/domain/recount';
import { resultsCsv } from '../../server/phase2-balloting/domain/results-csv';

const AT = '2027-01-15T09:30:00.000Z';
const tallyFromEntries = (entries: LedgerEntry[]) => anyTally(entries) as TalliedData;

function chain(items: Array<[string, Record<string, unknown>]>): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  let head = { seq: 0, hash: GENESIS_PREV };
  for (const [kind, data] of items) {
    const e = sealEntry(head, AT, kind, data);
    out.push(e);
    head = e;
  }
  return out;
}

const opened = {
  ballotId: 'b1',
  title: '2027年民生实事项目票决',
  form: 'approve-reject-abstain',
  seats: 1,
  maxFor: 1,
  passBasis: 'roster',
  secrecy: 'secret',
  candidates: [
    { id: 'p1', title: '城区学校扩容' },
    { id: 'p2', title: '乡镇卫生院改造' },
  ],
  rosterCount: 5,
  presentCount: 5,
};
const cast = (a: string, b: string): [string, Record<string, unknown>] => ['ballot.cast', { choices: { p1: a, p2: b } }];

function ballotLedger(extra: Array<[string, Record<string, unknown>]> = []) {
  const before = chain([
    ['ballot.opened', opened],
    cast('for', 'against'),
    cast('for', 'abstain'),
    cast('for', 'abstain'),
    cast('against', 'for'),
    ...extra,
    ['ballot.closed', { issued: 5, returned: 4 + extra.filter(([k]) => k === 'ballot.cast').length, cardsIssued: 5, paperIssued: 0 }],
  ]);
  const tallied = sealEntry(before.at(-1)!, AT, 'ballot.tallied', tallyFromEntries(before) as unknown as Record<string, unknown>);
  return [...before, tallied];
}

describe('recount from ledger entries', () => {
  it('gives the tally the server appends, and finds no problem in an honest ledger', () => {
    const entries = ballotLedger();
    const t = tallyFromEntries(entries);
    expect(t.perCandidate.p1).toEqual({ for: 3, against: 1, abstain: 0 });
    expect(t.threshold).toBe(3);
    expect(t.selected).toEqual(['p1']);
    expect(recountProblems(entries, canonicalJson)).toEqual([]);
  });

  it('catches a tallied entry that disagrees with the casts, though every hash is valid', () => {
    const honest = ballotLedger();
    const before = honest.slice(0, -1);
    const forged = { ...(honest.at(-1)!.data as Record<string, unknown>), selected: ['p2'] };
    const entries = [...before, sealEntry(before.at(-1)!, AT, 'ballot.tallied', forged)];
    const problems = recountProblems(entries, canonicalJson);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('"selected"');
  });

  it('counts paper totals and invalid casts', () => {
    const entries = ballotLedger([
      ['ballot.cast', { choices: { p1: 'for', p2: 'for' } }], // two "for" with maxFor 1: invalid
      [
        'ballot.paper',
        {
          perCandidate: { p1: { for: 0, against: 1, abstain: 0 }, p2: { for: 1, against: 0, abstain: 0 } },
          valid: 1,
          invalid: 0,
          enteredBy: '甲',
          confirmedBy: '乙',
        },
      ],
    ]);
    const t = tallyFromEntries(entries.slice(0, -1));
    expect(t.invalid).toBe(1);
    expect(t.valid).toBe(5);
    expect(t.returned).toBe(6);
    expect(t.void).toBe(true); // 6 returned > 5 issued
  });

  it('refuses to recount a ledger without its opening or closing', () => {
    expect(() => tallyFromEntries(chain([cast('for', 'for')]))).toThrow(RecountError);
    expect(
      recountProblems(
        chain([
          ['ballot.opened', opened],
          ['ballot.tallied', { valid: 0 }],
        ]),
        canonicalJson,
      )[0],
    ).toContain('recount impossible');
  });

  it('writes the result sheet as CSV with the totals and a neutralised formula', () => {
    const t = tallyFromEntries(ballotLedger());
    const csv = resultsCsv(
      '票决',
      [
        { id: 'p1', position: 1, title: '=HYPERLINK("x")', departmentName: '县教育局' },
        { id: 'p2', position: 2, title: '乡镇卫生院改造', departmentName: null },
      ],
      t,
      null,
    );
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv).toContain('"应到","5","实到","5"');
    expect(csv).toContain(`"第 1 名","1","'=HYPERLINK(""x"")","县教育局","3","1","0","当选"`);
  });
});
