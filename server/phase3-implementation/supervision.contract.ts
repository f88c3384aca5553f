// What supervision routes answer (see supervision.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { Group, Item } from './projects.contract';

export const GroupsAnswer = z.object({ groups: z.array(Group) });
export type GroupsAnswer = z.infer<typeof GroupsAnswer>;

export const GroupAnswer = z.object({ group: Group });
export type GroupAnswer = z.infer<typeof GroupAnswer>;

export const ItemAnswer = z.object({ item: Item });
export type ItemAnswer = z.infer<typeof ItemAnswer>;

export const ListItemsAnswer = z.object({ items: z.array(Item), unanswered: z.number() });
export type ListItemsAnswer = z.infer<typeof ListItemsAnswer>;
