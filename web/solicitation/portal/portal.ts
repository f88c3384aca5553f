// Where a department's or a deputy's pages live: the same pages serve both portals.
import { session } from '../../app/session';

export const portalBase = () => (session.state.account?.role === 'deputy' ? '/deputy' : '/department');

/** Whether the logged-in account proposed this (and so may edit and submit it). */
export function isMine(p: { proposer: { kind: string; departmentId: string | null; deputies: { id: string; lead: boolean }[] } }): boolean {
  const a = session.state.account;
  if (!a) return false;
  // A department owns what it proposed, and public suggestions handed to it to complete.
  if (a.role === 'department') return p.proposer.kind !== 'deputy' && p.proposer.departmentId === a.departmentId;
  if (a.role === 'deputy') return p.proposer.deputies.some((d) => d.lead && d.id === a.deputyId);
  return false;
}
