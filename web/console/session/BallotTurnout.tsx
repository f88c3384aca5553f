// The ballot page's live card: attendance and the quorum while a draft, then the turnout (roster,
// present, cards issued, cast, and a bar of cast against present or cards), with the ledger head.
import { Show } from 'solid-js';
import { t } from '../../app/i18n';
import { shortHash, type BallotSnapshot, type BallotState, type BallotView } from '../../tablet/hall-types';
import { QuorumCard } from './AttendancePage';

export function BallotTurnout(props: { ballot: BallotView; state: BallotState | undefined; snap: BallotSnapshot | null }) {
  const counts = () => {
    const s = props.snap;
    const x = props.ballot;
    return {
      roster: s?.rosterCount ?? x?.rosterCount ?? null,
      present: s?.presentCount ?? x?.presentCount ?? null,
      cards: s?.cardsIssued ?? x?.cardsIssued ?? 0,
      cast: s?.castCount ?? x?.castCount ?? 0,
    };
  };
  const pct = () => {
    const c = counts();
    const base = Math.max(c.present ?? 0, c.cards, 1);
    return Math.min(100, Math.round((c.cast / base) * 100));
  };
  return (
    <section class="card ses-live" aria-labelledby="ses-live-title">
      <h2 class="card-title" id="ses-live-title">
        {props.state === 'draft' ? t('hall.control.attendance') : t('hall.control.turnout')}
      </h2>
      <Show when={props.state !== 'draft'} fallback={<QuorumCard sittingId={props.ballot.sittingId} />}>
        <dl class="ses-counts">
          <div class="ses-count">
            <dt>{t('hall.count.roster')}</dt>
            <dd>{counts().roster ?? '—'}</dd>
          </div>
          <div class="ses-count">
            <dt>{t('hall.count.present')}</dt>
            <dd>{counts().present ?? '—'}</dd>
          </div>
          <div class="ses-count">
            <dt>{t('hall.count.cards')}</dt>
            <dd>{counts().cards}</dd>
          </div>
          <div class="ses-count ses-count-main">
            <dt>{t('hall.count.cast')}</dt>
            <dd data-testid="console-cast">{counts().cast}</dd>
          </div>
        </dl>
        <div class="ses-progress" role="progressbar" aria-label={t('hall.count.cast')} aria-valuemin="0" aria-valuemax="100" aria-valuenow={pct()}>
          <div class="ses-progress-fill" style={{ width: `${pct()}%` }} />
        </div>
      </Show>
      <Show when={props.snap}>
        {(s) => (
          <p class="muted small">
            {t('hall.screen.ledgerHead')} {t('hall.screen.seq', { seq: s().head.seq })} <span class="mono">{shortHash(s().head.hash, 12, 6)}</span>
          </p>
        )}
      </Show>
    </section>
  );
}
