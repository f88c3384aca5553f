// Log in with username and password, then go where the role starts (or back to the page that
// asked for a login).
import { Navigate, useNavigate, useSearchParams } from '@solidjs/router';
import { createSignal, Match, Switch } from 'solid-js';
import { checkRequired } from '../app/credentials';
import { FormMessage, TextField } from '../app/fields';
import { createFormErrors } from '../app/form-errors';
import { t } from '../app/i18n';
import { usePageTitle } from '../app/Page';
import { homeFor, session } from '../app/session';
import { AuthFrame } from './AuthFrame';

/** Only our own pages, never another site or the auth pages themselves. */
function safeNext(next: unknown): string | null {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//')) return null;
  if (next.startsWith('/login') || next.startsWith('/setup')) return null;
  return next;
}

export function LoginPage() {
  usePageTitle(() => t('login.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors(['username', 'password'], () => ({ username: username(), password: password() }));

  const destination = () => safeNext(params.next) ?? homeFor(session.state.account!.role);

  const submit = async () => {
    if (!errors.check(() => ({ username: checkRequired(username()), password: checkRequired(password()) }))) return;
    setBusy(true);
    try {
      await session.login(username().trim(), password());
      navigate(destination(), { replace: true });
    } catch (err) {
      setPassword('');
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Switch>
      <Match when={session.state.setupNeeded}>
        <Navigate href="/setup" />
      </Match>
      <Match when={session.state.account && !busy()}>
        <Navigate href={destination()} />
      </Match>
      <Match when={true}>
        <AuthFrame>
          <h1 class="auth-title">{t('login.title')}</h1>
          <p class="auth-intro">{t('login.intro')}</p>
          <form
            novalidate
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <TextField
              label={t('field.username')}
              name="username"
              autocomplete="username"
              autofocus
              value={username()}
              onInput={setUsername}
              error={errors.field('username')}
            />
            <TextField
              label={t('field.password')}
              name="password"
              type="password"
              autocomplete="current-password"
              value={password()}
              onInput={setPassword}
              error={errors.field('password')}
            />
            <FormMessage text={errors.general()} />
            <div class="form-actions">
              <button type="submit" class="btn btn-primary btn-wide" disabled={busy()}>
                {busy() ? t('login.submitting') : t('login.submit')}
              </button>
            </div>
          </form>
        </AuthFrame>
      </Match>
    </Switch>
  );
}
