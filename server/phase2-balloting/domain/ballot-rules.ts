// Ballot rules for 民生实事项目 票决 (phase 2). Pure functions only: the same code runs on the
// server (to refuse bad casts with 422) and in independent verification of a ledger export,
// so nothing here may depend on time, randomness or I/O.

export type BallotForm = 'approve-reject-abstain' | 'choose-up-to';
export type PassBasis = 'roster' | 'present';
export type Secrecy = 'secret' | 'recorded';
export type Choice = 'for' | 'against' | 'abstain';

export const BALLOT_FORMS: readonly BallotForm[] = ['approve-reject-abstain', 'choose-up-to'];
export const PASS_BASES: readonly PassBasis[] = ['roster', 'present'];
export const SECRECY_MODES: readonly Secrecy[] = ['secret', 'recorded'];
export const CHOICES: readonly Choice[] = ['for', 'against', 'abstain'];

/** Rules frozen when the ballot opens. */
export interface BallotRules {
  form: BallotForm;
  /** M: number of projects to select. */
  seats: number;
  /** Most "for" marks one ballot may carry; defaults to M. */
  maxFor: number;
  passBasis: PassBasis;
  secrecy: Secrecy;
  /** Whether running counts may be shown while the ballot is open. */
  liveCounts: boolean;
}

/** What the secretariat supplies; everything but seats has a default. */
export type BallotRulesInput = Partial<BallotRules> & { seats: number };

export interface BallotCandidate {
  id: string;
  title: string;
}

/** Data of the `ballot.opened` ledger entry. */
export interface OpenedData {
  ballotId: string;
  title: string;
  form: BallotForm;
  seats: number;
  maxFor: number;
  passBasis: PassBasis;
  secrecy: Secrecy;
  /** In ballot order (the order printed on the ballot; also the display tie-break). */
  candidates: BallotCandidate[];
  /** 应到: deputies on the roster. */
  rosterCount: number;
  /** 实到: deputies present. */
  presentCount: number;
}

export type InvalidReason = 'too_many_for' | 'missing_candidate' | 'unknown_candidate' | 'bad_choice' | 'not_an_object';

export type ChoiceCheck = { valid: true } | { valid: false; reason: InvalidReason; detail: string };

/** The subset of OpenedData that decides whether a cast is valid. */
export type ChoiceRules = Pick<OpenedData, 'form' | 'maxFor' | 'candidates'>;

export const DEFAULT_FORM: BallotForm = 'approve-reject-abstain';
export const DEFAULT_PASS_BASIS: PassBasis = 'roster';
export const DEFAULT_SECRECY: Secrecy = 'secret';

