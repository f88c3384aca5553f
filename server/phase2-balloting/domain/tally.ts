// The count of one 票决 ballot (or of a runoff ballot, which uses the same rules).
// Pure and order-independent: anyone holding a ledger export must get the identical result.

import {
  allowedChoices,
  basisCount,
  checkChoices,
  isSafeNonNegativeInteger,
  passThreshold,
  validateOpened,
  type ChoiceRules,
  type InvalidReason,
  type OpenedData,
  type PassBasis,
} from './ballot-rules';
import { competitionRanks } from './ranking';

export interface CandidateCounts {
  for: number;
  against: number;
  abstain: number;
}

/** Totals of one batch of counted paper ballots, entered by the scrutineers. */
export interface PaperTotals {
  perCandidate: Record<string, CandidateCounts>;
  valid: number;
  invalid: number;
}

export type CandidateStatus = 'selected' | 'runoff' | 'passed-not-selected' | 'not-passed';

export interface RankingEntry {
  id: string;
  for: number;
  /** Competition rank (1, 2, 2, 4): equal "for" share a rank, since ballot order decides nothing. */
  rank: number;
  status: CandidateStatus;
}

export interface Runoff {
  /** The candidates tied across the M-th place, in ballot order. */
  candidates: string[];
  /** Seats left for the runoff (另行票决). */
  seats: number;
}

export interface TallyInput {
  opened: OpenedData;
  casts: ReadonlyArray<{ choices: unknown }>;
  paper?: ReadonlyArray<PaperTotals>;
  /** 发出: ballot cards issued. */
  issued: number;
  /** 收回: defaults to electronic casts + paper ballots returned. */
  returned?: number;
}

export interface TallyResult {
  rosterCount: number;
  presentCount: number;
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  /** Valid ballots only; every candidate of the ballot has an entry. */
  perCandidate: Record<string, CandidateCounts>;
  seats: number;
  passBasis: PassBasis;
  basis: number;
  /** Minimum "for" count to pass (strictly more than half of the basis). */
  threshold: number;
  /** Passing candidates, ranked by "for" (ballot order among equals, for display only). */
  passed: string[];
  /** Selected candidates, ranked. */
  selected: string[];
  /** Every candidate, ranked by "for" then ballot order. */
  ranking: RankingEntry[];
  runoff: Runoff | null;
  /** Seats that stay empty because too few candidates passed. */
  shortfall: number;
  /** Returned ballots exceed issued ones: the vote must be repeated, nothing is decided. */
  void: boolean;
  /** Where the valid/invalid counts came from, for the announcement and for auditing. */
  sources: {
    electronic: { casts: number; valid: number; invalid: number; invalidByReason: Record<InvalidReason, number> };
    paper: { batches: number; returned: number; valid: number; invalid: number };
  };
}

/** Thrown for malformed opened data, paper totals or issued/returned (never for a bad cast). */
export class TallyInputError extends Error {
  readonly errors: string[];
  constructor(errors: string[]) {
    super(`invalid tally input: ${errors.join('; ')}`);
    this.name = 'TallyInputError';
    this.errors = errors;
  }
}

function isPlainRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Errors in one batch of paper totals; [] when fine. Every valid paper ballot marks every
 * candidate exactly once, so per candidate for+against+abstain must equal `valid` (on
 * choose-up-to: against = 0 and for+abstain = valid), and no ballot carries more than maxFor
 * "for", so the "for" marks add up to at most valid × maxFor.
 */
