// The frame of the pages used before logging in: the system's name, a language switch, one card.
import type { JSX } from 'solid-js';
import { t } from '../app/i18n';
import { LanguageSwitch } from '../app/LanguageSwitch';

export function AuthFrame(props: { children: JSX.Element; wide?: boolean }) {
  return (
    <div class="auth">
      <header class="auth-top">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true" />
          <span class="brand-text">
            <span class="brand-congress">{t('app.title')}</span>
          </span>
        </div>
        <LanguageSwitch />
      </header>
      <main id="main" class="auth-main">
        <div class="card auth-card" classList={{ 'auth-card-wide': props.wide }}>
          {props.children}
        </div>
      </main>
    </div>
  );
}
