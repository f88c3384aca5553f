// Where a department's or a deputy's pages live: the same pages serve both portals.
import { scopeOf } from '@contract/domain';
import { session } from '../../app/session';

export const portalBase = () => (session.may('workspace.deputy') ? '/deputy' : '/department');

/** Whom the logged-in account proposes as: its department, or as a deputy (the server's table). */
export const proposingAs = () => scopeOf(session.state.account, 'proposal.propose');

/** Whether the logged-in account proposed this (and so may edit and submit it). */
export function isMine(p: { proposer: { kind: string; departmentId: string | null; deputies: { id: string; lead: boolean }[] } }): boolean {
  const a = session.state.account;
  if (!a) return false;
  // A department owns what it proposed, and public suggestions handed to it to complete.
  if (proposingAs() === 'department') return p.proposer.kind !== 'deputy' && p.proposer.departmentId === a.departmentId;
  if (proposingAs() === 'deputy') return p.proposer.deputies.some((d) => d.lead && d.id === a.deputyId);
  return false;
}
