// Delegations (代表团): the groups deputies sit in, in the order the secretariat sets.
import { api } from '../app/api';
import { createLoader } from '../app/loader';
import type { ApiBody, DelegationListItem } from '@contract';

/** A row of GET /api/delegations (with its count of active deputies). */
export type Delegation = DelegationListItem;

export function createDelegationList() {
  return createLoader(
    () => true,
    async () => (await api.get('/api/delegations')).delegations,
  );
}

export const delegationsApi = {
  create: (input: ApiBody<'post', '/api/delegations'>) => api.post('/api/delegations', { body: input }).then((r) => r.delegation),
  update: (id: string, input: ApiBody<'patch', '/api/delegations/:id'>) =>
    api.patch('/api/delegations/:id', { params: { id }, body: input }).then((r) => r.delegation),
};

/** The sort number for a new delegation: after the last one. */
export function nextSortOrder(list: Delegation[]): number {
  return list.reduce((max, d) => Math.max(max, d.sortOrder), 0) + 10;
}

/**
 * Moves one delegation up or down. Delegations may share a sort number (0 by default), so the
 * whole list is renumbered 10, 20, 30… and only the rows whose number changes are saved.
 */
export async function moveDelegation(list: Delegation[], index: number, by: -1 | 1): Promise<void> {
  const target = index + by;
  if (target < 0 || target >= list.length) return;
  const order = [...list];
  [order[index], order[target]] = [order[target]!, order[index]!];
  for (const [i, d] of order.entries()) {
    const sortOrder = (i + 1) * 10;
    if (d.sortOrder !== sortOrder) await delegationsApi.update(d.id, { sortOrder });
  }
}
