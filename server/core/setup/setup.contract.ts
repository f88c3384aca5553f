// What setup routes answer (see setup.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Ok } from '../../http/contract';

export const Congress2 = z.object({ id: z.string(), name: z.string() });
export type Congress2 = z.infer<typeof Congress2>;

export const Account4 = z.object({ id: z.string(), username: z.string() });
export type Account4 = z.infer<typeof Account4>;

export const NeededAnswer = z.object({ needed: z.boolean() });
export type NeededAnswer = z.infer<typeof NeededAnswer>;

export const RunSetupAnswer = z.object({ congress: Congress2, account: Account4 });
export type RunSetupAnswer = z.infer<typeof RunSetupAnswer>;

export const HealthAnswer = Ok.extend({ db: z.enum(['pglite', 'postgres']) });
export type HealthAnswer = z.infer<typeof HealthAnswer>;
