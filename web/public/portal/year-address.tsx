// Readable public addresses. Under /public/<code>/<year> the year's frame knows the cycle, and the
// pages it holds (the same pages /public/cycles/<id>/… serves) read the cycle from here and link
// to their siblings by the readable address; elsewhere they keep the id addresses.
import { useParams } from '@solidjs/router';
import { createContext, useContext } from 'solid-js';

export interface YearAddress {
  cycleId: string;
  code: string;
  year: number;
}

export const YearAddressContext = createContext<YearAddress>();

/** The pages of a cycle that have an address of their own. */
export type CyclePage = 'year' | 'candidates' | 'suggest' | 'overview' | 'projects' | 'report';

const READABLE: Record<CyclePage, string> = {
  year: '',
  candidates: '/candidates',
  suggest: '/suggest',
  overview: '/overview',
  projects: '/projects',
  report: '/report',
};
// /public/cycles/<id> is the year's page and its candidate list at once.
const BY_ID: Record<CyclePage, string> = { ...READABLE, year: '', candidates: '' };

export const yearPath = (code: string, year: number, page: CyclePage = 'year') => `/public/${code}/${year}${READABLE[page]}`;

/** The cycle this page shows: the year's, or the :id of /public/cycles/:id. */
export function usePageCycleId(): () => string {
  const year = useContext(YearAddressContext);
  const params = useParams<{ id?: string }>();
  return () => year?.cycleId ?? params.id ?? '';
}

/** Builds a cycle page's path: readable when it is the year this page is under, else by id. */
export function useCyclePath(): (cycleId: string, page: CyclePage) => string {
  const year = useContext(YearAddressContext);
  return (cycleId, page) => (year && year.cycleId === cycleId ? yearPath(year.code, year.year, page) : `/public/cycles/${cycleId}${BY_ID[page]}`);
}
