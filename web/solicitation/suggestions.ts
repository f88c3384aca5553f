// Public suggestions (群众建议) as the secretariat handles them: the list with filters and counts,
// entering a hotline call or letter, and converting, merging or rejecting one.
import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { createStore } from 'solid-js/store';
import { api } from '../app/api';
import { createLoader } from '../app/loader';
import type { SuggestionChannel, SuggestionInput, SuggestionStatus } from './types';

export function createSuggestionSearch(cycleId: () => string, pageSize = 50) {
  const [filters, setFilters] = createStore({ status: '' as '' | SuggestionStatus, channel: '' as '' | SuggestionChannel, q: '', page: 1 });
  const [query, setQuery] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      () => filters.q,
      (q) => {
        clearTimeout(timer);
        timer = setTimeout(() => setQuery(q.trim()), 250);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(timer));
  const loader = createLoader(
    () => ({ id: cycleId(), status: filters.status, channel: filters.channel, q: query(), page: filters.page, pageSize }),
    ({ id, ...params }) => api.get('/api/cycles/:id/suggestions', { params: { id }, query: params }),
  );
  return {
    filters,
    ...loader,
    filtered: () => !!(filters.status || filters.channel || query()),
    setStatus: (status: '' | SuggestionStatus) => setFilters({ status, page: 1 }),
    setChannel: (channel: '' | SuggestionChannel) => setFilters({ channel, page: 1 }),
    setText: (q: string) => setFilters({ q, page: 1 }),
    searchNow: () => {
      clearTimeout(timer);
      setQuery(filters.q.trim());
    },
    setPage: (page: number) => setFilters('page', page),
  };
}

export function createSuggestion(id: () => string) {
  return createLoader(id, (sid) => suggestionsApi.get(sid));
}

export const suggestionsApi = {
  get: (id: string) => api.get('/api/suggestions/:id', { params: { id } }).then((r) => r.suggestion),
  enter: (cycleId: string, input: SuggestionInput & { channel: 'hotline' | 'letter'; receivedOn?: string }) =>
    api.post('/api/cycles/:id/suggestions', { params: { id: cycleId }, body: input }).then((r) => r.suggestion),
  convert: (id: string, input: { departmentId: string; title?: string; category?: string | null; note?: string | null }) =>
    api.post('/api/suggestions/:id/convert', { params: { id }, body: input }),
  screen: (id: string, input: { outcome: 'reject' | 'merge'; reason?: string | null; proposalId?: string }) =>
    api.post('/api/suggestions/:id/screening', { params: { id }, body: input }).then((r) => r.suggestion),
};

/** "K7QM4XZP9D" → "K7QM-4XZP-9D" (a proposal's linked suggestions come unformatted). */
export function formatTrackingCode(code: string): string {
  return code.includes('-') ? code : (code.match(/.{1,4}/g)?.join('-') ?? code);
}
