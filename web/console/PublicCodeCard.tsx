// The congress's public address on the console's cycles page: /public/<code>, and the form to set
// the code while it may still change (a derived code, or a chosen one before the first year opens).
import { isPublicCode, normalizePublicCode } from '@contract/domain';
import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { api } from '../app/api';
import { FormMessage, TextField } from '../app/fields';
import { createFormErrors } from '../app/form-errors';
import { t } from '../app/i18n';
import { createLoader } from '../app/loader';
import { session } from '../app/session';
import { toasts } from '../app/toasts';

export function PublicCodeCard() {
  const state = createLoader(
    () => true,
    () => api.get('/api/congress/public-code'),
  );
  const [code, setCode] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors(['code'], () => ({ code: code() }));
  const save = async () => {
    const next = normalizePublicCode(code());
    if (!errors.check(() => ({ code: isPublicCode(normalizePublicCode(code())) ? null : 'portal.code.check' }))) return;
    setBusy(true);
    try {
      await api.put('/api/congress/public-code', { body: { code: next } });
      toasts.success(t('portal.code.saved', { code: next }));
      setCode('');
      await Promise.all([state.reload(), session.refresh()]);
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Show when={state.data()}>
      {(s) => (
        // A plain wrapper, so a surrounding .stack spaces it (a .card's own margin rule would win).
        <div>
          <section class="card" aria-labelledby="public-code-heading">
            <h2 class="card-title" id="public-code-heading">
              {t('portal.code.heading')}
            </h2>
            <p>
              {t('portal.code.current')}
              <A href={`/public/${s().code}`} class="mono">
                {window.location.origin}/public/{s().code}
              </A>
            </p>
            <Show when={s().changeable} fallback={<p class="small muted">{t('portal.code.fixed')}</p>}>
              <Show when={!s().chosen}>
                <p class="small muted">{t('portal.code.derived')}</p>
              </Show>
              <form
                novalidate
                onSubmit={(e) => {
                  e.preventDefault();
                  void save();
                }}
              >
                <TextField
                  label={t('portal.code.label')}
                  hint={t('portal.code.hint')}
                  maxLength={40}
                  value={code()}
                  onInput={setCode}
                  error={errors.field('code')}
                />
                <FormMessage text={errors.general()} />
                <button type="submit" class="btn btn-primary" disabled={busy()}>
                  {busy() ? t('common.saving') : t('portal.code.save')}
                </button>
              </form>
            </Show>
          </section>
        </div>
      )}
    </Show>
  );
}
