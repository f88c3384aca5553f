// What the public progress pages ask of the server (no account): read-only JSON under
// /api/public/…, cached by the server with ETags (the browser revalidates on its own).
import { api, ApiError } from '../../app/api';
import type { ProjectListFilter } from '../../implementation/types';

export const progressApi = {
  overview: (cycleId: string) => api.get('/api/public/cycles/:id/overview', { params: { id: cycleId } }),
  projects: (cycleId: string, f: ProjectListFilter = {}) => api.get('/api/public/cycles/:id/projects', { params: { id: cycleId }, query: f }),
  project: (id: string) => api.get('/api/public/projects/:id', { params: { id } }),
  departmentRecord: (id: string) => api.get('/api/public/departments/:id/record', { params: { id } }),
  departments: (congressId: string) => api.get('/api/public/congresses/:id/departments', { params: { id: congressId } }),
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
