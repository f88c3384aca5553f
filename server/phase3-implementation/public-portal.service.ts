// The public portal: every congress of the deployment with its years and, for each year, the pages a
// citizen can use now. Nothing of the staff's (no window override reasons, no ledgers' insides).
import type { Executor } from '../../db/client';
import { notFound } from '../core/errors';
import { describeCycle } from '../cycle/cycles.repository';
import { currentPages } from './domain/portal';
import { portalRows } from './public-portal.repository';
import type { PortalAnswer, PortalCongress } from './public-portal.contract';

export async function publicPortal(ex: Executor, now: Date): Promise<PortalAnswer> {
  const { congressRows, cycleRows, certifiedCycles } = await portalRows(ex);
  return {
    congresses: congressRows.map((congress) => ({
      ...congress,
      // Newest year first: the current one is what most visitors want.
      years: cycleRows
        .filter((c) => c.congressId === congress.id)
        .map((row) => {
          const c = describeCycle(row, now);
          return {
            year: c.year,
            title: c.title,
            cycleId: c.id,
            phase: c.phase,
            opensOn: c.opensOn,
            closesOn: c.closesOn,
            acceptingSubmissions: c.acceptingSubmissions,
            listFixed: c.listFixed,
            current: currentPages({ ...c, resultsCertified: certifiedCycles.has(c.id) }),
          };
        })
        .sort((a, b) => b.year - a.year),
    })),
  };
}

/** One congress of the portal by its public code; 404 when no congress has it. */
export function portalCongress(portal: PortalAnswer, code: string): PortalCongress {
  const congress = portal.congresses.find((c) => c.code === code);
  if (!congress) throw notFound({ zh: '没有使用这个公开代码的人大', en: 'No congress has this public code' });
  return congress;
}