export function validatePaperTotals(opened: ChoiceRules, paper: unknown): string[] {
  if (!isPlainRecord(paper)) return ['paper totals must be an object'];
  const errors: string[] = [];
  const { valid, invalid, perCandidate } = paper;
  const validOk = isSafeNonNegativeInteger(valid);
  if (!validOk) errors.push('valid must be a non-negative integer');
  if (!isSafeNonNegativeInteger(invalid)) errors.push('invalid must be a non-negative integer');
  if (!isPlainRecord(perCandidate)) {
    errors.push('perCandidate must be an object keyed by candidate id');
    return errors;
  }

  const known = new Set(opened.candidates.map((c) => c.id));
  for (const key of Object.keys(perCandidate)) {
    if (!known.has(key)) errors.push(`unknown candidate ${key}`);
  }

  const noAgainst = !allowedChoices(opened.form).includes('against');
  let forSum = 0;
  for (const { id } of opened.candidates) {
    if (!Object.prototype.hasOwnProperty.call(perCandidate, id)) {
      errors.push(`no totals for candidate ${id}`);
      continue;
    }
    const counts = perCandidate[id];
    if (!isPlainRecord(counts)) {
      errors.push(`totals for candidate ${id} must be an object`);
      continue;
    }
    let countsOk = true;
    for (const k of ['for', 'against', 'abstain'] as const) {
      if (!isSafeNonNegativeInteger(counts[k])) {
        errors.push(`${k} for candidate ${id} must be a non-negative integer`);
        countsOk = false;
      }
    }
    if (!countsOk) continue;
    const c = counts as unknown as CandidateCounts;
    forSum += c.for;
    if (noAgainst && c.against !== 0) {
      errors.push(`candidate ${id}: "against" is not offered on a choose-up-to ballot`);
    }
    if (validOk && c.for + c.against + c.abstain !== valid) {
      errors.push(`candidate ${id}: for + against + abstain = ${c.for + c.against + c.abstain}, must equal valid ballots (${valid})`);
    }
  }
  if (validOk && forSum > (valid as number) * opened.maxFor) {
    errors.push(`"for" marks total ${forSum}, more than valid ballots × maxFor (${(valid as number) * opened.maxFor})`);
  }
  return errors;
}

/** Paper ballots returned in the given batches (valid + invalid). */
export function paperReturned(paper: ReadonlyArray<PaperTotals> | undefined): number {
  let n = 0;
  for (const p of paper ?? []) n += p.valid + p.invalid;
  return n;
}

const STATUS_ORDER: Record<CandidateStatus, number> = {
  'not-passed': 0,
  'passed-not-selected': 1,
  runoff: 2,
  selected: 3,
};

/** Orders statuses from worst to best; useful for monotonicity checks and sorting. */
export function statusOrder(status: CandidateStatus): number {
  return STATUS_ORDER[status];
}

/**
 * Count a ballot. Invalid casts (anything checkChoices refuses, including garbage) are counted
 * as 无效票 and never touch perCandidate; malformed opened data, paper totals or issued/returned
 * throw TallyInputError because they are entered by officials and must be fixed, not guessed at.
 */
