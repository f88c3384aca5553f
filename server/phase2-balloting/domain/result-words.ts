// The glossary of result words (docs/domain.md, "Result words"): one word per meaning, in Chinese
// and English, used by the web's message files (web/app/messages/results.ts) and by the CSV sheet.
// Pure; the web reads it through @contract/domain.
import type { CandidateStatus } from './tally';
import type { Rank } from './ranking';

export const RESULT_WORDS = {
  /** Among the seats: the project is chosen. */
  'result.selected': ['当选', 'Selected'],
  /** Not among the chosen projects, for whichever reason (the public overview's word). */
  'result.notSelected': ['未当选', 'Not selected'],
  /** More than half voted for it, but it ranked beyond the seats. */
  'result.passedNotSelected': ['过半数未当选', 'Over half, not selected'],
  /** "For" not more than half of the basis: it cannot be chosen. */
  'result.notPassed': ['未过半数', 'Under half'],
  /** Tied across the last seat: a further vote between the tied decides. */
  'result.runoff': ['另行票决', 'Further vote'],
  /** A seat left empty because too few projects passed. */
  'result.vacant': ['空缺', 'Vacant'],
  /** Does not count by the counting rules: a ballot (无效票), or a vote with more ballots returned than issued. */
  'result.invalid': ['无效', 'Invalid'],
  /** A ballot that counts. */
  'result.valid': ['有效', 'Valid'],
  /** Competition rank, alone and shared (1, 1, 3). */
  'result.rank': ['第 {rank} 名', 'No. {rank}'],
  'result.rankTied': ['并列第 {rank} 名', 'tied No. {rank}'],
} as const satisfies Record<string, readonly [string, string]>;

export type ResultWord = keyof typeof RESULT_WORDS;

/** The glossary word of each candidate status of a tally. */
export const STATUS_WORD: Record<CandidateStatus, ResultWord> = {
  selected: 'result.selected',
  runoff: 'result.runoff',
  'passed-not-selected': 'result.passedNotSelected',
  'not-passed': 'result.notPassed',
};

/** The key and values that write a rank: 第 3 名, or 并列第 1 名 when it is shared. */
export function rankWord(r: Rank): { key: 'result.rank' | 'result.rankTied'; values: { rank: number } } {
  return { key: r.tied ? 'result.rankTied' : 'result.rank', values: { rank: r.rank } };
}

/** A rank written in both languages, for texts the server writes (the web writes it through its messages). */
export function rankText(r: Rank): { zh: string; en: string } {
  const { key, values } = rankWord(r);
  const [zh, en] = RESULT_WORDS[key].map((w) => w.replace('{rank}', String(values.rank)));
  return { zh: zh!, en: en! };
}

/** A rank written in Chinese, for the CSV sheets. */
export function rankTextZh(r: Rank): string {
  return rankText(r).zh;
}
