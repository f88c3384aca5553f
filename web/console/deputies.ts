// Deputies (代表) on the roster: search with paging, and the secretariat's changes. A deputy is
// never deleted; ending the term keeps the record (ledger entries refer to it).
import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { createStore } from 'solid-js/store';
import { api } from '../app/api';
import { createLoader } from '../app/loader';

export type DeputyStatus = 'active' | 'terminated';
export type Gender = 'male' | 'female';

export interface Deputy {
  id: string;
  name: string;
  delegationId: string;
  delegationName: string | null;
  seatNo: string;
  gender: Gender | null;
  phone: string | null;
  note: string | null;
  status: DeputyStatus;
  /** 常委会组成人员: the evaluators when an evaluation is by the standing committee. */
  standingCommittee: boolean;
  terminatedAt: string | null;
  createdAt: string;
}

export interface DeputyPage {
  total: number;
  page: number;
  pageSize: number;
  deputies: Deputy[];
}

export interface DeputyInput {
  name: string;
  delegationId: string;
  seatNo: string;
  gender: Gender | null;
  phone: string;
  note: string;
  standingCommittee: boolean;
}

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
    (params) => api.get<DeputyPage>('/api/deputies', params),
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
  create: (input: DeputyInput) => api.post<{ deputy: Deputy }>('/api/deputies', input).then((r) => r.deputy),
  update: (id: string, input: Partial<DeputyInput>) => api.patch<{ deputy: Deputy }>(`/api/deputies/${id}`, input).then((r) => r.deputy),
  deactivate: (id: string, reason: string) =>
    api.post<{ deputy: Deputy }>(`/api/deputies/${id}/deactivate`, { reason: reason || null }).then((r) => r.deputy),
  reactivate: (id: string, reason: string) =>
    api.post<{ deputy: Deputy }>(`/api/deputies/${id}/reactivate`, { reason: reason || null }).then((r) => r.deputy),
  /** A few matches for a picker. */
  find: (q: string, limit = 20) => api.get<DeputyPage>('/api/deputies', { q, status: 'active', pageSize: limit }).then((r) => r.deputies),
  /** Every deputy, page by page (the API pages at most 500). */
  async all(): Promise<Deputy[]> {
    const out: Deputy[] = [];
    for (let page = 1; ; page++) {
      const r = await api.get<DeputyPage>('/api/deputies', { page, pageSize: 500 });
      out.push(...r.deputies);
      if (out.length >= r.total || r.deputies.length === 0) return out;
    }
  },
};

export const TEMPLATE_URL = '/api/deputies/template.csv';
