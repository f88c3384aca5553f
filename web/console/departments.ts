// Departments (部门 / 责任单位): they submit projects and report on them later. Deactivated, never deleted.
import { createStore } from 'solid-js/store';
import { api } from '../app/api';
import { createLoader } from '../app/loader';

export interface Department {
  id: string;
  name: string;
  contactName: string | null;
  contactPhone: string | null;
  active: boolean;
  createdAt: string;
}

export interface DepartmentInput {
  name: string;
  contactName: string;
  contactPhone: string;
}

export function createDepartmentList() {
  const [filters, setFilters] = createStore({ q: '', active: '' as '' | 'true' | 'false' });
  const loader = createLoader(
    () => ({ q: filters.q.trim(), active: filters.active }),
    async (params) => (await api.get<{ departments: Department[] }>('/api/departments', params)).departments,
  );
  return {
    filters,
    ...loader,
    setText: (q: string) => setFilters('q', q),
    setActive: (active: '' | 'true' | 'false') => setFilters('active', active),
  };
}

export const departmentsApi = {
  create: (input: DepartmentInput) => api.post<{ department: Department }>('/api/departments', input).then((r) => r.department),
  update: (id: string, input: Partial<DepartmentInput> & { active?: boolean }) =>
    api.patch<{ department: Department }>(`/api/departments/${id}`, input).then((r) => r.department),
  listActive: () => api.get<{ departments: Department[] }>('/api/departments', { active: 'true' }).then((r) => r.departments),
  listAll: () => api.get<{ departments: Department[] }>('/api/departments').then((r) => r.departments),
};
