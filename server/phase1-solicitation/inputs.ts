// Input shapes of the phase-1 routes, on top of the shared ones in http/schemas.ts.
import { z } from 'zod';
import { PHASES } from './domain/cycle-phase';
import { FUNDING_SOURCES } from './domain/proposal-rules';
import { SCREENING_ASPECTS, SCREENING_OUTCOMES } from './domain/screening';
import { id, isoDate, text } from '../http/schemas';

export { isoDate };

// A lone surrogate has no UTF-8 form and cannot be hashed into the ledger (canonical JSON refuses it).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Trimmed text without control characters or broken characters, stored exactly as given (HTML too: it is shown as text). */
export const words = (max: number, min = 1) =>
  text(max, min).refine((s) => !LONE_SURROGATE.test(s), { message: '含有无效字符 / contains invalid characters' });

/** Optional text: absent leaves it unchanged, '' or null clears it. */
export const clearable = (max: number) => words(max, 0).nullable().optional().transform((v) => (v === '' ? null : v));

export const phone = clearable(30).refine((v) => v == null || /^[0-9+\-()\s转#]{3,30}$/.test(v), {
  message: '电话号码只能包含数字、空格和 + - ( ) 转 # / digits, spaces and + - ( ) only',
});


/** Integer 元 (the UI converts from 万元 with server/core/domain/money.ts). */
export const yuan = z.number().int({ message: '金额须为整数元 / whole 元 only' }).min(0).max(Number.MAX_SAFE_INTEGER);

export const year = z.number().int().min(2000).max(2100);

const fundingPart = z.object({ source: z.enum(FUNDING_SOURCES), amountYuan: yuan, note: clearable(100) }).strict();
const milestone = z.object({ year, goal: words(500) }).strict();
const target = z.object({
  indicator: words(60),
  value: z.string().trim().regex(/^\d{1,12}(\.\d{1,4})?$/, { message: '目标值须为数字 / a number' }),
  unit: words(20),
}).strict();

const proposalFields = {
  title: words(60),
  category: clearable(20),
  background: clearable(5000),
  content: clearable(5000),
  location: clearable(200),
  departmentId: id.nullable().optional(),
  estimateYuan: yuan.nullable().optional(),
  funding: z.array(fundingPart).max(FUNDING_SOURCES.length).optional(),
  deadline: isoDate.nullable().optional(),
  milestones: z.array(milestone).max(10).optional(),
  targets: z.array(target).max(20).optional(),
  contactName: clearable(30),
  contactPhone: phone,
  /** 联名: the other deputies of a joint proposal (deputies only). */
  coProposerDeputyIds: z.array(id).max(100).optional(),
};

export const newProposalBody = z.object({ ...proposalFields, submit: z.boolean().optional() }).strict();
export const proposalPatchBody = z.object(proposalFields).partial().strict();
export type ProposalInput = z.output<typeof proposalPatchBody>;

export const cycleSettings = {
  title: words(60),
  opensOn: isoDate,
  closesOn: isoDate,
  windowOverrideReason: clearable(200),
  categories: z.array(words(20)).min(1).max(30),
  seats: z.number().int().min(1).max(1000),
  minMargin: z.number().int().min(0).max(1000),
  allowEqual: z.boolean(),
};
export const newCycleBody = z.object({
  ...cycleSettings, year, categories: cycleSettings.categories.optional(),
  minMargin: cycleSettings.minMargin.optional(), allowEqual: cycleSettings.allowEqual.optional(),
}).strict();
export const cyclePatchBody = z.object(cycleSettings).partial().strict();
export const phaseBody = z.object({ to: z.enum(PHASES) }).strict();

export const notesBody = z.object(Object.fromEntries(SCREENING_ASPECTS.map((a) => [a, clearable(2000)])) as
  Record<(typeof SCREENING_ASPECTS)[number], ReturnType<typeof clearable>>).strict();

export const screeningBody = z.object({
  outcome: z.enum(SCREENING_OUTCOMES),
  /** Shown to the proposer: required to reject or return. */
  reason: clearable(500),
  mergeIntoId: id.optional(),
  /** Assign or change 责任单位 when shortlisting. */
  departmentId: id.optional(),
  notes: notesBody.optional(),
}).strict();

/** The public form: short fields only. */
export const publicSuggestionBody = z.object({
  title: words(60),
  content: words(2000),
  category: clearable(20),
  location: clearable(100),
  name: clearable(30),
  phone,
}).strict();

export const staffSuggestionBody = publicSuggestionBody.extend({
  channel: z.enum(['hotline', 'letter']),
  /** The day of the call or the letter (default: today). */
  receivedOn: isoDate.optional(),
}).strict();

export const convertBody = z.object({
  /** The 责任单位 that completes and submits the proposal. */
  departmentId: id,
  title: words(60).optional(),
  category: clearable(20),
  /** Shown to the suggester. */
  note: clearable(500),
}).strict();

export const suggestionScreeningBody = z.object({
  outcome: z.enum(['reject', 'merge']),
  reason: clearable(500),
  /** For a merge: the proposal that already covers it. */
  proposalId: id.optional(),
}).strict();

export const orderBody = z.object({ proposalIds: z.array(id).max(2000) }).strict();
export const unlockBody = z.object({ reason: words(500) }).strict();
