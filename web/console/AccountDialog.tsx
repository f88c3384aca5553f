// Create an account: a department account is bound to a department, a deputy account to a
// deputy; a scrutineer may be bound to a deputy (scrutineers are chosen from deputies). Which
// role binds what is the server's ACCOUNT_BINDING.
import { createSignal, Match, Show, Switch } from 'solid-js';
import { createStore } from 'solid-js/store';
import { checkPassword, checkRequired, checkUsername } from '../app/credentials';
import { FormDialog } from '../app/Dialog';
import { SelectField, TextField } from '../app/fields';
import { createFormErrors } from '../app/form-errors';
import { createLoader } from '../app/loader';
import { t } from '../app/i18n';
import { ACCOUNT_BINDING } from '@contract/domain';
import { ROLES, type Role } from '../app/session';
import { accountsApi, type Account } from './accounts';
import { departmentsApi } from './departments';
import { DeputyPicker } from './DeputyPicker';

export function AccountDialog(props: { onClose: () => void; onSaved: (a: Pick<Account, 'displayName'>) => void }) {
  const [form, setForm] = createStore({ username: '', displayName: '', role: 'department' as Role, departmentId: '', deputyId: '', password: '' });
  const [busy, setBusy] = createSignal(false);
  const departments = createLoader(
    () => true,
    () => departmentsApi.listActive(),
  );
  const errors = createFormErrors(['username', 'displayName', 'role', 'departmentId', 'deputyId', 'password'], () => ({ ...form }));
  const binding = () => ACCOUNT_BINDING[form.role];

  const submit = async () => {
    const ok = errors.check(() => ({
      username: checkUsername(form.username),
      displayName: checkRequired(form.displayName),
      departmentId: binding().department === 'required' && !form.departmentId ? 'accounts.chooseDepartment' : null,
      deputyId: binding().deputy === 'required' && !form.deputyId ? 'accounts.chooseDeputy' : null,
      password: checkPassword(form.password),
    }));
    if (!ok) return;
    setBusy(true);
    try {
      props.onSaved(
        await accountsApi.create({
          username: form.username.trim().toLowerCase(),
          displayName: form.displayName.trim(),
          role: form.role,
          password: form.password,
          departmentId: binding().department === 'required' ? form.departmentId : null,
          deputyId: binding().deputy !== 'none' ? form.deputyId || null : null,
        }),
      );
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open
      title={t('accounts.addTitle')}
      submitLabel={t('accounts.add')}
      busy={busy()}
      message={errors.general()}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <div class="field-row">
        <TextField
          label={t('field.username')}
          hint={t('hint.username')}
          maxLength={40}
          value={form.username}
          onInput={(v) => setForm('username', v)}
          error={errors.field('username')}
        />
        <TextField
          label={t('field.displayName')}
          maxLength={50}
          value={form.displayName}
          onInput={(v) => setForm('displayName', v)}
          error={errors.field('displayName')}
        />
      </div>
      <SelectField
        label={t('accounts.role')}
        value={form.role}
        options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        onChange={(v) => setForm({ role: v as Role, departmentId: '', deputyId: '' })}
        error={errors.field('role')}
      />
      <Switch>
        <Match when={binding().department === 'required'}>
          <SelectField
            label={t('accounts.department')}
            value={form.departmentId}
            placeholder={t('accounts.chooseDepartment')}
            options={(departments.data() ?? []).map((d) => ({ value: d.id, label: d.name }))}
            onChange={(v) => setForm('departmentId', v)}
            error={errors.field('departmentId')}
          />
          <Show when={departments.data()?.length === 0}>
            <p class="notice">{t('accounts.noDepartments')}</p>
          </Show>
        </Match>
        <Match when={binding().deputy !== 'none'}>
          <DeputyPicker
            label={binding().deputy === 'required' ? t('accounts.deputy') : t('accounts.deputyOptional')}
            allowNone={binding().deputy === 'optional'}
            value={form.deputyId}
            onChange={(v) => setForm('deputyId', v)}
            error={errors.field('deputyId')}
          />
        </Match>
      </Switch>
      <TextField
        label={t('accounts.initialPassword')}
        hint={t('accounts.initialPasswordHint')}
        type="password"
        autocomplete="new-password"
        value={form.password}
        onInput={(v) => setForm('password', v)}
        error={errors.field('password')}
      />
    </FormDialog>
  );
}
