// Input shapes of the phase-1 routes, on top of the shared ones in http/schemas.ts.
import { z } from 'zod';
import { clearable, id, isoDate, words, year, yuan } from '../http/schemas';
import { FUNDING_SOURCES } from './domain/proposal-rules';
import { SCREENING_ASPECTS, SCREENING_OUTCOMES } from './domain/screening';

export const phone = clearable(30).refine((v) => v == null || /^[0-9+\-()\s转#]{3,30}$/.test(v), {
  message: '电话号码只能包含数字、空格和 + - ( ) 转 # / digits, spaces and + - ( ) only',
});

const fundingPart = z.object({ source: z.enum(FUNDING_SOURCES), amountYuan: yuan, note: clearable(100) }).strict();
const milestone = z.object({ year, goal: words(500) }).strict();
const target = z
  .object({
    indicator: words(60),
    value: z
      .string()
      .trim()
      .regex(/^\d{1,12}(\.\d{1,4})?$/, { message: '目标值须为数字 / a number' }),
    unit: words(20),
  })
  .strict();

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

export const notesBody = z
  .object(
    Object.fromEntries(SCREENING_ASPECTS.map((a) => [a, clearable(2000)])) as Record<
      (typeof SCREENING_ASPECTS)[number],
      ReturnType<typeof clearable>
    >,
  )
  .strict();

export const screeningBody = z
  .object({
    outcome: z.enum(SCREENING_OUTCOMES),
    /** Shown to the proposer: required to reject or return. */
    reason: clearable(500),
    mergeIntoId: id.optional(),
    /** Assign or change 责任单位 when shortlisting. */
    departmentId: id.optional(),
    notes: notesBody.optional(),
  })
  .strict();

/** The public form: short fields only. */
export const publicSuggestionBody = z
  .object({
    title: words(60),
    content: words(2000),
    category: clearable(20),
    location: clearable(100),
    name: clearable(30),
    phone,
  })
  .strict();

export const staffSuggestionBody = publicSuggestionBody
  .extend({
    channel: z.enum(['hotline', 'letter']),
    /** The day of the call or the letter (default: today). */
    receivedOn: isoDate.optional(),
  })
  .strict();

export const convertBody = z
  .object({
    /** The 责任单位 that completes and submits the proposal. */
    departmentId: id,
    title: words(60).optional(),
    category: clearable(20),
    /** Shown to the suggester. */
    note: clearable(500),
  })
  .strict();

export const suggestionScreeningBody = z
  .object({
    outcome: z.enum(['reject', 'merge']),
    reason: clearable(500),
    /** For a merge: the proposal that already covers it. */
    proposalId: id.optional(),
  })
  .strict();

export const orderBody = z.object({ proposalIds: z.array(id).max(2000) }).strict();
export const unlockBody = z.object({ reason: words(500) }).strict();
