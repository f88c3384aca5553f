// The count from nothing but a ballot ledger's entries. The tally service appends exactly what
// this returns, and `npm run verify` recomputes it from an export and compares: one function, so
// the server and an independent check cannot drift apart.
import { canonicalJson } from '../../core/domain/canonical-json';
import type { ExportChecker, LedgerEntry } from '../../core/domain/ledger-chain';
import { gradeEvaluation, type GradingRule, type ProjectGrade } from './grading';
import { isEvaluation, toEvaluationPaper, type AnyOpenedData, type AnyPaperTotals, type EvaluationOpenedData } from './ballot-forms';
import type { OpenedData } from './ballot-rules';
import { publicationProblems } from './sealed-casts';
import { tally, type PaperTotals, type TallyResult } from './tally';

export interface ClosedData {
  issued: number;
  returned: number;
  cardsIssued: number;
  paperIssued: number;
}

/** Data of the `ballot.tallied` entry. */
export type TalliedData = Pick<
  TallyResult,
  | 'valid'
  | 'invalid'
  | 'perCandidate'
  | 'threshold'
  | 'passed'
  | 'selected'
  | 'runoff'
  | 'void'
  | 'rosterCount'
  | 'presentCount'
  | 'issued'
  | 'returned'
  | 'basis'
  | 'shortfall'
  | 'seats'
  | 'passBasis'
> & { ranking: Array<{ id: string; for: number; rank: number; status: string }> };

/** Data of the `ballot.tallied` entry of a satisfaction evaluation. */
export interface EvaluationTalliedData {
  form: 'satisfaction';
  rosterCount: number;
  presentCount: number;
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  basis: number;
  threshold: number;
  /** The grading rule and the 基本满意 threshold, when the ballot set them (older ledgers: the default, not written). */
  grading?: GradingRule;
  acceptableThreshold?: number;
  /** Returned ballots exceed issued ones: the evaluation must be repeated; no grade stands. */
  void: boolean;
  perCandidate: Record<string, ProjectGrade>;
}

export type AnyTalliedData = TalliedData | EvaluationTalliedData;
export const isEvaluationResult = (t: AnyTalliedData): t is EvaluationTalliedData => (t as { form?: string }).form === 'satisfaction';

export class RecountError extends Error {}

export function tallyFromEntries(entries: readonly LedgerEntry[]): AnyTalliedData {
  const opened = entries.find((e) => e.kind === 'ballot.opened')?.data as AnyOpenedData | undefined;
  if (!opened) throw new RecountError('the ledger has no ballot.opened entry');
  const closed = entries.find((e) => e.kind === 'ballot.closed')?.data as ClosedData | undefined;
  if (!closed) throw new RecountError('the ledger has no ballot.closed entry');
  const casts = entries.filter((e) => e.kind === 'ballot.cast').map((e) => ({ choices: e.data.choices }));
  const paper = entries.filter((e) => e.kind === 'ballot.paper').map((e) => e.data as unknown as AnyPaperTotals);
  const paperReturned = paper.reduce((s, p) => s + p.valid + p.invalid, 0);
  const returned = casts.length + paperReturned;
  if (isEvaluation(opened)) return gradeFromOpened(opened, casts, paper, closed.issued, returned);
  const result = tally({ opened: opened as OpenedData, casts, paper: paper as unknown as PaperTotals[], issued: closed.issued, returned });
  return {
    rosterCount: result.rosterCount,
    presentCount: result.presentCount,
    issued: result.issued,
    returned: result.returned,
    valid: result.valid,
    invalid: result.invalid,
    perCandidate: result.perCandidate,
    seats: result.seats,
    passBasis: result.passBasis,
    basis: result.basis,
    threshold: result.threshold,
    passed: result.passed,
    selected: result.selected,
    runoff: result.runoff,
    shortfall: result.shortfall,
    void: result.void,
    ranking: result.ranking.map(({ id, for: f, rank, status }) => ({ id, for: f, rank, status })),
  };
}

function gradeFromOpened(
  opened: EvaluationOpenedData,
  casts: Array<{ choices: unknown }>,
  paper: AnyPaperTotals[],
  issued: number,
  returned: number,
): EvaluationTalliedData {
  const basis = opened.passBasis === 'present' ? opened.presentCount : opened.rosterCount;
  const g = gradeEvaluation({
    projects: opened.candidates,
    allowAbstain: opened.allowAbstain,
    basisCount: basis,
    casts,
    paper: paper.map(toEvaluationPaper),
    grading: opened.grading,
  });
  return {
    form: 'satisfaction',
    rosterCount: opened.rosterCount,
    presentCount: opened.presentCount,
    issued,
    returned,
    valid: g.valid,
    invalid: g.invalid,
    basis,
    threshold: g.threshold,
    ...(opened.grading ? { grading: g.grading, acceptableThreshold: g.acceptableThreshold } : {}),
    void: returned > issued,
    perCandidate: g.perProject,
  };
}

/** For verify: problems when the export's `ballot.tallied` entry differs from a recount ([] if none to check). */
export function recountProblems(entries: readonly LedgerEntry[], canonical: (v: unknown) => string): string[] {
  const tallied = entries.find((e) => e.kind === 'ballot.tallied');
  if (!tallied) return [];
  let recount: AnyTalliedData;
  try {
    recount = tallyFromEntries(entries.filter((e) => e.seq < tallied.seq));
  } catch (e) {
    return [`recount impossible: ${(e as Error).message}`];
  }
  const problems: string[] = [];
  const fields = recount as unknown as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (canonical(fields[key]) !== canonical(tallied.data[key])) {
      problems.push(
        `recount differs at seq ${tallied.seq} in "${key}": ledger says ${canonical(tallied.data[key])}, recount gives ${canonical(fields[key])}`,
      );
    }
  }
  return problems;
}

/** Everything `npm run verify` checks on a ballot ledger beyond its chain: the publication format and the recount. */
export function ballotLedgerProblems(entries: readonly LedgerEntry[], canonical: (v: unknown) => string): string[] {
  return [...publicationProblems(entries), ...recountProblems(entries, canonical)];
}

/**
 * The checks `verifyExport` runs on a ledger export beyond its chain: a ballot ledger's publication
 * format and recount. `npm run verify` and the citizen's /verify page both run exactly these.
 */
export const ballotRecount: ExportChecker = (doc) => (doc.ledger.kind === 'ballot' ? ballotLedgerProblems(doc.entries, canonicalJson) : []);
export const defaultCheckers: ExportChecker[] = [ballotRecount];
