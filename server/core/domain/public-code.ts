// A congress's public code: the short latin name in its citizens' addresses (/public/<code>/<year>).
// Lowercase letters, digits and single hyphens; it may not shadow a fixed public path; once a
// person has chosen it and the congress has opened a year, it stays, since citizens keep the links.
import { problem, type Problem } from './problems';

export const PUBLIC_CODE_MIN = 2;
export const PUBLIC_CODE_MAX = 40;
const SHAPE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Path segments the public pages already use under /public/ (web/routes), so no code may take them. */
export const RESERVED_PUBLIC_CODES = ['c', 'cycles', 'track', 'projects', 'departments', 'congresses', 'portal', 'api'] as const;

/** Codes are compared and stored lower-case and trimmed, so " XX-County " is "xx-county". */
export const normalizePublicCode = (s: string) => s.trim().toLowerCase();

/** What is wrong with a (normalized) code, if anything. */
export function publicCodeProblems(code: string): Problem[] {
  if (code.length < PUBLIC_CODE_MIN || code.length > PUBLIC_CODE_MAX)
    return [
      problem(
        'public_code_length',
        `公开代码须为 ${PUBLIC_CODE_MIN}–${PUBLIC_CODE_MAX} 个字符`,
        `The public code must have ${PUBLIC_CODE_MIN}–${PUBLIC_CODE_MAX} characters`,
        'code',
      ),
    ];
  if (!SHAPE.test(code))
    return [
      problem(
        'public_code_shape',
        '公开代码只能用小写字母、数字和连字符，以字母开头，如 xx-county',
        'The public code may use lowercase letters, digits and single hyphens, starting with a letter, like xx-county',
        'code',
      ),
    ];
  if ((RESERVED_PUBLIC_CODES as readonly string[]).includes(code))
    return [problem('public_code_reserved', `“${code}”是系统保留的地址，请换一个`, `"${code}" is a reserved address; choose another`, 'code')];
  return [];
}

export const isPublicCode = (code: string) => publicCodeProblems(code).length === 0;

/**
 * Whether the secretariat may still change the code: a code given automatically (by the migration,
 * never chosen by a person) may be replaced once; a chosen one only until the congress's first year
 * is opened, after which its public pages exist and their addresses are in citizens' hands.
 */
export function publicCodeChangeProblems(state: { chosen: boolean; cycles: number }): Problem[] {
  if (state.chosen && state.cycles > 0)
    return [
      problem(
        'public_code_published',
        '公开代码已在公开页面的地址中使用，不能再更改',
        'The public code is already in the public pages’ addresses and cannot change',
        'code',
      ),
    ];
  return [];
}

/**
 * The code given when nobody chose one (the 0006 migration does the same in SQL): the level and the
 * first free number, "county-1", "county-2", … Readable, and the secretariat may replace it once.
 */
export function derivePublicCode(level: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) if (!taken.has(`${level}-${n}`)) return `${level}-${n}`;
}
