// What the public pages ask of the server, without an account.
import { api } from '../app/api';
import type { SuggestionInput } from './types';

export const publicApi = {
  congress: (congressId: string) => api.get('/api/public/congresses/:id/cycles', { params: { id: congressId } }),
  cycle: (cycleId: string) => api.get('/api/public/cycles/:id', { params: { id: cycleId } }).then((r) => r.cycle),
  candidates: (cycleId: string) => api.get('/api/public/cycles/:id/candidates', { params: { id: cycleId } }),
  suggest: (cycleId: string, input: SuggestionInput) => api.post('/api/public/cycles/:id/suggestions', { params: { id: cycleId }, body: input }),
  track: (code: string) => api.get('/api/public/suggestions/:code', { params: { code } }).then((r) => r.suggestion),
};
