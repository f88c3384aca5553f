// First run: the congress and its first secretariat account. Shown only while the server says
// setup is needed; the server refuses a second setup even if two people try at once.
import { Navigate, useNavigate } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { createStore, type SetStoreFunction } from 'solid-js/store';
import type { CongressLevel } from '@contract';
import { api, ApiError } from '../app/api';
import { checkPassword, checkRequired, checkUsername } from '../app/credentials';
import { FormMessage, SelectField, TextField } from '../app/fields';
import { createFormErrors, type FormErrors } from '../app/form-errors';
import { t } from '../app/i18n';
import { usePageTitle } from '../app/Page';
import { session } from '../app/session';
import { toasts } from '../app/toasts';
import { AuthFrame } from './AuthFrame';
import { isPublicCode, normalizePublicCode } from '@contract/domain';

const LEVELS = ['province', 'city', 'county', 'township'] as const satisfies readonly CongressLevel[];

const EMPTY = {
  name: '',
  jurisdiction: '',
  level: 'county',
  code: '',
  username: '',
  displayName: '',
  password: '',
  passwordConfirm: '',
};
type SetupForm = typeof EMPTY;

export function SetupPage() {
  usePageTitle(() => t('setup.title'));
  const navigate = useNavigate();
  const [form, setForm] = createStore({ ...EMPTY });
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors(
    [
      'congress.name',
      'congress.jurisdiction',
      'congress.level',
      'congress.code',
      'admin.username',
      'admin.displayName',
      'admin.password',
      'passwordConfirm',
    ],
    () => ({
      'congress.name': form.name,
      'congress.jurisdiction': form.jurisdiction,
      'congress.level': form.level,
      'congress.code': form.code,
      'admin.username': form.username,
      'admin.displayName': form.displayName,
      'admin.password': form.password,
      passwordConfirm: form.passwordConfirm,
    }),
  );

  const submit = async () => {
    const ok = errors.check(() => ({
      'congress.name': checkRequired(form.name),
      'congress.jurisdiction': checkRequired(form.jurisdiction),
      'congress.code': isPublicCode(normalizePublicCode(form.code)) ? null : 'portal.code.check',
      'admin.username': checkUsername(form.username),
      'admin.displayName': checkRequired(form.displayName),
      'admin.password': checkPassword(form.password),
      passwordConfirm: form.password === form.passwordConfirm ? null : 'check.passwordMismatch',
    }));
    if (!ok) return;
    setBusy(true);
    try {
      await api.post('/api/setup', {
        body: {
          congress: {
            name: form.name.trim(),
            jurisdiction: form.jurisdiction.trim(),
            level: form.level as CongressLevel,
            code: normalizePublicCode(form.code),
          },
          admin: { username: form.username.trim().toLowerCase(), displayName: form.displayName.trim(), password: form.password },
        },
      });
      await session.afterSetup();
      toasts.success(t('setup.done'));
      navigate('/console', { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'conflict') {
        // Someone else finished setup first: this form has nothing left to do.
        session.markSetupDone();
        toasts.error(err.message);
        navigate('/login', { replace: true });
        return;
      }
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Show when={session.state.setupNeeded} fallback={<Navigate href={session.state.account ? '/' : '/login'} />}>
      <AuthFrame wide>
        <h1 class="auth-title">{t('setup.title')}</h1>
        <p class="auth-intro">{t('setup.intro')}</p>
        <form
          novalidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <CongressFields form={form} setForm={setForm} errors={errors} />
          <AdminFields form={form} setForm={setForm} errors={errors} />
          <FormMessage text={errors.general()} />
          <div class="form-actions">
            <button type="submit" class="btn btn-primary btn-wide" disabled={busy()}>
              {busy() ? t('setup.submitting') : t('setup.submit')}
            </button>
          </div>
        </form>
      </AuthFrame>
    </Show>
  );
}

/** The congress: its name, jurisdiction, level, and the code of its public address. */
function CongressFields(props: { form: SetupForm; setForm: SetStoreFunction<SetupForm>; errors: FormErrors }) {
  return (
    <fieldset class="fieldset">
      <legend class="fieldset-legend">{t('setup.congress')}</legend>
      <TextField
        label={t('setup.congressName')}
        hint={t('setup.congressNameHint')}
        maxLength={100}
        value={props.form.name}
        onInput={(v) => props.setForm('name', v)}
        error={props.errors.field('congress.name')}
      />
      <div class="field-row">
        <TextField
          label={t('setup.jurisdiction')}
          hint={t('setup.jurisdictionHint')}
          maxLength={100}
          value={props.form.jurisdiction}
          onInput={(v) => props.setForm('jurisdiction', v)}
          error={props.errors.field('congress.jurisdiction')}
        />
        <SelectField
          label={t('setup.level')}
          value={props.form.level}
          onChange={(v) => props.setForm('level', v)}
          options={LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
          error={props.errors.field('congress.level')}
        />
      </div>
      <TextField
        label={t('portal.code.label')}
        hint={t('portal.code.setupHint')}
        maxLength={40}
        autocomplete="off"
        value={props.form.code}
        onInput={(v) => props.setForm('code', v)}
        error={props.errors.field('congress.code')}
      />
    </fieldset>
  );
}

/** The first secretariat account: who logs in, and the password typed twice. */
function AdminFields(props: { form: SetupForm; setForm: SetStoreFunction<SetupForm>; errors: FormErrors }) {
  return (
    <fieldset class="fieldset">
      <legend class="fieldset-legend">{t('setup.admin')}</legend>
      <div class="field-row">
        <TextField
          label={t('field.username')}
          hint={t('hint.username')}
          autocomplete="username"
          maxLength={40}
          value={props.form.username}
          onInput={(v) => props.setForm('username', v)}
          error={props.errors.field('admin.username')}
        />
        <TextField
          label={t('field.displayName')}
          autocomplete="name"
          maxLength={50}
          value={props.form.displayName}
          onInput={(v) => props.setForm('displayName', v)}
          error={props.errors.field('admin.displayName')}
        />
      </div>
      <div class="field-row">
        <TextField
          label={t('field.password')}
          type="password"
          hint={t('hint.password')}
          autocomplete="new-password"
          value={props.form.password}
          onInput={(v) => props.setForm('password', v)}
          error={props.errors.field('admin.password')}
        />
        <TextField
          label={t('setup.passwordConfirm')}
          type="password"
          autocomplete="new-password"
          value={props.form.passwordConfirm}
          onInput={(v) => props.setForm('passwordConfirm', v)}
          error={props.errors.field('passwordConfirm')}
        />
      </div>
    </fieldset>
  );
}
