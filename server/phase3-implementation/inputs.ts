// Input shapes of the phase-3 routes, built on the shared ones (text, dates, integer 元) in server/http/schemas.ts.
import { z } from 'zod';
import { clearable, id, isoDate, words, yuan } from '../http/schemas';
import { FUNDING_SOURCES } from '../phase1-solicitation';
import { CHANGE_KINDS, DECISION_OUTCOMES } from './domain/changes';
import { PROJECT_STATUSES } from './domain/project-status';
import { CADENCES } from './domain/reporting-periods';
import { SUPERVISION_KINDS } from './domain/supervision';

const percent = z.number().int({ message: '须为整数 / a whole number' }).min(0).max(100);

export const projectFilters = {
  status: z.enum(PROJECT_STATUSES).optional(),
  category: z.string().trim().max(20).optional(),
  departmentId: id.optional(),
  q: z.string().trim().max(50).optional(),
};

export const projectListQuery = z.object({
  cycleId: id.optional(),
  ...projectFilters,
  /** Only flagged projects: reports overdue, or past the deadline. */
  flag: z.enum(['overdue', 'delayed']).optional(),
  /** Deputies: only the projects of my supervision groups. */
  supervised: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

export const planBody = z
  .object({
    summary: clearable(2000),
    milestones: z.array(z.object({ id: id.optional(), name: words(60), dueOn: isoDate }).strict()).max(30),
  })
  .strict();

export const cadenceBody = z
  .object({
    cadence: z.enum(CADENCES),
    /** Default: every project of the cycle. */
    projectIds: z.array(id).min(1).max(500).optional(),
  })
  .strict();

export const reportBody = z
  .object({
    asOf: isoDate,
    percentComplete: percent,
    disbursedYuan: yuan,
    narrative: words(5000),
    problems: clearable(2000),
    milestonesReached: z.array(id).max(30).default([]),
    /** A correction names the report it corrects and says what changes. */
    correctsId: id.optional(),
    correctionNote: clearable(500),
  })
  .strict()
  .refine((b) => !b.correctsId || !!b.correctionNote, {
    message: '更正须说明更正了什么 / say what the correction changes',
    path: ['correctionNote'],
  });

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
const fundingPart = z.object({ source: z.enum(FUNDING_SOURCES), amountYuan: yuan, note: clearable(100) }).strict();

export const changeBody = z
  .object({
    kind: z.enum(CHANGE_KINDS),
    reason: words(2000),
    /** For kind "adjust": the new values (any of them). */
    adjust: z
      .object({
        content: words(5000).optional(),
        location: words(200).optional(),
        targets: z.array(target).max(20).optional(),
        budgetYuan: yuan.optional(),
        funding: z.array(fundingPart).max(FUNDING_SOURCES.length).optional(),
        deadline: isoDate.optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((b) => (b.kind === 'adjust') === (b.adjust !== undefined), {
    message: '调整须给出调整内容；暂缓、恢复、终止不带调整内容 / "adjust" needs adjust values, the other kinds none',
    path: ['adjust'],
  });

export const decisionBody = z
  .object({
    outcome: z.enum(DECISION_OUTCOMES),
    /** The standing committee's decision date. */
    decidedOn: isoDate,
    /** 决定文号. */
    decisionNumber: words(60),
    note: clearable(2000),
  })
  .strict();

export const changeListQuery = z.object({
  cycleId: id.optional(),
  projectId: id.optional(),
  status: z.enum(['pending', 'approved', 'rejected', 'withdrawn']).optional(),
});

export const groupBody = z
  .object({
    name: words(60),
    leaderDeputyId: id,
    memberDeputyIds: z.array(id).max(100).default([]),
    projectIds: z.array(id).max(500).default([]),
    category: clearable(20),
  })
  .strict();

export const groupPatchBody = z
  .object({
    name: words(60),
    leaderDeputyId: id,
    memberDeputyIds: z.array(id).max(100),
    projectIds: z.array(id).max(500),
    category: clearable(20),
  })
  .partial()
  .strict();

export const itemBody = z
  .object({
    kind: z.enum(SUPERVISION_KINDS),
    occurredOn: isoDate,
    text: words(5000),
    /** Which of my groups records it (required for the secretariat, recording for a group). */
    groupId: id.optional(),
  })
  .strict();

export const answerBody = z.object({ text: words(5000) }).strict();

export const itemListQuery = z.object({
  cycleId: id.optional(),
  projectId: id.optional(),
  unanswered: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
