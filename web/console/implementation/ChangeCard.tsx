// One change request as a card: the project, the kind, its state, old → new, the reasons, and the
// standing committee's decision once recorded (date, 文号, note).
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../app/i18n';
import { ChangeDiff, type Terms } from './ChangeDiff';
import type { Change } from './implementation';
import { changeKindLabel, ChangeStatusBadge, chinaDay } from './labels';

export function ChangeCard(props: { change: Change; current?: Partial<Terms> | null; projectHref?: string; onDecide?: () => void }) {
  const c = () => props.change;
  return (
    <article
      class="card change-card"
      classList={{ 'change-pending': c().status === 'pending' }}
      aria-label={`${changeKindLabel(c().kind)} · ${c().projectTitle ?? ''}`}
    >
      <div class="change-head">
        <span class="badge tone-phase">{changeKindLabel(c().kind)}</span>
        <ChangeStatusBadge status={c().status} />
        <Show when={props.projectHref} fallback={<span class="cell-strong">{c().projectTitle}</span>}>
          <A href={props.projectHref!} class="cell-strong">
            {c().projectTitle}
          </A>
        </Show>
      </div>
      <p class="muted small">{t('sup.change.requestedOn', { date: chinaDay(c().requestedAt) })}</p>
      <ChangeDiff change={c()} current={props.current} />
      <p class="sup-text">
        <strong>{t('sup.change.reason')}：</strong>
        {c().reason}
      </p>
      <Show when={c().decision && c().status !== 'withdrawn' ? c().decision : null}>
        {(d) => (
          <div class="change-decision">
            <p>
              <strong>{t('sup.change.decided', { date: d().decidedOn })}</strong> <span class="mono">{d().number}</span>
            </p>
            <Show when={d().note}>
              <p class="sup-text">{d().note}</p>
            </Show>
          </div>
        )}
      </Show>
      <Show when={c().status === 'withdrawn'}>
        <p class="muted small">{t('sup.change.withdrawnNote')}</p>
      </Show>
      <Show when={props.onDecide}>
        <div class="form-actions">
          <button type="button" class="btn btn-primary" onClick={() => props.onDecide!()}>
            {t('sup.decision.record')}
          </button>
        </div>
      </Show>
    </article>
  );
}
