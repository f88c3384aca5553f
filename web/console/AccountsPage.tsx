// Accounts of the congress (secretariat only): create, rename, reset a password, deactivate and
// reactivate. Each row shows what the account is bound to.
import { createMemo, createSignal, Show, untrack } from 'solid-js';
import { checkPassword, checkRequired } from '../app/credentials';
import { confirmAction } from '../app/confirm';
import { DataTable, type Column } from '../app/DataTable';
import { FormDialog } from '../app/Dialog';
import { TextField } from '../app/fields';
import { createFormErrors } from '../app/form-errors';
import { createLoader } from '../app/loader';
import { formatDateTime, t } from '../app/i18n';
import { Page } from '../app/Page';
import { RequireRole } from '../app/RequireRole';
import { session } from '../app/session';
import { toasts } from '../app/toasts';
import { AccountDialog } from './AccountDialog';
import { accountsApi, createAccountList, createLockoutList, type Account, type Lockout } from './accounts';
import { departmentsApi } from './departments';
import { deputiesApi } from './deputies';

/** One text field, for renaming an account or setting a new password. */
function AccountFieldDialog(props: {
  title: string;
  label: string;
  hint?: string;
  secret?: boolean;
  initial: string;
  onClose: () => void;
  save: (value: string) => Promise<void>;
}) {
  const [value, setValue] = createSignal(props.initial);
  const [busy, setBusy] = createSignal(false);
  const field = untrack(() => (props.secret ? 'password' : 'displayName'));
  const errors = createFormErrors([field], () => ({ [field]: value() }));
  const submit = async () => {
    if (!errors.check(() => ({ [field]: props.secret ? checkPassword(value()) : checkRequired(value()) }))) return;
    setBusy(true);
    try {
      await props.save(props.secret ? value() : value().trim());
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog
      open
      title={props.title}
      submitLabel={t('common.save')}
      busy={busy()}
      message={errors.general()}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <TextField
        label={props.label}
        hint={props.hint}
        type={props.secret ? 'password' : 'text'}
        autocomplete={props.secret ? 'new-password' : 'off'}
        maxLength={props.secret ? 200 : 50}
        value={value()}
        onInput={setValue}
        error={errors.field(field)}
      />
    </FormDialog>
  );
}

/** The department or deputy an account is bound to, by name (the accounts list carries only ids). */
function createBoundTo(accounts: () => Account[] | undefined): (a: Account) => string {
  const departments = createLoader(
    () => true,
    () => departmentsApi.listAll(),
  );
  const deputies = createLoader(
    () => (accounts() ?? []).some((a) => a.deputyId),
    (needed) => (needed ? deputiesApi.all() : Promise.resolve([])),
  );
  const names = createMemo(() => {
    const m = new Map<string, string>();
    for (const d of departments.data() ?? []) m.set(d.id, d.name);
    for (const d of deputies.data() ?? []) m.set(d.id, `${d.name}（${d.seatNo}）`);
    return m;
  });
  return (a) => {
    const id = a.departmentId ?? a.deputyId;
    return id ? (names().get(id) ?? '…') : '—';
  };
}

export function AccountsPage() {
  const list = createAccountList();
  const lockouts = createLockoutList();
  const boundTo = createBoundTo(() => list.data());

  const [creating, setCreating] = createSignal(false);
  const [renaming, setRenaming] = createSignal<Account | null>(null);
  const [resetting, setResetting] = createSignal<Account | null>(null);
  const isMe = (a: Account) => a.id === session.state.account?.accountId;

  const setActive = (a: Account, active: boolean) =>
    confirmAction.ask({
      title: active ? t('accounts.reactivateTitle', { name: a.displayName }) : t('accounts.deactivateTitle', { name: a.displayName }),
      message: active ? t('accounts.reactivateMessage') : t('accounts.deactivateMessage'),
      confirmLabel: active ? t('accounts.reactivate') : t('accounts.deactivate'),
      danger: !active,
      run: async () => {
        await accountsApi.update(a.id, { active });
        toasts.success(active ? t('accounts.reactivated', { name: a.displayName }) : t('accounts.deactivated', { name: a.displayName }));
        void list.reload();
      },
    });

  const columns = (): Column<Account>[] => [
    { header: t('field.username'), cell: (a) => <span class="mono">{a.username}</span>, class: 'col-nowrap' },
    {
      header: t('field.displayName'),
      cell: (a) => (
        <>
          <strong class="cell-strong">{a.displayName}</strong>
          <Show when={isMe(a)}>
            {' '}
            <span class="muted">{t('accounts.you')}</span>
          </Show>
        </>
      ),
    },
    { header: t('accounts.role'), cell: (a) => t(`role.${a.role}`), class: 'col-nowrap' },
    { header: t('accounts.boundTo'), cell: boundTo },
    {
      header: t('accounts.status'),
      class: 'col-nowrap',
      cell: (a) => (
        <span class={`badge ${a.active ? 'badge-active' : 'badge-terminated'}`}>{a.active ? t('accounts.active') : t('accounts.inactive')}</span>
      ),
    },
    {
      header: t('common.actions'),
      class: 'col-actions',
      cell: (a) => (
        <AccountActions
          account={a}
          isMe={isMe(a)}
          onRename={() => setRenaming(a)}
          onReset={() => setResetting(a)}
          onSetActive={(active) => setActive(a, active)}
        />
      ),
    },
  ];

  return (
    <RequireRole need="account.manage">
      <Page
        title={t('accounts.title')}
        actions={
          <button type="button" class="btn btn-primary" onClick={() => setCreating(true)}>
            {t('accounts.add')}
          </button>
        }
      >
        <Show when={list.error()}>
          <p class="form-message" role="alert">
            {list.error()}
          </p>
        </Show>
        <DataTable
          caption={t('accounts.caption')}
          columns={columns()}
          rows={list.data()}
          loading={list.loading()}
          empty={t('accounts.empty')}
          rowClass={(a) => (a.active ? '' : 'row-muted')}
        />
        <LockoutsSection lockouts={lockouts.data()} />
        <Show when={creating()}>
          <AccountDialog
            onClose={() => setCreating(false)}
            onSaved={(a) => {
              setCreating(false);
              toasts.success(t('accounts.created', { name: a.displayName }));
              void list.reload();
            }}
          />
        </Show>
        <Show when={renaming()}>
          {(a) => (
            <AccountFieldDialog
              title={t('accounts.renameTitle', { name: a().username })}
              label={t('field.displayName')}
              initial={a().displayName}
              onClose={() => setRenaming(null)}
              // eslint-disable-next-line solid/reactivity -- `save` runs on submit, not in a tracked scope
              save={async (displayName) => {
                const saved = await accountsApi.update(a().id, { displayName });
                setRenaming(null);
                toasts.success(t('accounts.renamed', { name: saved.displayName }));
                void list.reload();
              }}
            />
          )}
        </Show>
        <Show when={resetting()}>
          {(a) => (
            <AccountFieldDialog
              title={t('accounts.resetTitle', { name: a().displayName })}
              label={t('accounts.newPassword')}
              hint={t('accounts.initialPasswordHint')}
              secret
              initial=""
              onClose={() => setResetting(null)}
              // eslint-disable-next-line solid/reactivity -- `save` runs on submit, not in a tracked scope
              save={async (password) => {
                await accountsApi.update(a().id, { password });
                setResetting(null);
                toasts.success(t('accounts.resetDone'));
              }}
            />
          )}
        </Show>
      </Page>
    </RequireRole>
  );
}

/** Rename, reset the password, deactivate or reactivate; my own password is changed elsewhere. */
function AccountActions(props: {
  account: Account;
  isMe: boolean;
  onRename: () => void;
  onReset: () => void;
  onSetActive: (active: boolean) => void;
}) {
  return (
    <div class="row-actions">
      <button type="button" class="btn btn-small" onClick={() => props.onRename()}>
        {t('accounts.rename')}
      </button>
      {/* My own password is changed on 我的账号, which asks for the current one. */}
      <Show when={!props.isMe}>
        <button type="button" class="btn btn-small" onClick={() => props.onReset()}>
          {t('accounts.resetPassword')}
        </button>
        <Show
          when={props.account.active}
          fallback={
            <button type="button" class="btn btn-small" onClick={() => props.onSetActive(true)}>
              {t('accounts.reactivate')}
            </button>
          }
        >
          <button type="button" class="btn btn-small btn-danger-quiet" onClick={() => props.onSetActive(false)}>
            {t('accounts.deactivate')}
          </button>
        </Show>
      </Show>
    </div>
  );
}

/** The logins locked out for now after too many wrong passwords (shown only when there are any). */
function LockoutsSection(props: { lockouts: Lockout[] | undefined }) {
  const lockoutColumns: Column<Lockout>[] = [
    { header: t('field.username'), cell: (l) => <span class="mono">{l.username}</span>, class: 'col-nowrap' },
    { header: t('field.displayName'), cell: (l) => l.displayName },
    { header: t('accounts.lockoutWhat'), cell: (l) => t(`accounts.lockoutKind.${l.kind}`), class: 'col-nowrap' },
    { header: t('accounts.lockoutAttempts'), cell: (l) => String(l.attempts), class: 'col-nowrap' },
    { header: t('accounts.lockoutUntil'), cell: (l) => formatDateTime(l.until), class: 'col-nowrap' },
  ];
  return (
    <Show when={(props.lockouts ?? []).length > 0}>
      <section aria-labelledby="lockouts-title" data-testid="lockouts">
        <h2 id="lockouts-title">{t('accounts.lockouts')}</h2>
        <p class="muted">{t('accounts.lockoutsIntro')}</p>
        <DataTable caption={t('accounts.lockouts')} columns={lockoutColumns} rows={props.lockouts} loading={false} empty="" />
      </section>
    </Show>
  );
}
