// Writing a result with the glossary (messages/results.ts): the rank by the one competition
// ranking of @contract/domain (并列第 1 名 for a shared rank), a candidate's status word, and
// sentences joined as the language writes them (no space between Chinese sentences).
import { competitionRanks, rankWord, STATUS_WORD, type Rank } from '@contract/domain';
import { lang, t } from './i18n';

/** Ranks of rows by their "for" votes, in the rows' order (equal votes share a rank: 1, 1, 3). */
export function ranksByFor(rows: ReadonlyArray<{ for: number }>): Rank[] {
  return competitionRanks(rows.map((r) => r.for));
}

/** 第 3 名 / 并列第 1 名 (No. 3 / tied No. 1). */
export function rankLabel(r: Rank): string {
  const w = rankWord(r);
  return t(w.key, w.values);
}

/** The glossary word of a tally status (当选, 另行票决, 过半数未当选, 未过半数); unknown values as they are. */
export function statusLabel(status: string): string {
  const key = (STATUS_WORD as Record<string, (typeof STATUS_WORD)[keyof typeof STATUS_WORD] | undefined>)[status];
  return key ? t(key) : status;
}

/** Sentences as one text: Chinese ones follow each other directly (。 ends them), English ones take a space. */
export function joinSentences(parts: string[]): string {
  return parts.join(lang() === 'zh' ? '' : ' ');
}
