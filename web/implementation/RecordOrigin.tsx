// One section of a project's record (ProjectRecord.tsx): where the project came from: the proposal,
// and how the deputies voted, with the ledgers.
import { Show, type JSX } from 'solid-js';
import { t } from '../app/i18n';
import { rankLabel } from '../app/results';
import { channelLabel } from '../solicitation/labels';
import { chinaDateOf } from './labels';
import { RecordSectionFrame, RecordSubhead } from './RecordSectionFrame';
import type { ProjectRecordData } from './types';

export const defaultLedgerHref = (ledgerId: string) => `/api/ledgers/${ledgerId}`;

export function RecordOrigin(props: {
  record: ProjectRecordData;
  level: 2 | 3;
  action?: () => JSX.Element;
  ledgerHref?: (ledgerId: string) => string;
}) {
  const ledgerHref = (id: string) => (props.ledgerHref ?? defaultLedgerHref)(id);
  return (
    <RecordSectionFrame name="origin" level={props.level} action={props.action}>
      <RecordSubhead level={props.level}>{t('prog.rec.proposal')}</RecordSubhead>
      <Show when={props.record.proposal} fallback={<p class="muted">{t('prog.rec.noProposal')}</p>}>
        {(pr) => (
          <div class="imp-proposal">
            <p class="imp-proposal-title">
              <Show when={pr().code}>
                <span class="mono imp-code">{pr().code}</span>
              </Show>
              <span>{pr().title}</span>
            </p>
            <p class="small muted">
              {channelLabel(pr().channel)}
              <Show when={pr().submittedAt}>
                {(at) => (
                  <>
                    {' · '}
                    {t('prog.rec.proposalSubmitted', { date: chinaDateOf(at()) })}
                  </>
                )}
              </Show>
            </p>
            <Show when={pr().background}>
              <details class="imp-details">
                <summary>{t('prog.rec.background')}</summary>
                <p class="prose">{pr().background}</p>
              </details>
            </Show>
          </div>
        )}
      </Show>
      <RecordSubhead level={props.level}>{t('prog.rec.ballot')}</RecordSubhead>
      <Show when={props.record.vote.ballotTitle}>
        <p class="imp-ballot-title">{props.record.vote.ballotTitle}</p>
      </Show>
      <dl class="imp-votes">
        <div class="imp-vote imp-vote-for">
          <dt>{t('prog.rec.votesFor')}</dt>
          <dd>{t('prog.rec.votes', { n: props.record.vote.for })}</dd>
        </div>
        <div class="imp-vote">
          <dt>{t('prog.rec.votesAgainst')}</dt>
          <dd>{t('prog.rec.votes', { n: props.record.vote.against })}</dd>
        </div>
        <div class="imp-vote">
          <dt>{t('prog.rec.votesAbstain')}</dt>
          <dd>{t('prog.rec.votes', { n: props.record.vote.abstain })}</dd>
        </div>
        <div class="imp-vote imp-vote-rank">
          <dt>{t('prog.rec.rank')}</dt>
          <dd>{rankLabel(props.record.vote)}</dd>
        </div>
      </dl>
      <p class="small muted">
        {t('prog.rec.selectionRank', { n: props.record.vote.selectionRank })}
        <Show when={props.record.vote.certifiedAt}>
          {(at) => (
            <>
              {' · '}
              {t('prog.rec.certifiedAt', { date: chinaDateOf(at()) })}
            </>
          )}
        </Show>
      </p>
      <p class="imp-links small">
        <a href={`/verify?ballot=${encodeURIComponent(props.record.vote.ballotId)}`}>{t('prog.rec.ballotLedger')}</a>
        <Show when={props.record.vote.ledgerId}>
          {(id) => (
            <a href={ledgerHref(id())} download={props.ledgerHref ? undefined : `ledger-${id()}.json`}>
              {t('prog.rec.downloadLedger')}
            </a>
          )}
        </Show>
        <a href={ledgerHref(props.record.cycle.ledgerId)} download={props.ledgerHref ? undefined : `ledger-${props.record.cycle.ledgerId}.json`}>
          {t('prog.rec.cycleLedger')}
        </a>
      </p>
    </RecordSectionFrame>
  );
}
