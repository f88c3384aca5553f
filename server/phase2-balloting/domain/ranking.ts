// The one ranking convention of every result (console, hall screen, CSV, annual report, public
// pages): competition ranking. Equal votes share a rank and the next rank skips the places they
// take (1, 1, 3), since ballot order decides nothing. Pure.

export interface Rank {
  /** 1 + the number of entries with strictly more votes. */
  rank: number;
  /** Another entry has the same votes (written 并列第 N 名). */
  tied: boolean;
}

/** Ranks of `votes` (higher is better), in the order given. */
export function competitionRanks(votes: readonly number[]): Rank[] {
  const sorted = [...votes].sort((a, b) => b - a);
  const firstAt = new Map<number, number>();
  const count = new Map<number, number>();
  sorted.forEach((v, i) => {
    if (!firstAt.has(v)) firstAt.set(v, i + 1);
    count.set(v, (count.get(v) ?? 0) + 1);
  });
  return votes.map((v) => ({ rank: firstAt.get(v)!, tied: count.get(v)! > 1 }));
}

/**
 * The rank of entry `id` among a certified tally's ranking, by the same convention (a project's
 * place in the vote that chose it, 并列 when shared); null when the ranking does not name it.
 */
export function rankIn(ranking: ReadonlyArray<{ id: string; for: number }>, id: string): Rank | null {
  const i = ranking.findIndex((r) => r.id === id);
  return i < 0 ? null : competitionRanks(ranking.map((r) => r.for))[i]!;
}
