// Names of the server's codes (statuses, channels, phases, funding sources) in the page's language.
import { Show } from 'solid-js';
import './solicitation.css';
import { formatDateTime, tMaybe } from '../app/i18n';
import type { FundingSource, Phase, ProposalChannel, ProposalStatus, PublicStage, ScreeningAspect, SuggestionStatus } from './types';

export const phaseLabel = (p: Phase) => tMaybe(`sol.phase.${p}`, p);
export const statusLabel = (s: ProposalStatus) => tMaybe(`sol.status.${s}`, s);
export const suggestionStatusLabel = (s: SuggestionStatus) => tMaybe(`sol.sstatus.${s}`, s);
export const channelLabel = (c: ProposalChannel) => tMaybe(`sol.channel.${c}`, c);
export const fundingLabel = (f: FundingSource) => tMaybe(`sol.funding.${f}`, f);
export const aspectLabel = (a: ScreeningAspect) => tMaybe(`sol.aspect.${a}`, a);
export const stageLabel = (s: PublicStage) => tMaybe(`sol.stage.${s}`, s);

const STATUS_TONE: Record<ProposalStatus, string> = {
  draft: 'neutral',
  submitted: 'info',
  shortlisted: 'ok',
  rejected: 'bad',
  merged: 'neutral',
  returned: 'warn',
};
const SUGGESTION_TONE: Record<SuggestionStatus, string> = { received: 'info', converted: 'ok', rejected: 'bad', merged: 'neutral' };
const STAGE_TONE: Record<PublicStage, string> = { in_review: 'info', shortlisted: 'ok', candidate: 'ok', rejected: 'bad', merged: 'neutral' };

export function StatusBadge(props: { status: ProposalStatus }) {
  return <span class={`badge tone-${STATUS_TONE[props.status] ?? 'neutral'}`}>{statusLabel(props.status)}</span>;
}

export function SuggestionBadge(props: { status: SuggestionStatus }) {
  return <span class={`badge tone-${SUGGESTION_TONE[props.status] ?? 'neutral'}`}>{suggestionStatusLabel(props.status)}</span>;
}

export function StageBadge(props: { stage: PublicStage }) {
  return <span class={`badge tone-${STAGE_TONE[props.stage] ?? 'neutral'}`}>{stageLabel(props.stage)}</span>;
}

export function PhaseBadge(props: { phase: Phase }) {
  return <span class={`badge tone-phase phase-${props.phase}`}>{phaseLabel(props.phase)}</span>;
}

/** A date-time, or a dash. */
export function When(props: { at: string | null | undefined }) {
  return (
    <Show when={props.at} fallback="—">
      {(at) => <time datetime={at()}>{formatDateTime(at())}</time>}
    </Show>
  );
}
