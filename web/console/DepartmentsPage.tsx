// Departments (责任单位): list, search, add, edit, deactivate and reactivate (never delete).
import { createSignal, Show, untrack } from 'solid-js';
import { createStore } from 'solid-js/store';
import { confirmAction } from '../app/confirm';
import { checkRequired } from '../app/credentials';
import { DataTable, type Column } from '../app/DataTable';
import { FormDialog } from '../app/Dialog';
import { SelectField, TextField } from '../app/fields';
import { createFormErrors } from '../app/form-errors';
import { t } from '../app/i18n';
import { Page } from '../app/Page';
import { session } from '../app/session';
import { toasts } from '../app/toasts';
import { createDepartmentList, departmentsApi, type Department } from './departments';

function DepartmentDialog(props: { department: Department | null; onClose: () => void; onSaved: (d: Department) => void }) {
  const d = untrack(() => props.department);
  const [form, setForm] = createStore({ name: d?.name ?? '', contactName: d?.contactName ?? '', contactPhone: d?.contactPhone ?? '' });
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors(['name', 'contactName', 'contactPhone'], () => ({ ...form }));

  const submit = async () => {
    if (!errors.check(() => ({ name: checkRequired(form.name) }))) return;
    setBusy(true);
    try {
      props.onSaved(d ? await departmentsApi.update(d.id, { ...form }) : await departmentsApi.create({ ...form }));
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open
      title={d ? t('departments.editTitle', { name: d.name }) : t('departments.addTitle')}
      submitLabel={d ? t('common.save') : t('departments.add')}
      busy={busy()}
      message={errors.general()}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <TextField
        label={t('departments.name')}
        hint={t('departments.nameHint')}
        maxLength={60}
        value={form.name}
        onInput={(v) => setForm('name', v)}
        error={errors.field('name')}
      />
      <div class="field-row">
        <TextField
          label={t('departments.contactName')}
          optional
          maxLength={30}
          value={form.contactName}
          onInput={(v) => setForm('contactName', v)}
          error={errors.field('contactName')}
        />
        <TextField
          label={t('departments.contactPhone')}
          optional
          type="tel"
          inputMode="tel"
          maxLength={30}
          value={form.contactPhone}
          onInput={(v) => setForm('contactPhone', v)}
          error={errors.field('contactPhone')}
        />
      </div>
    </FormDialog>
  );
}

export function DepartmentsPage() {
  const list = createDepartmentList();
  const [editing, setEditing] = createSignal<Department | null | undefined>(undefined);

  const setActive = (d: Department, active: boolean) =>
    confirmAction.ask({
      title: active ? t('departments.reactivateTitle', { name: d.name }) : t('departments.deactivateTitle', { name: d.name }),
      message: active ? t('departments.reactivateMessage') : t('departments.deactivateMessage'),
      confirmLabel: active ? t('departments.reactivate') : t('departments.deactivate'),
      danger: !active,
      run: async () => {
        await departmentsApi.update(d.id, { active });
        toasts.success(active ? t('departments.reactivated', { name: d.name }) : t('departments.deactivated', { name: d.name }));
        void list.reload();
      },
    });

  const columns = (): Column<Department>[] => [
    { header: t('departments.name'), cell: (d) => <strong class="cell-strong">{d.name}</strong>, class: 'col-wrap' },
    ...(session.canEdit()
      ? [
          { header: t('departments.contactName'), cell: (d: Department) => d.contactName ?? '—', class: 'col-nowrap' },
          { header: t('departments.contactPhone'), cell: (d: Department) => d.contactPhone ?? '—', class: 'col-nowrap' },
        ]
      : []),
    {
      header: t('departments.status'),
      class: 'col-nowrap',
      cell: (d) => (
        <span class={`badge ${d.active ? 'badge-active' : 'badge-terminated'}`}>
          {d.active ? t('departments.active') : t('departments.inactive')}
        </span>
      ),
    },
    ...(session.canEdit()
      ? [
          {
            header: t('common.actions'),
            class: 'col-actions',
            cell: (d: Department) => (
              <div class="row-actions">
                <button type="button" class="btn btn-small" onClick={() => setEditing(d)}>
                  {t('common.edit')}
                </button>
                <Show
                  when={d.active}
                  fallback={
                    <button type="button" class="btn btn-small" onClick={() => setActive(d, true)}>
                      {t('departments.reactivate')}
                    </button>
                  }
                >
                  <button type="button" class="btn btn-small btn-danger-quiet" onClick={() => setActive(d, false)}>
                    {t('departments.deactivate')}
                  </button>
                </Show>
              </div>
            ),
          },
        ]
      : []),
  ];

  return (
    <Page
      title={t('departments.title')}
      actions={
        <Show when={session.canEdit()}>
          <button type="button" class="btn btn-primary" onClick={() => setEditing(null)}>
            {t('departments.add')}
          </button>
        </Show>
      }
    >
      <Show when={!session.canEdit()}>
        <p class="notice">{t('common.readOnly')}</p>
      </Show>
      <form class="toolbar" role="search" onSubmit={(e) => e.preventDefault()}>
        <TextField
          class="toolbar-grow"
          type="search"
          label={t('departments.search')}
          placeholder={t('departments.searchPlaceholder')}
          value={list.filters.q}
          onInput={list.setText}
        />
        <SelectField
          label={t('departments.status')}
          value={list.filters.active}
          placeholder={t('common.all')}
          options={[
            { value: 'true', label: t('departments.active') },
            { value: 'false', label: t('departments.inactive') },
          ]}
          onChange={(v) => list.setActive(v as '' | 'true' | 'false')}
        />
      </form>
      <Show when={list.error()}>
        <p class="form-message" role="alert">
          {list.error()}
        </p>
      </Show>
      <DataTable
        caption={t('departments.caption')}
        columns={columns()}
        rows={list.data()}
        loading={list.loading()}
        empty={t('departments.empty')}
        rowClass={(d) => (d.active ? '' : 'row-muted')}
      />
      <Show when={editing() !== undefined}>
        <DepartmentDialog
          department={editing() ?? null}
          onClose={() => setEditing(undefined)}
          onSaved={(d) => {
            toasts.success(editing() ? t('departments.saved', { name: d.name }) : t('departments.added', { name: d.name }));
            setEditing(undefined);
            void list.reload();
          }}
        />
      </Show>
    </Page>
  );
}
