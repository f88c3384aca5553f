import { ruleViolation, type AppError } from './errors';
import { joinProblems, type Problem } from './domain/problems';

/** 422 naming every broken rule; details.problems lists them for the form. */
export function refuse(problems: readonly Problem[], details: Record<string, unknown> = {}): AppError {
  return ruleViolation(joinProblems(problems), { problems, ...details });
}
