import type { DelegationRow } from './roster.repository';

export function describeDelegationRow(r: { delegation: DelegationRow; active: number }) {
  return { id: r.delegation.id, name: r.delegation.name, sortOrder: r.delegation.sortOrder, activeDeputies: Number(r.active) };
}
