// Proposals (项目建议): the screening queue or one's own list with filters and counts, one
// proposal, and every change the API allows (drafts, submission, notes, screening outcomes).
import { createEffect, createSignal, on, onCleanup, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import { api } from '../app/api';
import { createLoader } from '../app/loader';
import type { ProposalFilters, ProposalInput, ProposalPage, ScreeningNotes, ScreeningOutcome } from './types';

export function createProposalSearch(cycleId: () => string, pageSize = 50, initial: Partial<ProposalFilters> = {}) {
  const [filters, setFilters] = createStore<ProposalFilters & { page: number }>({
    status: '',
    category: '',
    departmentId: '',
    channel: '',
    q: '',
    page: 1,
    ...initial,
  });
  // Typing searches after a short pause rather than on every key.
  const [query, setQuery] = createSignal(untrack(() => filters.q));
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
    () => ({
      id: cycleId(),
      status: filters.status,
      category: filters.category,
      departmentId: filters.departmentId,
      channel: filters.channel,
      q: query(),
      page: filters.page,
      pageSize,
    }),
    ({ id, ...params }) => api.get('/api/cycles/:id/proposals', { params: { id }, query: params }),
  );
  return {
    filters,
    ...loader,
    filtered: () => !!(filters.status || filters.category || filters.departmentId || filters.channel || query()),
    set: <K extends keyof ProposalFilters>(key: K, value: ProposalFilters[K]) =>
      setFilters({ [key]: value, page: 1 } as Partial<ProposalFilters & { page: number }>),
    searchNow: () => {
      clearTimeout(timer);
      setQuery(filters.q.trim());
    },
    setPage: (page: number) => setFilters('page', page),
    reset: () => {
      setFilters({ status: '', category: '', departmentId: '', channel: '', q: '', page: 1 });
      setQuery('');
    },
  };
}

/** One's own proposals of a cycle (departments and deputies), every page. */
export async function listAllProposals(cycleId: string, query: Record<string, string> = {}): Promise<ProposalPage['proposals']> {
  const out: ProposalPage['proposals'] = [];
  for (let page = 1; ; page++) {
    const r = await api.get('/api/cycles/:id/proposals', { params: { id: cycleId }, query: { ...query, page, pageSize: 500 } });
    out.push(...r.proposals);
    if (out.length >= r.total || r.proposals.length === 0) return out;
  }
}

export function createProposal(id: () => string) {
  return createLoader(id, (proposalId) => proposalsApi.get(proposalId));
}

export const proposalsApi = {
  get: (id: string) => api.get('/api/proposals/:id', { params: { id } }).then((r) => r.proposal),
  create: (cycleId: string, input: ProposalInput & { title: string; submit?: boolean }) =>
    api.post('/api/cycles/:id/proposals', { params: { id: cycleId }, body: input }).then((r) => r.proposal),
  update: (id: string, input: ProposalInput) => api.patch('/api/proposals/:id', { params: { id }, body: input }).then((r) => r.proposal),
  submit: (id: string) => api.post('/api/proposals/:id/submit', { params: { id } }).then((r) => r.proposal),
  remove: (id: string) => api.delete('/api/proposals/:id', { params: { id } }),
  saveNotes: (id: string, notes: ScreeningNotes) => api.put('/api/proposals/:id/notes', { params: { id }, body: notes }).then((r) => r.proposal),
  screen: (
    id: string,
    input: { outcome: ScreeningOutcome; reason?: string | null; mergeIntoId?: string; departmentId?: string; notes?: ScreeningNotes },
  ) => api.post('/api/proposals/:id/screening', { params: { id }, body: input }).then((r) => r.proposal),
};

/** 联名: active deputies to name as co-proposers (name and delegation only). */
export const deputyDirectory = {
  find: (q: string, limit = 20) => api.get('/api/deputy-directory', { query: { q, pageSize: limit } }).then((r) => r.deputies),
};
