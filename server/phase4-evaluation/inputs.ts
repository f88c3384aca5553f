// Input shapes of the phase-4 routes: satisfaction evaluations and rectification reports.
import { z } from 'zod';
import { id, text, words } from '../http/schemas';
import { quorumInput } from '../phase2-balloting';
import { RECTIFICATION_STATUSES } from '../phase3-implementation';

export const rectificationListQuery = z.object({
  cycleId: id.optional(),
  status: z.enum(RECTIFICATION_STATUSES).optional(),
});

export const rectificationReportBody = z.object({ text: words(5000) }).strict();

const share = z.object({ num: z.number().int().min(1).max(99), den: z.number().int().min(2).max(100) }).strict();

export const evaluationBody = z
  .object({
    cycleId: id,
    sittingId: id,
    title: text(100),
    projectIds: z.array(id).min(1).max(500).optional(),
    rules: z
      .object({
        allowAbstain: z.boolean().optional(),
        passBasis: z.enum(['roster', 'present']).optional(),
        secrecy: z.enum(['secret', 'recorded']).optional(),
        liveCounts: z.boolean().optional(),
        evaluators: z.enum(['deputies', 'standing_committee']).optional(),
        quorum: quorumInput,
        // "More than num/den of the basis" for 满意 and for 满意 + 基本满意 (default 1/2 each).
        grading: z.object({ satisfied: share, acceptable: share }).strict().optional(),
      })
      .strict()
      .default({}),
  })
  .strict();
