// Satisfaction evaluation (监督评议, phase 4): count the ballots and grade each project.
// Pure and order-independent, like the phase-2 tally, so an export can be re-counted anywhere.
// All arithmetic is on integers; the rate is kept in permille and only formatted at the end.

export type EvaluationChoice = 'satisfied' | 'basically_satisfied' | 'unsatisfied' | 'abstain';
export type Grade = 'satisfied' | 'basically_satisfied' | 'unsatisfied';

export const EVALUATION_CHOICES: readonly EvaluationChoice[] = ['satisfied', 'basically_satisfied', 'unsatisfied', 'abstain'];

export const GRADE_LABELS: Record<Grade, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  unsatisfied: '不满意',
};

/** Shown instead of a rate when there are no valid ballots. */
export const NO_RATE_TEXT = '—';

export interface EvaluationProject {
  id: string;
  title: string;
}

export interface EvaluationCounts {
  satisfied: number;
  basically_satisfied: number;
  unsatisfied: number;
  abstain: number;
}

/** Totals of one batch of counted paper evaluation ballots. */
export interface EvaluationPaperTotals {
  perProject: Record<string, EvaluationCounts>;
  valid: number;
  invalid: number;
}

export interface EvaluationRules {
  projects: EvaluationProject[];
  /** 弃权 offered on the ballot (configurable per evaluation). */
  allowAbstain: boolean;
}

export interface GradeInput extends EvaluationRules {
  /** Number "more than half" is measured against; the caller picks all evaluators or those present. */
  basisCount: number;
  /** Default: more than half for both grades. */
  grading?: GradingRule;
  casts: ReadonlyArray<{ choices: unknown }>;
  paper?: ReadonlyArray<EvaluationPaperTotals>;
}

export interface ProjectGrade extends EvaluationCounts {
  grade: Grade;
  /** (satisfied + basically_satisfied) / valid in ‰, rounded half up; null when valid = 0. */
  satisfactionRatePermille: number | null;
  /** e.g. "93.5%", or "—" when valid = 0. */
  satisfactionRateText: string;
}

export interface GradeResult {
  basisCount: number;
  /** Minimum 满意 votes for 满意 (by default: more than half of the basis). */
  threshold: number;
  /** Minimum 满意 + 基本满意 votes for 基本满意. */
  acceptableThreshold: number;
  grading: GradingRule;
  valid: number;
  invalid: number;
  perProject: Record<string, ProjectGrade>;
}

export type EvaluationInvalidReason = 'missing_project' | 'unknown_project' | 'bad_choice' | 'not_an_object';

export type EvaluationChoiceCheck = { valid: true } | { valid: false; reason: EvaluationInvalidReason; detail: string };

/** Thrown for malformed projects, basis or paper totals (never for a bad cast). */
export class GradeInputError extends Error {
  readonly errors: string[];
  constructor(errors: string[]) {
    super(`invalid evaluation input: ${errors.join('; ')}`);
    this.name = 'GradeInputError';
    this.errors = errors;
  }
}

function isPlainRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isSafeNonNegativeInteger(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

export function offeredEvaluationChoices(allowAbstain: boolean): readonly EvaluationChoice[] {
  return allowAbstain ? EVALUATION_CHOICES : EVALUATION_CHOICES.filter((c) => c !== 'abstain');
}

/**
 * Whether one electronic evaluation cast is valid: it rates every project exactly once with
 * an offered choice. Never throws; checks run in a fixed order so reasons are reproducible.
 */
export function checkEvaluationChoices(rules: EvaluationRules, choices: unknown): EvaluationChoiceCheck {
  try {
    if (!isPlainRecord(choices)) {
      return { valid: false, reason: 'not_an_object', detail: 'choices must be an object keyed by project id' };
    }
    const known = new Set(rules.projects.map((p) => p.id));
    const offered = offeredEvaluationChoices(rules.allowAbstain);
    const keys = Object.keys(choices);
    for (const key of keys) {
      if (!known.has(key)) return { valid: false, reason: 'unknown_project', detail: `unknown project ${key}` };
    }
    for (const key of keys) {
      const value = choices[key];
      if (typeof value !== 'string' || !(offered as readonly string[]).includes(value)) {
        return { valid: false, reason: 'bad_choice', detail: `choice for ${key} must be one of ${offered.join(', ')}` };
      }
    }
    const named = new Set(keys);
    for (const p of rules.projects) {
      if (!named.has(p.id)) return { valid: false, reason: 'missing_project', detail: `no choice for project ${p.id}` };
    }
    return { valid: true };
  } catch {
    return { valid: false, reason: 'not_an_object', detail: 'choices could not be read' };
  }
}

/** Errors in the project list; [] when fine. */
export function validateEvaluationProjects(projects: unknown): string[] {
  if (!Array.isArray(projects)) return ['projects must be an array'];
  const errors: string[] = [];
  if (projects.length === 0) errors.push('an evaluation needs at least one project');
  const seen = new Set<string>();
  projects.forEach((p: unknown, i) => {
    if (!isPlainRecord(p) || typeof p.id !== 'string' || p.id === '') {
      errors.push(`projects[${i}] must have a non-empty string id`);
      return;
    }
    if (typeof p.title !== 'string') errors.push(`projects[${i}] must have a string title`);
    if (seen.has(p.id)) errors.push(`project id ${p.id} appears more than once`);
    seen.add(p.id);
  });
  return errors;
}

/**
 * Errors in one batch of paper evaluation totals; [] when fine. Each valid paper ballot rates
 * every project once, so per project the four counts add up to `valid` (abstain = 0 when
 * abstaining is not offered).
 */
export function validateEvaluationPaperTotals(rules: EvaluationRules, paper: unknown): string[] {
  if (!isPlainRecord(paper)) return ['paper totals must be an object'];
  const errors: string[] = [];
  const { valid, invalid, perProject } = paper;
  const validOk = isSafeNonNegativeInteger(valid);
  if (!validOk) errors.push('valid must be a non-negative integer');
  if (!isSafeNonNegativeInteger(invalid)) errors.push('invalid must be a non-negative integer');
  if (!isPlainRecord(perProject)) {
    errors.push('perProject must be an object keyed by project id');
    return errors;
  }
  const known = new Set(rules.projects.map((p) => p.id));
  for (const key of Object.keys(perProject)) if (!known.has(key)) errors.push(`unknown project ${key}`);

  for (const { id } of rules.projects) {
    if (!Object.prototype.hasOwnProperty.call(perProject, id)) {
      errors.push(`no totals for project ${id}`);
      continue;
    }
    const counts = perProject[id];
    if (!isPlainRecord(counts)) {
      errors.push(`totals for project ${id} must be an object`);
      continue;
    }
    let ok = true;
    for (const k of EVALUATION_CHOICES) {
      if (!isSafeNonNegativeInteger(counts[k])) {
        errors.push(`${k} for project ${id} must be a non-negative integer`);
        ok = false;
      }
    }
    if (!ok) continue;
    const c = counts as unknown as EvaluationCounts;
    if (!rules.allowAbstain && c.abstain !== 0) errors.push(`project ${id}: abstaining is not offered`);
    const sum = c.satisfied + c.basically_satisfied + c.unsatisfied + c.abstain;
    if (validOk && sum !== valid) {
      errors.push(`project ${id}: counts add up to ${sum}, must equal valid ballots (${valid})`);
    }
  }
  return errors;
}

/** Minimum votes that are strictly more than half of the basis. */
export function majorityThreshold(basis: number): number {
  return shareThreshold(basis, HALF);
}

/** A share of the basis, as an exact fraction (2/3 is not 66%). */
export interface Share {
  num: number;
  den: number;
}
const HALF: Share = { num: 1, den: 2 };

/**
 * How grades are given (配置的评定规则): 满意 needs 满意 votes strictly more than `satisfied` of the
 * basis; 基本满意 needs 满意 + 基本满意 strictly more than `acceptable` of it. Default: half and half.
 */
export interface GradingRule {
  satisfied: Share;
  acceptable: Share;
}
export const DEFAULT_GRADING: GradingRule = { satisfied: HALF, acceptable: HALF };

/** Minimum votes strictly more than `share` of the basis, in integers: floor(basis·num/den) + 1. */
export function shareThreshold(basis: number, share: Share): number {
  return Math.floor((basis * share.num) / share.den) + 1;
}

/** Errors in a grading rule; [] when fine. Shares run from one half to below the whole. */
export function validateGrading(rule: unknown): string[] {
  if (!isPlainRecord(rule)) return ['grading must be an object'];
  const errors: string[] = [];
  for (const key of ['satisfied', 'acceptable'] as const) {
    const s = rule[key];
    if (!isPlainRecord(s) || !isSafeNonNegativeInteger(s.num) || !isSafeNonNegativeInteger(s.den) || s.den < 1 || s.den > 100) {
      errors.push(`grading.${key} must be a fraction {num, den} with 1 ≤ den ≤ 100`);
    } else if (2 * s.num < s.den || s.num >= s.den) {
      errors.push(`grading.${key} must be at least one half and less than the whole`);
    }
  }
  return errors;
}

/** Default grading: 满意 > half → 满意; else 满意 + 基本满意 > half → 基本满意; else 不满意. */
export function gradeOf(
  counts: Pick<EvaluationCounts, 'satisfied' | 'basically_satisfied'>,
  basis: number,
  rule: GradingRule = DEFAULT_GRADING,
): Grade {
  if (counts.satisfied >= shareThreshold(basis, rule.satisfied)) return 'satisfied';
  if (counts.satisfied + counts.basically_satisfied >= shareThreshold(basis, rule.acceptable)) return 'basically_satisfied';
  return 'unsatisfied';
}

/** part/whole in permille, rounded half up, in integers only; null when whole = 0. */
export function ratePermille(part: number, whole: number): number | null {
  if (whole === 0) return null;
  // round(1000·part/whole) half up = floor((2000·part + whole) / (2·whole)).
  return Math.floor((2000 * part + whole) / (2 * whole));
}

/** 935 → "93.5%", null → "—". */
export function formatPermille(permille: number | null): string {
  if (permille === null) return NO_RATE_TEXT;
  return `${Math.floor(permille / 10)}.${permille % 10}%`;
}

/**
 * Count evaluation ballots and grade every project. Invalid casts count as 无效票 and are
 * excluded; malformed projects, basis or paper totals throw GradeInputError.
 */
export function gradeEvaluation(input: GradeInput): GradeResult {
  const { projects, allowAbstain, basisCount, casts } = input;
  const paper = input.paper ?? [];
  const errors = validateEvaluationProjects(projects);
  if (!isSafeNonNegativeInteger(basisCount)) errors.push('basisCount must be a non-negative integer');
  if (typeof allowAbstain !== 'boolean') errors.push('allowAbstain must be true or false');
  if (!Array.isArray(casts)) errors.push('casts must be an array');
  if (!Array.isArray(paper)) errors.push('paper must be an array');
  const grading = input.grading ?? DEFAULT_GRADING;
  errors.push(...validateGrading(grading));
  if (errors.length > 0) throw new GradeInputError(errors);
  paper.forEach((p, i) => {
    for (const e of validateEvaluationPaperTotals(input, p)) errors.push(`paper[${i}]: ${e}`);
  });
  if (errors.length > 0) throw new GradeInputError(errors);

  const ids = projects.map((p) => p.id);
  const counts = new Map<string, EvaluationCounts>(ids.map((id) => [id, { satisfied: 0, basically_satisfied: 0, unsatisfied: 0, abstain: 0 }]));
  let valid = 0;
  let invalid = 0;
  for (const cast of casts) {
    const choices: unknown = isPlainRecord(cast) ? cast.choices : undefined;
    if (!checkEvaluationChoices(input, choices).valid) {
      invalid++;
      continue;
    }
    valid++;
    const map = choices as Record<string, EvaluationChoice>;
    for (const id of ids) counts.get(id)![map[id]]++;
  }
  for (const p of paper) {
    valid += p.valid;
    invalid += p.invalid;
    for (const id of ids) {
      const c = counts.get(id)!;
      const add = p.perProject[id];
      for (const k of EVALUATION_CHOICES) c[k] += add[k];
    }
  }

  const perProject = Object.fromEntries(
    ids.map((id): [string, ProjectGrade] => {
      const c = counts.get(id)!;
      const permille = ratePermille(c.satisfied + c.basically_satisfied, valid);
      return [
        id,
        {
          ...c,
          grade: gradeOf(c, basisCount, grading),
          satisfactionRatePermille: permille,
          satisfactionRateText: formatPermille(permille),
        },
      ];
    }),
  );

  return {
    basisCount,
    threshold: shareThreshold(basisCount, grading.satisfied),
    acceptableThreshold: shareThreshold(basisCount, grading.acceptable),
    grading,
    valid,
    invalid,
    perProject,
  };
}