export function isSafeNonNegativeInteger(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

function isPlainRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Fill in the defaults (form ARA, maxFor = M, basis roster, secret, no live counts). */
export function resolveRules(input: BallotRulesInput): BallotRules {
  return {
    form: input.form ?? DEFAULT_FORM,
    seats: input.seats,
    maxFor: input.maxFor ?? input.seats,
    passBasis: input.passBasis ?? DEFAULT_PASS_BASIS,
    secrecy: input.secrecy ?? DEFAULT_SECRECY,
    liveCounts: input.liveCounts ?? false,
  };
}

/**
 * Errors in a set of rules for a ballot with `candidateCount` candidates; [] when fine.
 * Accepts unresolved input (maxFor missing means M) so it can check a request before defaults
 * are applied. Typed loosely on purpose: it is the guard for untrusted request bodies.
 */
export function validateRules(rules: unknown, candidateCount: number): string[] {
  const errors: string[] = [];
  if (!isPlainRecord(rules)) return ['rules must be an object'];
  if (!isSafeNonNegativeInteger(candidateCount) || candidateCount < 1) {
    errors.push('a ballot needs at least one candidate');
  }
  const n = isSafeNonNegativeInteger(candidateCount) ? candidateCount : 0;

  if (rules.form !== undefined && !BALLOT_FORMS.includes(rules.form as BallotForm)) {
    errors.push(`form must be one of ${BALLOT_FORMS.join(', ')}`);
  }

  const seats = rules.seats;
  const seatsOk = isSafeNonNegativeInteger(seats) && seats >= 1;
  if (!seatsOk) {
    errors.push('seats must be an integer ≥ 1');
  } else if (n >= 1 && seats > n) {
    errors.push(`seats (${seats}) must not exceed the number of candidates (${n})`);
  }

  if (rules.maxFor !== undefined) {
    const maxFor = rules.maxFor;
    if (!isSafeNonNegativeInteger(maxFor) || maxFor < 1) {
      errors.push('maxFor must be an integer ≥ 1');
    } else if (n >= 1 && maxFor > n) {
      errors.push(`maxFor (${maxFor}) must not exceed the number of candidates (${n})`);
    }
  }

  if (rules.passBasis !== undefined && !PASS_BASES.includes(rules.passBasis as PassBasis)) {
    errors.push(`passBasis must be one of ${PASS_BASES.join(', ')}`);
  }
  if (rules.secrecy !== undefined && !SECRECY_MODES.includes(rules.secrecy as Secrecy)) {
    errors.push(`secrecy must be one of ${SECRECY_MODES.join(', ')}`);
  }
  if (rules.liveCounts !== undefined && typeof rules.liveCounts !== 'boolean') {
    errors.push('liveCounts must be true or false');
  }
  if (liveCountsRefused(rules)) errors.push(LIVE_COUNTS_SECRET);
  return errors;
}

export const LIVE_COUNTS_SECRET = 'liveCounts needs recorded mode: a secret ballot shows turnout only while it is open';

/**
 * Running per-candidate counts while a secret ballot is open would let anyone who notes when a
 * deputy votes read that deputy's choices off the screen: only a recorded (记名) ballot shows them.
 */
export function liveCountsRefused(rules: { liveCounts?: unknown; secrecy?: unknown }): boolean {
  return rules.liveCounts === true && (rules.secrecy ?? DEFAULT_SECRECY) === 'secret';
}

/**
 * Errors in a `ballot.opened` payload; [] when fine. The tally refuses to run on a payload
 * that fails this (a programming or export-corruption error, unlike a bad cast).
 */
export function validateOpened(opened: unknown): string[] {
  if (!isPlainRecord(opened)) return ['opened data must be an object'];
  const errors: string[] = [];
  if (typeof opened.ballotId !== 'string' || opened.ballotId === '') errors.push('ballotId must be a non-empty string');
  if (typeof opened.title !== 'string') errors.push('title must be a string');

  const candidates = opened.candidates;
  let count = 0;
  if (!Array.isArray(candidates)) {
    errors.push('candidates must be an array');
  } else {
    count = candidates.length;
    const seen = new Set<string>();
    candidates.forEach((c: unknown, i) => {
      if (!isPlainRecord(c) || typeof c.id !== 'string' || c.id === '') {
        errors.push(`candidates[${i}] must have a non-empty string id`);
        return;
      }
      if (typeof c.title !== 'string') errors.push(`candidates[${i}] must have a string title`);
      if (seen.has(c.id)) errors.push(`candidate id ${c.id} appears more than once`);
      seen.add(c.id);
    });
  }

  // Opened data always carries resolved rules, so every field is required here.
  for (const field of ['form', 'maxFor', 'passBasis', 'secrecy'] as const) {
    if (opened[field] === undefined) errors.push(`${field} is required`);
  }
  errors.push(...validateRules({ ...opened, liveCounts: undefined }, count));

  const roster = opened.rosterCount;
  const present = opened.presentCount;
  if (!isSafeNonNegativeInteger(roster) || roster < 1) errors.push('rosterCount must be an integer ≥ 1');
  if (!isSafeNonNegativeInteger(present)) {
    errors.push('presentCount must be a non-negative integer');
  } else if (isSafeNonNegativeInteger(roster) && present > roster) {
    errors.push(`presentCount (${present}) must not exceed rosterCount (${roster})`);
  }
  return errors;
}

/** Choice values a ballot form offers: choose-up-to has no "against" (unchosen = abstain). */
export function allowedChoices(form: BallotForm): readonly Choice[] {
  return form === 'choose-up-to' ? ['for', 'abstain'] : CHOICES;
}

/**
 * Whether one electronic cast is a valid ballot. A valid cast names every candidate exactly
 * once with an offered choice and carries at most maxFor "for"; all-abstain (blank) is valid.
 * Never throws, whatever `choices` is: the tally counts anything unusable as 无效票.
 * Checks run in a fixed order so the same bad cast always gets the same reason.
 */
export function checkChoices(opened: ChoiceRules, choices: unknown): ChoiceCheck {
  try {
    if (!isPlainRecord(choices)) {
      return { valid: false, reason: 'not_an_object', detail: 'choices must be an object keyed by candidate id' };
    }
    // Sets, not object lookups, so ids such as "constructor" or "__proto__" behave like any other.
    const known = new Set(opened.candidates.map((c) => c.id));
    const offered = allowedChoices(opened.form);
    const keys = Object.keys(choices);

    for (const key of keys) {
      if (!known.has(key)) {
        return { valid: false, reason: 'unknown_candidate', detail: `unknown candidate ${key}` };
      }
    }
    for (const key of keys) {
      const value = choices[key];
      if (typeof value !== 'string' || !(offered as readonly string[]).includes(value)) {
        return {
          valid: false,
          reason: 'bad_choice',
          detail: `choice for ${key} must be one of ${offered.join(', ')}`,
        };
      }
    }
    // Object keys are unique, so "exactly once" reduces to "every candidate is present".
    const named = new Set(keys);
    for (const c of opened.candidates) {
      if (!named.has(c.id)) {
        return { valid: false, reason: 'missing_candidate', detail: `no choice for candidate ${c.id}` };
      }
    }
    let forCount = 0;
    for (const key of keys) if (choices[key] === 'for') forCount++;
    if (forCount > opened.maxFor) {
      return {
        valid: false,
        reason: 'too_many_for',
        detail: `${forCount} "for" marks, at most ${opened.maxFor} allowed`,
      };
    }
    return { valid: true };
  } catch {
    // Exotic inputs (throwing getters, proxies) cannot come out of JSON, but must not crash a count.
    return { valid: false, reason: 'not_an_object', detail: 'choices could not be read' };
  }
}

/** Minimum "for" count to pass: strictly more than half of the basis. */
export function passThreshold(basis: number): number {
  return Math.floor(basis / 2) + 1;
}

/** The number the pass threshold is computed from (应到 or 实到). */
export function basisCount(opened: Pick<OpenedData, 'passBasis' | 'rosterCount' | 'presentCount'>): number {
  return opened.passBasis === 'present' ? opened.presentCount : opened.rosterCount;
}
