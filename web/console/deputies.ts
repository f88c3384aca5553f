// Deputies (代表) on the roster: search with paging, and the secretariat's changes. A deputy is
// never deleted; ending the term keeps the record (ledger entries refer to it).
import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { createStore } from 'solid-js/store';
import { api } from '../app/api';
import { createLoader } from '../app/loader';
import type { ApiBody, Deputy, ListDeputiesAnswer } from '@contract';

export type { Deputy };
export type DeputyStatus = Deputy['status'];
export type Gender = NonNullable<Deputy['gender']>;
export type DeputyPage = ListDeputiesAnswer;
export type DeputyInput = ApiBody<'post', '/api/deputies'>;

export function createDeputySearch(pageSize = 50) {
  const [filters, setFilters] = createStore({
    q: '',
    delegationId: '',
    status: '' as '' | DeputyStatus,
    standingCommittee: '' as '' | 'true',
    page: 1,
  });
  // Typing searches after a short pause rather than on every key.
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
    () => ({
      q: query(),
      delegationId: filters.delegationId,
      status: filters.status,
      standingCommittee: filters.standingCommittee,
      page: filters.page,
      pageSize,
    }),
    (params) => api.get('/api/deputies', { query: params }),
  );

  return {
    filters,
    ...loader,
    pageSize,
    /** Whether anything narrows the list (to tell "no match" from "empty roster"). */
    filtered: () => !!(query() || filters.delegationId || filters.status || filters.standingCommittee),
    setText: (q: string) => setFilters({ q, page: 1 }),
    searchNow: () => {
      clearTimeout(timer);
      setQuery(filters.q.trim());
    },
    setDelegation: (delegationId: string) => setFilters({ delegationId, page: 1 }),
    setStatus: (status: '' | DeputyStatus) => setFilters({ status, page: 1 }),
    setStandingCommittee: (only: '' | 'true') => setFilters({ standingCommittee: only, page: 1 }),
    setPage: (page: number) => setFilters('page', page),
  };
}

export const deputiesApi = {
  create: (input: DeputyInput) => api.post('/api/deputies', { body: input }).then((r) => r.deputy),
  update: (id: string, input: ApiBody<'patch', '/api/deputies/:id'>) =>
    api.patch('/api/deputies/:id', { params: { id }, body: input }).then((r) => r.deputy),
  deactivate: (id: string, reason: string) =>
    api.post('/api/deputies/:id/deactivate', { params: { id }, body: { reason: reason || null } }).then((r) => r.deputy),
  reactivate: (id: string, reason: string) =>
    api.post('/api/deputies/:id/reactivate', { params: { id }, body: { reason: reason || null } }).then((r) => r.deputy),
  /** A few matches for a picker. */
  find: (q: string, limit = 20) => api.get('/api/deputies', { query: { q, status: 'active', pageSize: limit } }).then((r) => r.deputies),
  /** Every deputy, page by page (the API pages at most 500). */
  async all(): Promise<Deputy[]> {
    const out: Deputy[] = [];
    for (let page = 1; ; page++) {
      const r = await api.get('/api/deputies', { query: { page, pageSize: 500 } });
      out.push(...r.deputies);
      if (out.length >= r.total || r.deputies.length === 0) return out;
    }
  },
};

export const TEMPLATE_URL = '/api/deputies/template.csv';
