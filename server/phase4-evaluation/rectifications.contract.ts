// What rectifications routes answer (see rectifications.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Rectification } from '../phase3-implementation/projects.contract';

export const ListRectificationsAnswer = z
  .object({ rectifications: z.array(Rectification), open: z.number() })
  .meta({ id: 'ListRectificationsAnswer' });
export type ListRectificationsAnswer = z.infer<typeof ListRectificationsAnswer>;

export const RectificationAnswer = z.object({ rectification: Rectification }).meta({ id: 'RectificationAnswer' });
export type RectificationAnswer = z.infer<typeof RectificationAnswer>;
