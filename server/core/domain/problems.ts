// A rule a request breaks, said in both languages so the API can answer in the caller's.
// Domain functions return lists of these (empty = fine); services turn a non-empty list into 422.

export interface Problem {
  /** Stable, for programs and tests: e.g. 'window_open', 'funding_sum'. */
  code: string;
  zh: string;
  en: string;
  /** The input field it concerns, when there is one (e.g. 'funding', 'milestones.2027'). */
  field?: string;
}

export const problem = (code: string, zh: string, en: string, field?: string): Problem =>
  field === undefined ? { code, zh, en } : { code, zh, en, field };

/** One message for a list of problems: the ones after the first are joined on. */
export function joinProblems(problems: readonly Problem[]): { zh: string; en: string } {
  return { zh: problems.map((p) => p.zh).join('；'), en: problems.map((p) => p.en).join('; ') };
}
