// The candidate list (初定): read it, order it, fix it against the margin rule, unlock it.
import { api } from '../app/api';
import { createLoader } from '../app/loader';
import type { CandidateList } from './types';

export function createCandidateList(cycleId: () => string) {
  return createLoader(cycleId, (id) => candidateListApi.get(id));
}

export const candidateListApi = {
  get: (cycleId: string) => api.get<CandidateList>(`/api/cycles/${cycleId}/candidate-list`),
  order: (cycleId: string, proposalIds: string[]) => api.put<CandidateList>(`/api/cycles/${cycleId}/candidate-list/order`, { proposalIds }),
  fix: (cycleId: string) => api.post<CandidateList>(`/api/cycles/${cycleId}/candidate-list/fix`),
  unlock: (cycleId: string, reason: string) => api.post<CandidateList>(`/api/cycles/${cycleId}/candidate-list/unlock`, { reason }),
};

/** `list` with the item at `from` moved to `to`. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}