export function tally(input: TallyInput): TallyResult {
  const { opened, casts, issued } = input;
  const paper = input.paper ?? [];

  const errors = validateOpened(opened);
  if (errors.length > 0) throw new TallyInputError(errors.map((e) => `opened: ${e}`));
  if (!Array.isArray(casts)) throw new TallyInputError(['casts must be an array']);
  if (!Array.isArray(paper)) throw new TallyInputError(['paper must be an array']);
  paper.forEach((p, i) => {
    for (const e of validatePaperTotals(opened, p)) errors.push(`paper[${i}]: ${e}`);
  });
  if (!isSafeNonNegativeInteger(issued)) errors.push('issued must be a non-negative integer');
  if (input.returned !== undefined && !isSafeNonNegativeInteger(input.returned)) {
    errors.push('returned must be a non-negative integer');
  }
  if (errors.length > 0) throw new TallyInputError(errors);

  const ids = opened.candidates.map((c) => c.id);
  // Maps keyed by id, turned into a record at the end with Object.fromEntries, so that no
  // candidate id can collide with Object.prototype members.
  const counts = new Map<string, CandidateCounts>(ids.map((id) => [id, { for: 0, against: 0, abstain: 0 }]));

  const invalidByReason: Record<InvalidReason, number> = {
    too_many_for: 0,
    missing_candidate: 0,
    unknown_candidate: 0,
    bad_choice: 0,
    not_an_object: 0,
  };
  let eValid = 0;
  let eInvalid = 0;
  for (const cast of casts) {
    const choices: unknown = isPlainRecord(cast) ? cast.choices : undefined;
    const check = checkChoices(opened, choices);
    if (!check.valid) {
      eInvalid++;
      invalidByReason[check.reason]++;
      continue;
    }
    eValid++;
    const map = choices as Record<string, 'for' | 'against' | 'abstain'>;
    for (const id of ids) counts.get(id)![map[id]]++;
  }

  let pValid = 0;
  let pInvalid = 0;
  for (const p of paper) {
    pValid += p.valid;
    pInvalid += p.invalid;
    for (const id of ids) {
      const c = counts.get(id)!;
      const add = p.perCandidate[id];
      c.for += add.for;
      c.against += add.against;
      c.abstain += add.abstain;
    }
  }

  const valid = eValid + pValid;
  const invalid = eInvalid + pInvalid;
  const returned = input.returned ?? casts.length + pValid + pInvalid;
  // More ballots than cards issued is void whichever way it shows: in the recorded 收回
  // figure, or in the ballots actually counted (an explicit `returned` could understate them).
  const isVoid = returned > issued || valid + invalid > issued;

  const basis = basisCount(opened);
  const threshold = passThreshold(basis);
  const seats = opened.seats;

  // Ranked by "for", ballot order among equals. Ballot order is used for display only: the
  // selection below compares "for" counts, never positions within a group of equals.
  const order = new Map(ids.map((id, i) => [id, i]));
  const ranked = [...ids].sort((a, b) => counts.get(b)!.for - counts.get(a)!.for || order.get(a)! - order.get(b)!);

  const status = new Map<string, CandidateStatus>(ids.map((id) => [id, 'not-passed']));
  let passed: string[] = [];
  let selected: string[] = [];
  let runoff: Runoff | null = null;
  let shortfall = 0;

  if (!isVoid) {
    passed = ranked.filter((id) => counts.get(id)!.for >= threshold);
    for (const id of passed) status.set(id, 'passed-not-selected');

    if (passed.length <= seats) {
      selected = passed;
      shortfall = seats - passed.length;
    } else {
      const cut = counts.get(passed[seats - 1])!.for;
      const firstOut = counts.get(passed[seats])!.for;
      if (firstOut === cut) {
        // A tie straddles the M-th place: those strictly above are in, the tied group goes
        // to 另行票决 for the seats left.
        selected = passed.filter((id) => counts.get(id)!.for > cut);
        const tied = passed.filter((id) => counts.get(id)!.for === cut);
        runoff = { candidates: ids.filter((id) => tied.includes(id)), seats: seats - selected.length };
      } else {
        selected = passed.slice(0, seats);
      }
    }
    for (const id of selected) status.set(id, 'selected');
    for (const id of runoff?.candidates ?? []) status.set(id, 'runoff');
  }

  const ranks = competitionRanks(ranked.map((id) => counts.get(id)!.for));
  const ranking: RankingEntry[] = ranked.map((id, i) => ({ id, for: counts.get(id)!.for, rank: ranks[i]!.rank, status: status.get(id)! }));

  return {
    rosterCount: opened.rosterCount,
    presentCount: opened.presentCount,
    issued,
    returned,
    valid,
    invalid,
    perCandidate: Object.fromEntries(ids.map((id) => [id, { ...counts.get(id)! }])),
    seats,
    passBasis: opened.passBasis,
    basis,
    threshold,
    passed: [...passed],
    selected: [...selected],
    ranking,
    runoff,
    shortfall,
    void: isVoid,
    sources: {
      electronic: { casts: casts.length, valid: eValid, invalid: eInvalid, invalidByReason },
      paper: { batches: paper.length, returned: pValid + pInvalid, valid: pValid, invalid: pInvalid },
    },
  };
}

/**
 * The `ballot.opened` data of the runoff a result calls for: same rules, the tied candidates
 * (in their original ballot order) and the seats left. maxFor is capped at the seats left,
 * unless the original allowed fewer "for" than seats, in which case that smaller limit stays.
 */
export function runoffOpenedData(opened: OpenedData, result: Pick<TallyResult, 'runoff'>, ballotId: string, title: string): OpenedData | null {
  if (!result.runoff) return null;
  const tied = new Set(result.runoff.candidates);
  const seats = result.runoff.seats;
  return {
    ...opened,
    ballotId,
    title,
    seats,
    maxFor: Math.min(opened.maxFor, seats),
    candidates: opened.candidates.filter((c) => tied.has(c.id)).map((c) => ({ ...c })),
  };
}
