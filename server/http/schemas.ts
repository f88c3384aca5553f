// Shared input shapes. Text never contains NUL or other control characters (PostgreSQL refuses NUL;
// the others have no business in a name), is trimmed, and has a length limit.
import { z } from 'zod';
import { isIsoDate, MAX_DATE, MIN_DATE } from '../core/domain/china-date';
import { normalizePublicCode, publicCodeProblems } from '../core/domain/public-code';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const text = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min, { message: min === 1 ? '不能为空 / required' : `至少 ${min} 个字符 / at least ${min} characters` })
    .max(max, { message: `不超过 ${max} 个字符 / at most ${max} characters` })
    .refine((s) => !CONTROL.test(s), { message: '含有不允许的控制字符 / contains control characters' });

/** Long text may keep line breaks (\n, \r, \t are not in CONTROL). */
export const longText = (max: number) => text(max);
export const optionalText = (max: number) =>
  text(max, 0)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

export const id = z.string().uuid({ message: '无效的编号 / invalid id' });
export const idParam = z.object({ id });

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .min(3)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, { message: '用户名只能包含字母、数字和 . _ - / letters, digits and . _ - only' });
export const password = z.string().min(10, { message: '密码至少 10 位 / at least 10 characters' }).max(200);

export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
};

// A lone surrogate has no UTF-8 form and cannot be hashed into the ledger (canonical JSON refuses it).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Trimmed text without control characters or broken characters, stored exactly as given (HTML too: it is shown as text). */
export const words = (max: number, min = 1) =>
  text(max, min).refine((s) => !LONE_SURROGATE.test(s), { message: '含有无效字符 / contains invalid characters' });

/** Optional text: absent leaves it unchanged, '' or null clears it. */
export const clearable = (max: number) =>
  words(max, 0)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));

export const isoDate = z.string().refine(isIsoDate, {
  message: `须为 ${MIN_DATE} 至 ${MAX_DATE} 之间的有效日期（YYYY-MM-DD） / a real date as YYYY-MM-DD from ${MIN_DATE} to ${MAX_DATE}`,
});

/** Integer 元 (the UI converts from 万元 with server/core/domain/money.ts). */
export const yuan = z.number().int({ message: '金额须为整数元 / whole 元 only' }).min(0).max(Number.MAX_SAFE_INTEGER);

export const year = z.number().int().min(2000).max(2100);

/** A congress's public code, normalized (trimmed, lower case) and checked (core/domain/public-code.ts). */
export const publicCode = z
  .string()
  .max(100)
  .transform(normalizePublicCode)
  .superRefine((code, ctx) => {
    for (const p of publicCodeProblems(code)) ctx.addIssue({ code: 'custom', message: `${p.zh} / ${p.en}` });
  });
