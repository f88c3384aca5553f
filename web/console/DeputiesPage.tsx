// The roster of deputies: search by name or seat, filter by delegation and status, page through;
// the secretariat adds, edits, ends terms and reactivates (never deletes).
import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { confirmAction } from '../app/confirm';
import { DataTable, type Column } from '../app/DataTable';
import { SelectField, TextField } from '../app/fields';
import { t } from '../app/i18n';
import { Page } from '../app/Page';
import { Pager } from '../app/Pager';
import { session } from '../app/session';
import { toasts } from '../app/toasts';
import { createDelegationList } from './delegations';
import { createDeputySearch, deputiesApi, TEMPLATE_URL, type Deputy, type DeputyStatus } from './deputies';
import { DeputyDialog } from './DeputyDialog';

export function DeputiesPage() {
  const search = createDeputySearch();
  const delegations = createDelegationList();
  // undefined: closed; null: adding; a deputy: editing it.
  const [editing, setEditing] = createSignal<Deputy | null | undefined>(undefined);

  const endTerm = (d: Deputy) =>
    confirmAction.ask({
      title: t('deputies.deactivateTitle', { name: d.name }),
      message: t('deputies.deactivateMessage'),
      confirmLabel: t('deputies.deactivate'),
      danger: true,
      reason: { label: t('deputies.reason'), hint: t('deputies.reasonHint') },
      run: async (reason) => {
        await deputiesApi.deactivate(d.id, reason);
        toasts.success(t('deputies.deactivated', { name: d.name }));
        void search.reload();
        void delegations.reload();
      },
    });

  const reactivate = (d: Deputy) =>
    confirmAction.ask({
      title: t('deputies.reactivateTitle', { name: d.name }),
      message: t('deputies.reactivateMessage'),
      confirmLabel: t('deputies.reactivate'),
      reason: { label: t('deputies.reason') },
      run: async (reason) => {
        await deputiesApi.reactivate(d.id, reason);
        toasts.success(t('deputies.reactivated', { name: d.name }));
        void search.reload();
        void delegations.reload();
      },
    });

  const columns = (): Column<Deputy>[] => [
    { header: t('deputy.seat'), cell: (d) => <span class="seat">{d.seatNo}</span>, class: 'col-nowrap' },
    {
      header: t('deputy.name'),
      class: 'col-nowrap',
      cell: (d) => (
        <>
          <strong class="cell-strong">{d.name}</strong>
          <Show when={d.standingCommittee}>
            {' '}
            <span class="badge badge-info">{t('deputy.standingCommitteeShort')}</span>
          </Show>
        </>
      ),
    },
    { header: t('deputy.delegation'), cell: (d) => d.delegationName ?? '' },
    { header: t('deputy.gender'), cell: (d) => (d.gender ? t(`gender.${d.gender}`) : '—'), class: 'col-nowrap' },
    ...(session.canEdit() ? [{ header: t('deputy.phone'), cell: (d: Deputy) => d.phone ?? '—', class: 'col-optional' }] : []),
    {
      header: t('deputy.status'),
      cell: (d) => <span class={`badge badge-${d.status}`}>{t(`status.${d.status}`)}</span>,
      class: 'col-nowrap',
    },
    ...(session.canEdit()
      ? [
          {
            header: t('common.actions'),
            class: 'col-actions',
            cell: (d: Deputy) => (
              <div class="row-actions">
                <button type="button" class="btn btn-small" onClick={() => setEditing(d)}>
                  {t('common.edit')}
                </button>
                <Show
                  when={d.status === 'active'}
                  fallback={
                    <button type="button" class="btn btn-small" onClick={() => reactivate(d)}>
                      {t('deputies.reactivate')}
                    </button>
                  }
                >
                  <button type="button" class="btn btn-small btn-danger-quiet" onClick={() => endTerm(d)}>
                    {t('deputies.deactivate')}
                  </button>
                </Show>
              </div>
            ),
          },
        ]
      : []),
  ];

  const actions = (
    <Show when={session.canEdit()}>
      <button type="button" class="btn btn-primary" onClick={() => setEditing(null)}>
        {t('deputies.add')}
      </button>
      <A href="/console/deputies/import" class="btn">
        {t('deputies.import')}
      </A>
      <a href={TEMPLATE_URL} class="btn btn-quiet" download="deputies-template.csv">
        {t('deputies.template')}
      </a>
    </Show>
  );

  return (
    <Page title={t('deputies.title')} actions={actions}>
      <Show when={!session.canEdit()}>
        <p class="notice">{t('common.readOnly')}</p>
      </Show>
      <DeputyFilters search={search} delegations={delegations.data() ?? []} />
      <Show when={search.error()}>
        <p class="form-message" role="alert">
          {search.error()}
        </p>
      </Show>
      <DataTable
        caption={t('deputies.caption')}
        columns={columns()}
        rows={search.data()?.deputies}
        loading={search.loading()}
        empty={search.filtered() ? t('deputies.empty') : t('deputies.emptyRoster')}
        rowClass={(d) => (d.status === 'terminated' ? 'row-muted' : '')}
      />
      <Show when={search.data()}>{(r) => <Pager page={r().page} pageSize={r().pageSize} total={r().total} onPage={search.setPage} />}</Show>
      <Show when={editing() !== undefined}>
        <DeputyDialog
          deputy={editing() ?? null}
          delegations={delegations.data() ?? []}
          onClose={() => setEditing(undefined)}
          onSaved={(d, added) => {
            setEditing(undefined);
            toasts.success(added ? t('deputies.added', { name: d.name }) : t('deputies.saved', { name: d.name }));
            void search.reload();
            void delegations.reload();
          }}
        />
      </Show>
    </Page>
  );
}

/** Search by name or seat; filter by delegation, status and standing-committee membership. */
function DeputyFilters(props: { search: ReturnType<typeof createDeputySearch>; delegations: ReadonlyArray<{ id: string; name: string }> }) {
  return (
    <form
      class="toolbar"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        props.search.searchNow();
      }}
    >
      <TextField
        class="toolbar-grow"
        type="search"
        label={t('deputies.search')}
        placeholder={t('deputies.searchPlaceholder')}
        value={props.search.filters.q}
        onInput={props.search.setText}
      />
      <SelectField
        label={t('deputy.delegation')}
        value={props.search.filters.delegationId}
        placeholder={t('deputies.allDelegations')}
        options={props.delegations.map((d) => ({ value: d.id, label: d.name }))}
        onChange={props.search.setDelegation}
      />
      <SelectField
        label={t('deputy.status')}
        value={props.search.filters.status}
        placeholder={t('deputies.allStatuses')}
        options={[
          { value: 'active', label: t('status.active') },
          { value: 'terminated', label: t('status.terminated') },
        ]}
        onChange={(v) => props.search.setStatus(v as '' | DeputyStatus)}
      />
      <SelectField
        label={t('deputy.standingCommittee')}
        value={props.search.filters.standingCommittee}
        placeholder={t('deputies.anyMembership')}
        options={[{ value: 'true', label: t('deputies.onlyStandingCommittee') }]}
        onChange={(v) => props.search.setStandingCommittee(v as '' | 'true')}
      />
    </form>
  );
}
