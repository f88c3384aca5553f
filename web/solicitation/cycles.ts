// Cycles (年度民生实事项目): the list, one cycle with its counts and what the next phase needs,
// and the secretariat's changes (open, settings, move to the next phase).
import { api } from '../app/api';
import { createLoader } from '../app/loader';
import type { ApiBody } from '@contract';
import type { CycleInput, Phase } from './types';

export function createCycleList() {
  return createLoader(
    () => true,
    async () => (await api.get('/api/cycles')).cycles,
  );
}

export function createCycleDetail(id: () => string) {
  return createLoader(id, (cycleId) => api.get('/api/cycles/:id', { params: { id: cycleId } }));
}

export const cyclesApi = {
  get: (id: string) => api.get('/api/cycles/:id', { params: { id } }),
  create: (input: CycleInput) => api.post('/api/cycles', { body: input }).then((r) => r.cycle),
  update: (id: string, input: ApiBody<'patch', '/api/cycles/:id'>) =>
    api.patch('/api/cycles/:id', { params: { id }, body: input }).then((r) => r.cycle),
  movePhase: (id: string, to: Phase) => api.post('/api/cycles/:id/phase', { params: { id }, body: { to } }).then((r) => r.cycle),
};

/** The categories a new cycle starts with (the server's default list). */
export const DEFAULT_CATEGORIES = ['教育', '医疗卫生', '养老', '交通', '水利', '生态环境', '城乡建设', '就业', '文化体育', '其他'];

/** Days from one YYYY-MM-DD to another, both included (as the server counts the window). */
export function windowDays(opensOn: string, closesOn: string): number | null {
  const a = Date.parse(`${opensOn}T00:00:00Z`);
  const b = Date.parse(`${closesOn}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / 86_400_000) + 1;
}

export const MIN_WINDOW_DAYS = 30;
