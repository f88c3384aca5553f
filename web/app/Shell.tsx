// The frame of every signed-in page: a top bar (congress, account, language, log out), the
// audience's navigation when it has one, and the page.
import { A, useNavigate } from '@solidjs/router';
import { For, Show, type JSX } from 'solid-js';
import { t, tMaybe } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { session } from './session';
import { toasts } from './toasts';

export interface NavItem {
  href: string;
  label: string;
  end?: boolean;
}

export function Shell(props: { nav?: NavItem[]; children: JSX.Element }) {
  const navigate = useNavigate();
  const logout = async () => {
    try {
      await session.logout();
    } catch {
      /* the session is gone either way */
    }
    toasts.success(t('shell.loggedOut'));
    navigate('/login', { replace: true });
  };
  return (
    <div class="shell" classList={{ 'shell-with-nav': !!props.nav?.length }}>
      <a class="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header class="topbar">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true" />
          <span class="brand-text">
            <span class="brand-congress">{session.state.congress?.name}</span>
            <span class="brand-app">{t('app.title')}</span>
          </span>
        </div>
        <div class="topbar-tools">
          <Show when={session.state.account}>
            {(a) => (
              <span class="who">
                <span class="who-name">{a().displayName}</span>
                <span class="badge badge-role">{tMaybe(`role.${a().role}`, a().role)}</span>
              </span>
            )}
          </Show>
          <LanguageSwitch />
          <button type="button" class="btn btn-quiet" onClick={logout}>
            {t('shell.logout')}
          </button>
        </div>
      </header>
      <div class="shell-body">
        <Show when={props.nav?.length}>
          <nav class="sidenav" aria-label={t('shell.nav')}>
            <ul>
              <For each={props.nav}>
                {(item) => (
                  <li>
                    <A href={item.href} end={item.end} class="nav-link" activeClass="nav-active">
                      {item.label}
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </nav>
        </Show>
        <main id="main" class="main" tabindex="-1">
          {props.children}
        </main>
      </div>
    </div>
  );
}
