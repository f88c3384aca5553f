// Delegations (代表团) with their active deputy counts: add, rename, reorder.
import { createSignal, Show, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import { errorMessage } from '../app/api';
import { checkRequired } from '../app/credentials';
import { DataTable, type Column } from '../app/DataTable';
import { FormDialog } from '../app/Dialog';
import { TextField } from '../app/fields';
import { createFormErrors } from '../app/form-errors';
import { t } from '../app/i18n';
import { Page } from '../app/Page';
import { session } from '../app/session';
import { toasts } from '../app/toasts';
import { createDelegationList, delegationsApi, moveDelegation, nextSortOrder, type Delegation } from './delegations';

function DelegationDialog(props: {
  delegation: Delegation | null;
  suggestedOrder: number;
  onClose: () => void;
  onSaved: (d: { name: string }) => void;
}) {
  const d = untrack(() => props.delegation);
  const [form, setForm] = createStore({ name: d?.name ?? '', sortOrder: String(d?.sortOrder ?? untrack(() => props.suggestedOrder)) });
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors(['name', 'sortOrder'], () => ({ ...form }));

  const submit = async () => {
    const orderOk = () => {
      const order = Number(form.sortOrder);
      return form.sortOrder.trim() !== '' && Number.isInteger(order) && order >= 0 && order <= 100000;
    };
    if (!errors.check(() => ({ name: checkRequired(form.name), sortOrder: orderOk() ? null : 'delegations.sortHint' }))) return;
    setBusy(true);
    try {
      const input = { name: form.name.trim(), sortOrder: Number(form.sortOrder) };
      props.onSaved(d ? await delegationsApi.update(d.id, input) : await delegationsApi.create(input));
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open
      title={d ? t('delegations.editTitle', { name: d.name }) : t('delegations.addTitle')}
      submitLabel={d ? t('common.save') : t('delegations.add')}
      busy={busy()}
      message={errors.general()}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <TextField
        label={t('delegations.name')}
        hint={t('delegations.nameHint')}
        maxLength={50}
        value={form.name}
        onInput={(v) => setForm('name', v)}
        error={errors.field('name')}
      />
      <TextField
        label={t('delegations.sortOrder')}
        hint={t('delegations.sortHint')}
        type="number"
        inputMode="numeric"
        value={form.sortOrder}
        onInput={(v) => setForm('sortOrder', v)}
        error={errors.field('sortOrder')}
      />
    </FormDialog>
  );
}

export function DelegationsPage() {
  const list = createDelegationList();
  const [editing, setEditing] = createSignal<Delegation | null | undefined>(undefined);
  const [moving, setMoving] = createSignal(false);

  const move = async (index: number, by: -1 | 1) => {
    setMoving(true);
    try {
      await moveDelegation(list.data() ?? [], index, by);
    } catch (err) {
      toasts.error(errorMessage(err));
    } finally {
      setMoving(false);
      void list.reload();
    }
  };

  const columns = (): Column<Delegation>[] => [
    { header: t('delegations.sortOrder'), cell: (d) => d.sortOrder, class: 'col-num col-nowrap' },
    { header: t('delegations.name'), cell: (d) => <strong class="cell-strong">{d.name}</strong> },
    { header: t('delegations.activeDeputies'), cell: (d) => d.activeDeputies, class: 'col-num col-nowrap' },
    ...(session.canEdit()
      ? [
          {
            header: t('common.actions'),
            class: 'col-actions',
            cell: (d: Delegation) => {
              const index = () => (list.data() ?? []).indexOf(d);
              return (
                <div class="row-actions">
                  <button type="button" class="btn btn-small" onClick={() => setEditing(d)}>
                    {t('common.edit')}
                  </button>
                  <button
                    type="button"
                    class="btn btn-small"
                    disabled={moving() || index() <= 0}
                    onClick={() => void move(index(), -1)}
                    aria-label={`${t('delegations.moveUp')}：${d.name}`}
                  >
                    ↑ {t('delegations.moveUp')}
                  </button>
                  <button
                    type="button"
                    class="btn btn-small"
                    disabled={moving() || index() >= (list.data()?.length ?? 0) - 1}
                    onClick={() => void move(index(), 1)}
                    aria-label={`${t('delegations.moveDown')}：${d.name}`}
                  >
                    ↓ {t('delegations.moveDown')}
                  </button>
                </div>
              );
            },
          },
        ]
      : []),
  ];

  return (
    <Page
      title={t('delegations.title')}
      actions={
        <Show when={session.canEdit()}>
          <button type="button" class="btn btn-primary" onClick={() => setEditing(null)}>
            {t('delegations.add')}
          </button>
        </Show>
      }
    >
      <Show when={!session.canEdit()}>
        <p class="notice">{t('common.readOnly')}</p>
      </Show>
      <Show when={list.error()}>
        <p class="form-message" role="alert">
          {list.error()}
        </p>
      </Show>
      <DataTable caption={t('delegations.caption')} columns={columns()} rows={list.data()} loading={list.loading()} empty={t('delegations.empty')} />
      <Show when={editing() !== undefined}>
        <DelegationDialog
          delegation={editing() ?? null}
          suggestedOrder={nextSortOrder(list.data() ?? [])}
          onClose={() => setEditing(undefined)}
          onSaved={(d) => {
            toasts.success(editing() ? t('delegations.saved', { name: d.name }) : t('delegations.added', { name: d.name }));
            setEditing(undefined);
            void list.reload();
          }}
        />
      </Show>
    </Page>
  );
}
