// What sittings routes answer (see sittings.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';

export const Sitting = z
  .object({ id: z.string(), congressId: z.string(), title: z.string(), date: z.string(), createdAt: z.string() })
  .meta({ id: 'Sitting' });
export type Sitting = z.infer<typeof Sitting>;

export const SittingSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    date: z.string(),
    rosterCount: z.number(),
    presentCount: z.number(),
    quorumNeeded: z.number(),
    quorumMet: z.boolean(),
  })
  .meta({ id: 'SittingSummary' });
export type SittingSummary = z.infer<typeof SittingSummary>;

export const AttendanceDeputy = z
  .object({ id: z.string(), name: z.string(), seatNo: z.string(), delegationName: z.string(), present: z.boolean() })
  .meta({ id: 'AttendanceDeputy' });
export type AttendanceDeputy = z.infer<typeof AttendanceDeputy>;

export const SittingsAnswer = z.object({ sittings: z.array(Sitting) }).meta({ id: 'SittingsAnswer' });
export type SittingsAnswer = z.infer<typeof SittingsAnswer>;

export const SittingAnswer = z.object({ sitting: Sitting }).meta({ id: 'SittingAnswer' });
export type SittingAnswer = z.infer<typeof SittingAnswer>;

export const SittingSummaryAnswer = z.object({ sitting: SittingSummary }).meta({ id: 'SittingSummaryAnswer' });
export type SittingSummaryAnswer = z.infer<typeof SittingSummaryAnswer>;

export const DeputiesAnswer = z.object({ deputies: z.array(AttendanceDeputy) }).meta({ id: 'DeputiesAnswer' });
export type DeputiesAnswer = z.infer<typeof DeputiesAnswer>;

export const PresentCountAnswer = z.object({ presentCount: z.number() }).meta({ id: 'PresentCountAnswer' });
export type PresentCountAnswer = z.infer<typeof PresentCountAnswer>;
