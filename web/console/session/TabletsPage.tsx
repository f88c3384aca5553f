// 会场平板: the hall tablets. Pair one (a pairing code to type on the tablet, valid 15 minutes),
// name it by seat or row, see which are online, pair again or revoke.
import { createSignal, onCleanup, Show, untrack } from 'solid-js';
import { confirmAction } from '../../app/confirm';
import { DataTable } from '../../app/DataTable';
import { Dialog, FormDialog } from '../../app/Dialog';
import { TextField } from '../../app/fields';
import { createFormErrors } from '../../app/form-errors';
import { formatDateAndTime, formatDateTime, t } from '../../app/i18n';
import { Page } from '../../app/Page';
import { toasts } from '../../app/toasts';
import { createTabletList, every, tabletsApi, type PairingCode, type Tablet } from './hall-api';
import './session.css';

export function TabletsPage() {
  const tablets = createTabletList();
  onCleanup(every(5_000, tablets.reload));
  // undefined: closed; null: a new tablet; a tablet: renaming it.
  const [naming, setNaming] = createSignal<Tablet | null | undefined>(undefined);
  const [code, setCode] = createSignal<PairingCode | null>(null);
  const online = () => (tablets.data() ?? []).filter((x) => x.online).length;

  const repair = async (tab: Tablet) => {
    try {
      setCode(await tabletsApi.pairingCode(tab.name, tab.id));
      void tablets.reload();
    } catch (err) {
      toasts.error((err as Error).message);
    }
  };
  const revoke = (tab: Tablet) =>
    confirmAction.ask({
      title: t('hall.tablets.revokeTitle', { name: tab.name }),
      message: t('hall.tablets.revokeMessage'),
      confirmLabel: t('hall.tablets.revoke'),
      danger: true,
      run: async () => {
        await tabletsApi.revoke(tab.id);
        toasts.success(t('hall.tablets.revoked', { name: tab.name }));
        void tablets.reload();
      },
    });

  const status = (x: Tablet) => (x.revoked ? t('hall.tablets.revokedState') : x.paired ? t('hall.tablets.paired') : t('hall.tablets.waiting'));

  return (
    <Page
      title={t('hall.tablets.title')}
      intro={t('hall.tablets.intro')}
      actions={
        <button type="button" class="btn btn-primary" onClick={() => setNaming(null)}>
          {t('hall.tablets.add')}
        </button>
      }
    >
      <p class="ses-online" aria-live="polite">
        {t('hall.tablets.onlineCount', { n: online(), total: (tablets.data() ?? []).filter((x) => x.paired).length })}
      </p>
      <DataTable<Tablet>
        caption={t('hall.tablets.caption')}
        rows={tablets.data()}
        loading={tablets.loading()}
        empty={t('hall.tablets.empty')}
        rowClass={(x) => (x.revoked ? 'row-muted' : '')}
        columns={[
          { header: t('hall.tablets.name'), cell: (x) => <strong class="cell-strong">{x.name}</strong>, class: 'col-nowrap' },
          { header: t('hall.tablets.state'), cell: (x) => status(x), class: 'col-nowrap' },
          {
            header: t('hall.tablets.online'),
            cell: (x) => (
              <span class={`badge ${x.online ? 'badge-active' : 'badge-terminated'}`}>
                {x.online ? t('hall.tablet.online') : t('hall.tablet.offline')}
              </span>
            ),
            class: 'col-nowrap',
          },
          {
            header: t('hall.tablets.lastSeen'),
            cell: (x) => (x.lastSeenAt ? <time datetime={x.lastSeenAt}>{formatDateAndTime(x.lastSeenAt).time}</time> : '—'),
            class: 'col-nowrap',
          },
          {
            header: t('common.actions'),
            class: 'col-actions',
            cell: (x) => (
              <div class="row-actions">
                <button
                  type="button"
                  class="btn btn-small"
                  onClick={() => setNaming(x)}
                  aria-label={t('hall.tablets.actionOf', { action: t('hall.tablets.rename'), name: x.name })}
                >
                  {t('hall.tablets.rename')}
                </button>
                <button
                  type="button"
                  class="btn btn-small"
                  onClick={() => void repair(x)}
                  aria-label={t('hall.tablets.actionOf', { action: x.paired ? t('hall.tablets.repair') : t('hall.tablets.newCode'), name: x.name })}
                >
                  {x.paired ? t('hall.tablets.repair') : t('hall.tablets.newCode')}
                </button>
                <Show when={!x.revoked && x.paired}>
                  <button
                    type="button"
                    class="btn btn-small btn-danger-quiet"
                    onClick={() => revoke(x)}
                    aria-label={t('hall.tablets.actionOf', { action: t('hall.tablets.revoke'), name: x.name })}
                  >
                    {t('hall.tablets.revoke')}
                  </button>
                </Show>
              </div>
            ),
          },
        ]}
      />
      <Show when={naming() !== undefined}>
        <NameDialog
          tablet={naming() ?? null}
          onClose={() => setNaming(undefined)}
          onSaved={(c) => {
            setNaming(undefined);
            if (c) setCode(c);
            void tablets.reload();
          }}
        />
      </Show>
      <Dialog open={code() !== null} title={t('hall.tablets.codeTitle', { name: code()?.tablet.name ?? '' })} onClose={() => setCode(null)}>
        <Show when={code()}>
          {(c) => (
            <div class="dialog-form">
              <p class="dialog-text">{t('hall.tablets.codeHelp')}</p>
              <p class="ses-pair-code" data-testid="pairing-code">
                {c().code}
              </p>
              <p class="muted">{t('hall.tablets.codeExpires', { at: formatDateTime(c().expiresAt) })}</p>
              <div class="dialog-actions">
                <button type="button" class="btn btn-primary" onClick={() => setCode(null)}>
                  {t('common.close')}
                </button>
              </div>
            </div>
          )}
        </Show>
      </Dialog>
    </Page>
  );
}

function NameDialog(props: { tablet: Tablet | null; onClose: () => void; onSaved: (code: PairingCode | null) => void }) {
  const [name, setName] = createSignal(untrack(() => props.tablet?.name ?? ''));
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors(['name'], () => ({ name: name() }));
  const save = async () => {
    if (!errors.check(() => ({ name: name().trim() ? null : 'check.required' }))) return;
    setBusy(true);
    try {
      if (props.tablet) {
        await tabletsApi.rename(props.tablet.id, name().trim());
        toasts.success(t('hall.tablets.renamed'));
        props.onSaved(null);
      } else {
        props.onSaved(await tabletsApi.pairingCode(name().trim()));
      }
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog
      open
      title={props.tablet ? t('hall.tablets.rename') : t('hall.tablets.add')}
      submitLabel={props.tablet ? t('common.save') : t('hall.tablets.getCode')}
      busy={busy()}
      message={errors.general()}
      onSubmit={save}
      onClose={props.onClose}
    >
      <TextField
        label={t('hall.tablets.name')}
        hint={t('hall.tablets.nameHint')}
        value={name()}
        onInput={setName}
        error={errors.field('name')}
        maxLength={40}
      />
    </FormDialog>
  );
}
