// The Chinese texts of the UI (web/app/messages/*.ts, the core messages in web/app/i18n.ts and the
// result glossary) use full-width punctuation, with no stray half-width space after or before it
// (issue #13: "。 获得通过的项目不足"), and the glossary's words are used with one meaning: the
// retired synonyms do not come back.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULT_WORDS } from '../../server/phase2-balloting/domain/result-words';

const ROOT = path.resolve(__dirname, '../..');
const CJK = '\\u3400-\\u9fff';
const FULL = '。，、；：！？（）“”《》…';

/** The mistakes in one Chinese text; [] when it is clean. */
export function punctuationProblems(text: string): string[] {
  const found: string[] = [];
  const rules: Array<[RegExp, string]> = [
    [new RegExp(`[${CJK}][,;:!?]`, 'u'), 'half-width , ; : ! ? after a Chinese character'],
    [new RegExp(`[,;:!?](?=[${CJK}])`, 'u'), 'half-width , ; : ! ? before a Chinese character'],
    [new RegExp(`[${CJK}]\\.(?!\\.)`, 'u'), 'half-width full stop after a Chinese character'],
    [new RegExp(`[${CJK}]\\(|\\)[${CJK}]`, 'u'), 'half-width brackets around Chinese text'],
    [new RegExp(`[${FULL}] `, 'u'), 'a space after full-width punctuation'],
    [new RegExp(` [${FULL}]`, 'u'), 'a space before full-width punctuation'],
    [/ {2}/, 'two spaces'],
  ];
  for (const [re, what] of rules) if (re.test(text)) found.push(what);
  return found;
}

/** The Chinese half of every [zh, en] message in a messages file, read from its source. */
function chineseTexts(file: string): Array<{ key: string; zh: string }> {
  const src = readFileSync(file, 'utf8');
  const out: Array<{ key: string; zh: string }> = [];
  const re = /'([\w.-]+)':\s*\[\s*(['"`])((?:\\.|(?!\2)[^\\])*)\2/gs;
  for (const m of src.matchAll(re)) out.push({ key: m[1]!, zh: m[3]!.replace(/\\(['"`\\])/g, '$1') });
  return out;
}

const FILES = [
  ...readdirSync(path.join(ROOT, 'web/app/messages'))
    // results.ts re-exports the glossary, checked below from its source of truth.
    .filter((f) => f.endsWith('.ts') && f !== 'results.ts')
    .map((f) => path.join(ROOT, 'web/app/messages', f)),
  path.join(ROOT, 'web/app/i18n.ts'),
];

describe('the checker', () => {
  it('catches the mistakes it is for, and passes clean text', () => {
    expect(punctuationProblems('选出 8 个项目（应选 8 个）。 获得通过的项目不足')).toEqual(['a space after full-width punctuation']);
    expect(punctuationProblems('赞成票相同,须另行票决')).toHaveLength(2);
    expect(punctuationProblems('请核对.')).toEqual(['half-width full stop after a Chinese character']);
    expect(punctuationProblems('全体代表(20 人)')).toEqual(['half-width brackets around Chinese text']);
    expect(punctuationProblems('选出 {n} 个项目 。')).toEqual(['a space before full-width punctuation']);
    expect(punctuationProblems('通过须赞成票超过{which}（{basis} 人）的半数，即至少 {n} 票。')).toEqual([]);
    expect(punctuationProblems('3–40 位小写字母、数字或 . _ -，登录时使用')).toEqual([]);
  });
});

describe('the zh-CN messages', () => {
  it('reads every messages file (the reader finds the texts)', () => {
    const n = FILES.map((f) => chineseTexts(f).length);
    expect(n.every((x) => x > 0)).toBe(true);
    // About 1,900 texts in all; a reader that stopped early would miss most of them.
    expect(n.reduce((a, b) => a + b, 0)).toBeGreaterThan(1500);
    expect(chineseTexts(path.join(ROOT, 'web/app/messages/hall.ts')).find((m) => m.key === 'hall.result.shortfall')?.zh).toMatch(/^[^ ]/);
  });

  it('use full-width punctuation in Chinese text, without stray spaces', () => {
    const problems: string[] = [];
    for (const file of FILES)
      for (const { key, zh } of chineseTexts(file))
        for (const p of punctuationProblems(zh)) problems.push(`${path.relative(ROOT, file)} ${key}: ${p} — ${zh}`);
    for (const [key, [zh]] of Object.entries(RESULT_WORDS)) for (const p of punctuationProblems(zh)) problems.push(`RESULT_WORDS ${key}: ${p}`);
    expect(problems).toEqual([]);
  });

  it('write a result only with the glossary: no retired synonym of its words', () => {
    // 未通过 / 通过未入选 / 通过，未入选 / 进入补充票决 / 补充票决 meant 未过半数, 过半数未当选 and 另行票决.
    const retired = /未通过|未入选|补充票决/;
    const found: string[] = [];
    for (const file of FILES) for (const { key, zh } of chineseTexts(file)) if (retired.test(zh)) found.push(`${key}: ${zh}`);
    expect(found).toEqual([]);
  });
});
