// One authoritative result: a draft is deleted; an opened ballot is voided only when the
// secretariat asks, with a reason, and a scrutineer confirms. Each step asks first, spelling out
// what happens, because none can be undone.
import { useNavigate } from '@solidjs/router';
import { Show } from 'solid-js';
import { confirmAction } from '../../app/confirm';
import { formatDateTime, t } from '../../app/i18n';
import { session } from '../../app/session';
import { toasts } from '../../app/toasts';
import type { BallotView } from '../../tablet/hall-types';
import { ballotsApi } from './hall-api';

export function VoidSection(props: { ballot: BallotView; onChanged: () => Promise<unknown> | void }) {
  const navigate = useNavigate();
  const b = () => props.ballot;
  const stateText = () => t(`hall.state.${b().state}`);
  const voidable = () => b().state === 'open' || b().state === 'closed' || b().state === 'tallied';

  const remove = () =>
    confirmAction.ask({
      title: t('hall.void.deleteTitle'),
      message: t('hall.void.deleteMessage', { title: b().title }),
      confirmLabel: t('hall.void.delete'),
      danger: true,
      run: async () => {
        await ballotsApi.deleteDraft(b().id);
        toasts.success(t('hall.void.deleted'));
        navigate('/console/session/ballots');
      },
    });
  const request = () =>
    confirmAction.ask({
      title: t('hall.void.requestTitle'),
      message: t('hall.void.requestMessage', { title: b().title, state: stateText(), cast: b().castCount }),
      confirmLabel: t('hall.void.request'),
      danger: true,
      reason: { label: t('hall.void.reason') },
      run: async (reason) => {
        await ballotsApi.requestVoid(b().id, reason);
        toasts.success(t('hall.void.requested'));
        await props.onChanged();
      },
    });
  const decide = (confirm: boolean) =>
    confirmAction.ask({
      title: confirm ? t('hall.void.confirmTitle') : t('hall.void.decline'),
      message: confirm ? t('hall.void.confirmMessage', { title: b().title, cast: b().castCount }) : (b().voidRequest?.reason ?? ''),
      confirmLabel: confirm ? t('hall.void.confirm') : t('hall.void.decline'),
      danger: confirm,
      run: async () => {
        await ballotsApi.decideVoid(b().id, confirm);
        toasts.success(confirm ? t('hall.void.confirmed') : t('hall.void.declined'));
        await props.onChanged();
      },
    });

  return (
    <Show when={b().state !== 'certified'}>
      <section class="card ses-void" aria-labelledby="ses-void-title">
        <h2 class="card-title" id="ses-void-title">
          {t('hall.void.title')}
        </h2>
        <Show when={b().state === 'void'}>
          <p class="notice" role="status">
            {t('hall.void.done', { reason: b().voidReason ?? '' })}
          </p>
        </Show>
        <Show when={b().state === 'draft' && session.may('ballot.run')}>
          <p class="muted">{t('hall.void.draftHelp')}</p>
          <div class="form-actions">
            <button type="button" class="btn btn-danger-quiet" onClick={remove}>
              {t('hall.void.delete')}
            </button>
          </div>
        </Show>
        <Show when={voidable()}>
          <p class="muted">{t('hall.void.help')}</p>
          <Show
            when={b().voidRequest}
            fallback={
              <Show when={session.may('ballot.run')}>
                <div class="form-actions">
                  <button type="button" class="btn btn-danger-quiet" onClick={request}>
                    {t('hall.void.request')}
                  </button>
                </div>
              </Show>
            }
          >
            {(r) => (
              <>
                <p class="notice" role="status">
                  {t('hall.void.pending', { by: r().requestedByName, at: formatDateTime(r().requestedAt), reason: r().reason })}
                </p>
                <Show when={session.may('ballot.decideVoid')}>
                  <div class="form-actions">
                    <button type="button" class="btn btn-danger" onClick={() => decide(true)}>
                      {t('hall.void.confirm')}
                    </button>
                    <button type="button" class="btn" onClick={() => decide(false)}>
                      {t('hall.void.decline')}
                    </button>
                  </div>
                </Show>
              </>
            )}
          </Show>
        </Show>
      </section>
    </Show>
  );
}
