// What supervision routes answer (see supervision.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Group, SupervisionItem } from './projects.contract';

export const GroupsAnswer = z.object({ groups: z.array(Group) }).meta({ id: 'GroupsAnswer' });
export type GroupsAnswer = z.infer<typeof GroupsAnswer>;

export const GroupAnswer = z.object({ group: Group }).meta({ id: 'GroupAnswer' });
export type GroupAnswer = z.infer<typeof GroupAnswer>;

export const ItemAnswer = z.object({ item: SupervisionItem }).meta({ id: 'ItemAnswer' });
export type ItemAnswer = z.infer<typeof ItemAnswer>;

export const ListItemsAnswer = z.object({ items: z.array(SupervisionItem), unanswered: z.number() }).meta({ id: 'ListItemsAnswer' });
export type ListItemsAnswer = z.infer<typeof ListItemsAnswer>;
