// What the proposal form holds while it is typed: texts as typed (amounts in 万元 as strings), the
// funding parts by source, milestones by year, targets, and the chosen co-proposers (联名).
import { createStore } from 'solid-js/store';
import { session } from '../app/session';
import type { TargetRow } from './inputs';
import { wanText } from './money';
import type { DeputyDirectoryItem } from '@contract';
import { type Proposal } from './types';
import { fundingFields } from './funding';

export type FormMode = 'department' | 'deputy' | 'manage';

/** The form's store, filled from the proposal being edited (or empty, with a department's own id). */
/** A co-proposer on the form: found in the directory, or already on the proposal (which does not carry their delegation). */
export type ChosenDeputy = Omit<DeputyDirectoryItem, 'delegationName'> & { delegationName: string | null };

export function createProposalFormState(p: Proposal | undefined, mode: FormMode) {
  const [form, setForm] = createStore({
    title: p?.title ?? '',
    category: p?.category ?? '',
    background: p?.background ?? '',
    content: p?.content ?? '',
    location: p?.location ?? '',
    departmentId: p ? (p.departmentId ?? '') : mode === 'department' ? (session.state.account?.departmentId ?? '') : '',
    estimate: wanText(p?.estimateYuan),
    funding: fundingFields(p?.funding),
    deadline: p?.deadline ?? '',
    milestones: Object.fromEntries((p?.milestones ?? []).map((m) => [m.year, m.goal])) as Record<number, string>,
    targets: (p?.targets.length ? p.targets.map((x) => ({ ...x })) : [{ indicator: '', value: '', unit: '' }]) as TargetRow[],
    contactName: p?.contactName ?? '',
    contactPhone: p?.contactPhone ?? '',
    coProposers: (p?.proposer.deputies.filter((d) => !d.lead).map((d) => ({ id: d.id, name: d.name ?? '', delegationName: null })) ??
      []) as ChosenDeputy[],
  });
  return [form, setForm] as const;
}

export type ProposalFormState = ReturnType<typeof createProposalFormState>[0];
export type SetProposalForm = ReturnType<typeof createProposalFormState>[1];
