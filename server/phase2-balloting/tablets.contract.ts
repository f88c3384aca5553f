// What tablets routes answer (see tablets.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { CongressRef } from '../core/setup/setup.contract';

export const Tablet = z
  .object({
    id: z.string(),
    name: z.string(),
    paired: z.boolean(),
    revoked: z.boolean(),
    pairedAt: z.string().nullable(),
    lastSeenAt: z.string().nullable(),
    online: z.boolean(),
    pairingExpiresAt: z.string().nullable(),
  })
  .meta({ id: 'Tablet' });
export type Tablet = z.infer<typeof Tablet>;

export const TabletsAnswer = z.object({ tablets: z.array(Tablet) }).meta({ id: 'TabletsAnswer' });
export type TabletsAnswer = z.infer<typeof TabletsAnswer>;

export const PairingCodeAnswer = z.object({ tablet: Tablet, code: z.string(), expiresAt: z.string() }).meta({ id: 'PairingCodeAnswer' });
export type PairingCodeAnswer = z.infer<typeof PairingCodeAnswer>;

export const PairAnswer = z.object({ deviceToken: z.string(), tablet: Tablet, congress: CongressRef }).meta({ id: 'PairAnswer' });
export type PairAnswer = z.infer<typeof PairAnswer>;

export const TabletMeAnswer = z.object({ tablet: Tablet, congress: CongressRef }).meta({ id: 'TabletMeAnswer' });
export type TabletMeAnswer = z.infer<typeof TabletMeAnswer>;

export const TabletAnswer = z.object({ tablet: Tablet }).meta({ id: 'TabletAnswer' });
export type TabletAnswer = z.infer<typeof TabletAnswer>;
