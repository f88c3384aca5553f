// What the public portal answers (see public-portal.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Congress } from '../core/accounts/auth.contract';
import { Cycle } from '../cycle/cycles.contract';
import { PORTAL_PAGES } from './domain/portal';

export const PortalPage = z.enum(PORTAL_PAGES).meta({ id: 'PortalPage' });
export type PortalPage = z.infer<typeof PortalPage>;

/** One year of a congress as the portal lists it: only what its public pages show of the cycle. */
export const PortalYear = Cycle.pick({
  year: true,
  title: true,
  phase: true,
  opensOn: true,
  closesOn: true,
  acceptingSubmissions: true,
  listFixed: true,
})
  .extend({
    cycleId: z.string(),
    /** The pages a citizen can use now, most current first. */
    current: z.array(PortalPage),
  })
  .meta({ id: 'PortalYear' });
export type PortalYear = z.infer<typeof PortalYear>;

export const PortalCongress = Congress.extend({ years: z.array(PortalYear) }).meta({ id: 'PortalCongress' });
export type PortalCongress = z.infer<typeof PortalCongress>;

export const PortalAnswer = z.object({ congresses: z.array(PortalCongress) }).meta({ id: 'PortalAnswer' });
export type PortalAnswer = z.infer<typeof PortalAnswer>;

export const PortalCongressAnswer = z.object({ congress: PortalCongress }).meta({ id: 'PortalCongressAnswer' });
export type PortalCongressAnswer = z.infer<typeof PortalCongressAnswer>;
