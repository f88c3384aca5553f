// What the public portal offers for one year of a congress: the pages a citizen can use now, most
// current first. Pure: the facts come from the cycle row and its certified ballots.
import { PHASES, type Phase } from '../../cycle/domain/cycle-phase';

export const PORTAL_PAGES = ['suggest', 'progress', 'results', 'candidates', 'report'] as const;
export type PortalPage = (typeof PORTAL_PAGES)[number];

export interface YearFacts {
  phase: Phase;
  /** Solicitation is open today (describeCycle's acceptingSubmissions). */
  acceptingSubmissions: boolean;
  listFixed: boolean;
  /** A vote on the projects (main ballot or runoff) has certified results. */
  resultsCertified: boolean;
}

const atLeast = (phase: Phase, than: Phase) => PHASES.indexOf(phase) >= PHASES.indexOf(than);

export function currentPages(y: YearFacts): PortalPage[] {
  const pages: PortalPage[] = [];
  if (y.acceptingSubmissions) pages.push('suggest');
  if (atLeast(y.phase, 'implementation')) pages.push('progress');
  if (y.resultsCertified) pages.push('results');
  if (y.listFixed) pages.push('candidates');
  if (atLeast(y.phase, 'implementation')) pages.push('report');
  return pages;
}
