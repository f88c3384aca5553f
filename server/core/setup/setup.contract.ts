// What setup routes answer (see setup.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Ok } from '../../http/contract';

export const CongressRef = z.object({ id: z.string(), name: z.string() }).meta({ id: 'CongressRef' });
export type CongressRef = z.infer<typeof CongressRef>;

export const AccountRef = z.object({ id: z.string(), username: z.string() }).meta({ id: 'AccountRef' });
export type AccountRef = z.infer<typeof AccountRef>;

export const NeededAnswer = z.object({ needed: z.boolean() }).meta({ id: 'NeededAnswer' });
export type NeededAnswer = z.infer<typeof NeededAnswer>;

export const RunSetupAnswer = z.object({ congress: CongressRef, account: AccountRef }).meta({ id: 'RunSetupAnswer' });
export type RunSetupAnswer = z.infer<typeof RunSetupAnswer>;

export const HealthAnswer = Ok.extend({ db: z.enum(['pglite', 'postgres']) }).meta({ id: 'HealthAnswer' });
export type HealthAnswer = z.infer<typeof HealthAnswer>;

/** The congress's public code as the console shows it: whether a person chose it, and whether it may still change. */
export const PublicCodeAnswer = z.object({ code: z.string(), chosen: z.boolean(), changeable: z.boolean() }).meta({ id: 'PublicCodeAnswer' });
export type PublicCodeAnswer = z.infer<typeof PublicCodeAnswer>;
