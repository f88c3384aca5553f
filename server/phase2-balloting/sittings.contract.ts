// What sittings routes answer (see sittings.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';

export const Sitting = z.object({ id: z.string(), congressId: z.string(), title: z.string(), date: z.string(), createdAt: z.string() });
export type Sitting = z.infer<typeof Sitting>;

export const Sitting2 = z.object({ id: z.string(), title: z.string(), date: z.string(), rosterCount: z.number(), presentCount: z.number(), quorumNeeded: z.number(), quorumMet: z.boolean() });
export type Sitting2 = z.infer<typeof Sitting2>;

export const Deputy4 = z.object({ id: z.string(), name: z.string(), seatNo: z.string(), delegationName: z.string(), present: z.boolean() });
export type Deputy4 = z.infer<typeof Deputy4>;

export const SittingsAnswer = z.object({ sittings: z.array(Sitting) });
export type SittingsAnswer = z.infer<typeof SittingsAnswer>;

export const SittingAnswer = z.object({ sitting: Sitting });
export type SittingAnswer = z.infer<typeof SittingAnswer>;

export const SittingAnswer2 = z.object({ sitting: Sitting2 });
export type SittingAnswer2 = z.infer<typeof SittingAnswer2>;

export const DeputiesAnswer = z.object({ deputies: z.array(Deputy4) });
export type DeputiesAnswer = z.infer<typeof DeputiesAnswer>;

export const PresentCountAnswer = z.object({ presentCount: z.number() });
export type PresentCountAnswer = z.infer<typeof PresentCountAnswer>;
