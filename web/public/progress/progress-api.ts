// What the public progress pages ask of the server (no account): read-only JSON under
// /api/public/…, cached by the server with ETags (the browser revalidates on its own).
import { api, ApiError } from '../../app/api';
import type {
  Overview,
  ProjectListFilter,
  PublicDepartmentRecord,
  PublicDepartments,
  PublicProjectList,
  PublicProjectRecord,
} from '../../implementation/types';

export const progressApi = {
  overview: (cycleId: string) => api.get<Overview>(`/api/public/cycles/${encodeURIComponent(cycleId)}/overview`),
  projects: (cycleId: string, f: ProjectListFilter = {}) =>
    api.get<PublicProjectList>(`/api/public/cycles/${encodeURIComponent(cycleId)}/projects`, { ...f }),
  project: (id: string) => api.get<PublicProjectRecord>(`/api/public/projects/${encodeURIComponent(id)}`),
  departmentRecord: (id: string) => api.get<PublicDepartmentRecord>(`/api/public/departments/${encodeURIComponent(id)}/record`),
  departments: (congressId: string) => api.get<PublicDepartments>(`/api/public/congresses/${encodeURIComponent(congressId)}/departments`),
};

/** A page's data, or "not found" (the API answers 404, or the id is not an id at all: 400/422). */
export type Found<T> = { found: true; value: T } | { found: false };

export async function found<T>(load: Promise<T>): Promise<Found<T>> {
  try {
    return { found: true, value: await load };
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 400 || err.status === 422)) return { found: false };
    throw err;
  }
}
