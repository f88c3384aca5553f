// What the public pages ask of the server, without an account.
import { api } from '../app/api';
import type { Cycle, PublicCandidates, PublicCongress, SuggestionInput, SuggestionReceipt, TrackedSuggestion } from './types';

export const publicApi = {
  congress: (congressId: string) => api.get<{ congress: PublicCongress; cycles: Cycle[] }>(`/api/public/congresses/${congressId}/cycles`),
  cycle: (cycleId: string) => api.get<{ cycle: Cycle }>(`/api/public/cycles/${cycleId}`).then((r) => r.cycle),
  candidates: (cycleId: string) => api.get<PublicCandidates>(`/api/public/cycles/${cycleId}/candidates`),
  suggest: (cycleId: string, input: SuggestionInput) => api.post<SuggestionReceipt>(`/api/public/cycles/${cycleId}/suggestions`, input),
  track: (code: string) =>
    api.get<{ suggestion: TrackedSuggestion }>(`/api/public/suggestions/${encodeURIComponent(code)}`).then((r) => r.suggestion),
};
