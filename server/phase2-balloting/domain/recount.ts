// The count from nothing but a ballot ledger's entries. The tally service appends exactly what
// this returns, and `npm run verify` recomputes it from an export and compares: one function, so
// the server and an independent check cannot drift apart.
import type { LedgerEntry } from '../../core/domain/ledger-chain';
import type { OpenedData } from './ballot-rules';
import { tally, type PaperTotals, type TallyResult } from './tally';

export interface ClosedData {
  issued: number;
  returned: number;
  cardsIssued: number;
  paperIssued: number;
}

/** Data of the `ballot.tallied` entry. */
export type TalliedData = Pick<TallyResult,
  'valid' | 'invalid' | 'perCandidate' | 'threshold' | 'passed' | 'selected' | 'runoff' | 'void' |
  'rosterCount' | 'presentCount' | 'issued' | 'returned' | 'basis' | 'shortfall' | 'seats' | 'passBasis'
> & { ranking: Array<{ id: string; for: number; rank: number; status: string }> };

export class RecountError extends Error {}

export function tallyFromEntries(entries: readonly LedgerEntry[]): TalliedData {
  const opened = entries.find((e) => e.kind === 'ballot.opened')?.data as OpenedData | undefined;
  if (!opened) throw new RecountError('the ledger has no ballot.opened entry');
  const closed = entries.find((e) => e.kind === 'ballot.closed')?.data as ClosedData | undefined;
  if (!closed) throw new RecountError('the ledger has no ballot.closed entry');
  const casts = entries.filter((e) => e.kind === 'ballot.cast').map((e) => ({ choices: e.data.choices }));
  const paper = entries.filter((e) => e.kind === 'ballot.paper').map((e) => e.data as unknown as PaperTotals);
  const paperReturned = paper.reduce((s, p) => s + p.valid + p.invalid, 0);
  const result = tally({ opened, casts, paper, issued: closed.issued, returned: casts.length + paperReturned });
  return {
    rosterCount: result.rosterCount, presentCount: result.presentCount, issued: result.issued, returned: result.returned,
    valid: result.valid, invalid: result.invalid, perCandidate: result.perCandidate,
    seats: result.seats, passBasis: result.passBasis, basis: result.basis, threshold: result.threshold,
    passed: result.passed, selected: result.selected, runoff: result.runoff, shortfall: result.shortfall, void: result.void,
    ranking: result.ranking.map(({ id, for: f, rank, status }) => ({ id, for: f, rank, status })),
  };
}

/** For verify: problems when the export's `ballot.tallied` entry differs from a recount ([] if none to check). */
export function recountProblems(entries: readonly LedgerEntry[], canonical: (v: unknown) => string): string[] {
  const tallied = entries.find((e) => e.kind === 'ballot.tallied');
  if (!tallied) return [];
  let recount: TalliedData;
  try {
    recount = tallyFromEntries(entries.filter((e) => e.seq < tallied.seq));
  } catch (e) {
    return [`recount impossible: ${(e as Error).message}`];
  }
  const problems: string[] = [];
  for (const key of Object.keys(recount) as Array<keyof TalliedData>) {
    if (canonical(recount[key]) !== canonical(tallied.data[key])) {
      problems.push(`recount differs at seq ${tallied.seq} in "${key}": ledger says ${canonical(tallied.data[key])}, recount gives ${canonical(recount[key])}`);
    }
  }
  return problems;
}
