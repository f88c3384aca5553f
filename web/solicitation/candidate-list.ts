// The candidate list (初定): read it, order it, fix it against the margin rule, unlock it.
import { api } from '../app/api';
import { createLoader } from '../app/loader';

export function createCandidateList(cycleId: () => string) {
  return createLoader(cycleId, (id) => candidateListApi.get(id));
}

export const candidateListApi = {
  get: (cycleId: string) => api.get('/api/cycles/:id/candidate-list', { params: { id: cycleId } }),
  order: (cycleId: string, proposalIds: string[]) =>
    api.put('/api/cycles/:id/candidate-list/order', { params: { id: cycleId }, body: { proposalIds } }),
  fix: (cycleId: string) => api.post('/api/cycles/:id/candidate-list/fix', { params: { id: cycleId } }),
  unlock: (cycleId: string, reason: string) => api.post('/api/cycles/:id/candidate-list/unlock', { params: { id: cycleId }, body: { reason } }),
};

/** `list` with the item at `from` moved to `to`. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}
