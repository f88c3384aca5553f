// Departments (部门 / 责任单位): they submit projects and report on them later. Deactivated, never deleted.
import { createStore } from 'solid-js/store';
import { api } from '../app/api';
import { createLoader } from '../app/loader';
import type { ApiBody, Department } from '@contract';

export type { Department };
export type DepartmentInput = ApiBody<'post', '/api/departments'>;

export function createDepartmentList() {
  const [filters, setFilters] = createStore({ q: '', active: '' as '' | 'true' | 'false' });
  const loader = createLoader(
    () => ({ q: filters.q.trim(), active: filters.active }),
    async (params) => (await api.get('/api/departments', { query: params })).departments,
  );
  return {
    filters,
    ...loader,
    setText: (q: string) => setFilters('q', q),
    setActive: (active: '' | 'true' | 'false') => setFilters('active', active),
  };
}

export const departmentsApi = {
  create: (input: DepartmentInput) => api.post('/api/departments', { body: input }).then((r) => r.department),
  update: (id: string, input: ApiBody<'patch', '/api/departments/:id'>) =>
    api.patch('/api/departments/:id', { params: { id }, body: input }).then((r) => r.department),
  listActive: () => api.get('/api/departments', { query: { active: 'true' } }).then((r) => r.departments),
  listAll: () => api.get('/api/departments').then((r) => r.departments),
};
