// The one ranking convention (competition ranking: 1, 1, 3) and the glossary's way of writing a
// rank, with property tests over random vote counts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OpenedData } from '../../server/phase2-balloting/domain/ballot-rules';
import { competitionRanks, rankIn } from '../../server/phase2-balloting/domain/ranking';
import { RESULT_WORDS, STATUS_WORD, rankText, rankTextZh, rankWord } from '../../server/phase2-balloting/domain/result-words';
import { tally } from '../../server/phase2-balloting/domain/tally';

const votes = fc.array(fc.nat({ max: 300 }), { maxLength: 40 });

describe('competitionRanks', () => {
  it('shares a rank among equal votes and skips the places they take (the issue #13 example)', () => {
    expect(competitionRanks([164, 164, 160, 160, 160, 150])).toEqual([
      { rank: 1, tied: true },
      { rank: 1, tied: true },
      { rank: 3, tied: true },
      { rank: 3, tied: true },
      { rank: 3, tied: true },
      { rank: 6, tied: false },
    ]);
  });

  it('ranks in the order given, whatever that order is', () => {
    expect(competitionRanks([5, 9, 5, 1])).toEqual([
      { rank: 2, tied: true },
      { rank: 1, tied: false },
      { rank: 2, tied: true },
      { rank: 4, tied: false },
    ]);
    expect(competitionRanks([])).toEqual([]);
  });

  it('rank = 1 + the number with strictly more votes; tied = another has the same votes', () => {
    fc.assert(
      fc.property(votes, (v) => {
        const r = competitionRanks(v);
        v.forEach((x, i) => {
          expect(r[i]!.rank).toBe(1 + v.filter((y) => y > x).length);
          expect(r[i]!.tied).toBe(v.filter((y) => y === x).length > 1);
        });
      }),
    );
  });

  it('equal votes ⇔ equal rank; more votes ⇔ a better rank; shuffling the input moves the ranks with it', () => {
    fc.assert(
      fc.property(votes, fc.nat(), (v, seed) => {
        const r = competitionRanks(v);
        for (let i = 0; i < v.length; i++)
          for (let j = 0; j < v.length; j++) {
            expect(v[i] === v[j]).toBe(r[i]!.rank === r[j]!.rank);
            expect(v[i]! > v[j]!).toBe(r[i]!.rank < r[j]!.rank);
          }
        const order = v.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101) || a - b);
        const shuffled = competitionRanks(order.map((i) => v[i]!));
        order.forEach((i, k) => expect(shuffled[k]).toEqual(r[i]));
      }),
    );
  });

  it('a group of k equal votes at rank n is followed by rank n + k', () => {
    fc.assert(
      fc.property(votes, (v) => {
        const distinct = [...new Set(v)].sort((a, b) => b - a);
        let expected = 1;
        for (const x of distinct) {
          const rank = competitionRanks(v)[v.indexOf(x)]!.rank;
          expect(rank).toBe(expected);
          expected += v.filter((y) => y === x).length;
        }
      }),
    );
  });
});

describe('the tally ranks with it', () => {
  it('gives the ranking entries the competition ranks of their "for" counts', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const forCount: Record<string, number> = { a: 3, b: 4, c: 4, d: 2, e: 3 };
    const casts = Array.from({ length: 5 }, (_, k) => ({
      choices: Object.fromEntries(ids.map((id) => [id, k < forCount[id]! ? 'for' : 'abstain'])),
    }));
    const opened: OpenedData = {
      ballotId: 'ballot-1',
      title: '票决',
      form: 'approve-reject-abstain',
      seats: 5,
      maxFor: 5,
      passBasis: 'present',
      secrecy: 'secret',
      candidates: ids.map((id) => ({ id, title: `项目${id}` })),
      rosterCount: 5,
      presentCount: 5,
    };
    const r = tally({ opened, casts, issued: 5 });
    expect(r.ranking.map((x) => [x.id, x.for, x.rank])).toEqual([
      ['b', 4, 1],
      ['c', 4, 1],
      ['a', 3, 3],
      ['e', 3, 3],
      ['d', 2, 5],
    ]);
  });
});

describe('writing a rank and a status (the glossary)', () => {
  it('writes 并列第 1 名 for a shared rank and 第 3 名 for one alone, in both languages', () => {
    expect(rankTextZh({ rank: 1, tied: true })).toBe('并列第 1 名');
    expect(rankTextZh({ rank: 3, tied: false })).toBe('第 3 名');
    expect(rankWord({ rank: 1, tied: true }).key).toBe('result.rankTied');
    expect(RESULT_WORDS['result.rankTied'][1]).toBe('tied No. {rank}');
    expect(rankText({ rank: 1, tied: true })).toEqual({ zh: '并列第 1 名', en: 'tied No. 1' });
  });

  it("gives one entry's rank in a tally's ranking (a project's place in the vote that chose it)", () => {
    const ranking = [
      { id: 'a', for: 7 },
      { id: 'b', for: 7 },
      { id: 'c', for: 5 },
    ];
    expect(rankIn(ranking, 'b')).toEqual({ rank: 1, tied: true });
    expect(rankIn(ranking, 'c')).toEqual({ rank: 3, tied: false });
    expect(rankIn(ranking, 'x')).toBeNull();
  });

  it('has one word per status, and no word for two statuses', () => {
    const words = Object.values(STATUS_WORD).map((k) => RESULT_WORDS[k][0]);
    expect(words).toEqual(['当选', '另行票决', '过半数未当选', '未过半数']);
    expect(new Set(words).size).toBe(words.length);
    const all = Object.values(RESULT_WORDS).map((w) => w[0]);
    expect(new Set(all).size).toBe(all.length);
  });
});
