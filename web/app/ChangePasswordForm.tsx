// Change my own password. The server ends my other sessions and hands this one a fresh cookie.
import { createSignal } from 'solid-js';
import { api } from './api';
import { checkPassword, checkRequired } from './credentials';
import { FormMessage, TextField } from './fields';
import { createFormErrors } from './form-errors';
import { t } from './i18n';
import { toasts } from './toasts';

export function ChangePasswordForm() {
  const [current, setCurrent] = createSignal('');
  const [next, setNext] = createSignal('');
  const [again, setAgain] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors(['current', 'next', 'again'], () => ({ current: current(), next: next(), again: again() }));

  const submit = async () => {
    const ok = errors.check(() => ({
      current: checkRequired(current()),
      next: checkPassword(next()),
      again: next() === again() ? null : 'check.passwordMismatch',
    }));
    if (!ok) return;
    setBusy(true);
    try {
      await api.post('/api/auth/password', { body: { current: current(), next: next() } });
      setCurrent('');
      setNext('');
      setAgain('');
      errors.clear();
      toasts.success(t('myAccount.done'));
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="card form-card"
      novalidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 class="card-title">{t('myAccount.changePassword')}</h2>
      <TextField
        label={t('myAccount.current')}
        type="password"
        autocomplete="current-password"
        value={current()}
        onInput={setCurrent}
        error={errors.field('current')}
      />
      <TextField
        label={t('myAccount.next')}
        type="password"
        autocomplete="new-password"
        hint={t('hint.password')}
        value={next()}
        onInput={setNext}
        error={errors.field('next')}
      />
      <TextField
        label={t('myAccount.confirm')}
        type="password"
        autocomplete="new-password"
        value={again()}
        onInput={setAgain}
        error={errors.field('again')}
      />
      <FormMessage text={errors.general()} />
      <div class="form-actions">
        <button type="submit" class="btn btn-primary" disabled={busy()}>
          {busy() ? t('common.saving') : t('myAccount.submit')}
        </button>
      </div>
    </form>
  );
}
