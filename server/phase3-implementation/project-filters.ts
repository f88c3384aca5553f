// Filtering and counting project lists in memory: a cycle has tens of projects, and status and
// flags depend on the day, so they are computed, then filtered. Pure.
import type { ProjectStatus } from './domain/project-status';

export interface ProjectFilter {
  status?: ProjectStatus;
  category?: string;
  departmentId?: string;
  q?: string;
  flag?: 'overdue' | 'delayed';
}

export interface Filterable {
  status: ProjectStatus;
  category: string;
  departmentId: string;
  title: string;
  summary: string;
  location: string | null;
  code: string | null;
  flags: { overdue: unknown; delayed: unknown };
}

type Facet = 'status' | 'category' | 'departmentId';

function matches(x: Filterable, f: ProjectFilter, omit?: Facet): boolean {
  if (f.status && omit !== 'status' && x.status !== f.status) return false;
  if (f.category && omit !== 'category' && x.category !== f.category) return false;
  if (f.departmentId && omit !== 'departmentId' && x.departmentId !== f.departmentId) return false;
  if (f.flag && !x.flags[f.flag]) return false;
  if (f.q) {
    const needle = f.q.toLowerCase();
    const hay = [x.title, x.summary, x.location ?? '', x.code ?? ''].map((s) => s.toLowerCase());
    if (!hay.some((s) => s.includes(needle))) return false;
  }
  return true;
}

export function filterProjects<T extends Filterable>(items: readonly T[], f: ProjectFilter): T[] {
  return items.filter((x) => matches(x, f));
}

/** Counts per status, category and 责任单位, each under the other filters (so a tab shows what choosing it would give). */
export function projectFacets(items: readonly Filterable[], f: ProjectFilter): Record<Facet, Record<string, number>> {
  const out = { status: {}, category: {}, departmentId: {} } as Record<Facet, Record<string, number>>;
  for (const facet of Object.keys(out) as Facet[]) {
    for (const x of items) if (matches(x, f, facet)) out[facet][x[facet]] = (out[facet][x[facet]] ?? 0) + 1;
  }
  return out;
}
