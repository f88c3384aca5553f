// The frame of the public pages: no account, no console; the congress's name, a language switch,
// the page, and the way to the tracking page. Built for phones first.
import { A } from '@solidjs/router';
import { createEffect, Show, type JSX } from 'solid-js';
import { t } from '../app/i18n';
import { LanguageSwitch } from '../app/LanguageSwitch';
import '../solicitation/solicitation.css';

export function PublicFrame(props: {
  title: string;
  congressName?: string | null;
  congressId?: string | null;
  /** The congress's public code: the brand links to /public/<code> (else /public/c/<id>, which leads there). */
  congressCode?: string | null;
  /** Show 工作人员登录 in the header (the portal's pages). */
  staffLogin?: boolean;
  children: JSX.Element;
}) {
  const congressHref = () => (props.congressCode ? `/public/${props.congressCode}` : props.congressId ? `/public/c/${props.congressId}` : null);
  // The page, then whose it is: the congress when known.
  createEffect(() => {
    document.title = `${props.title} · ${props.congressName || t('app.title')}`;
  });
  return (
    <div class="public">
      <a class="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header class="public-top">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true" />
          <span class="brand-text">
            <Show
              when={props.congressName}
              fallback={
                <A href="/public" class="brand-congress brand-link">
                  {t('app.title')}
                </A>
              }
            >
              <Show when={congressHref()} fallback={<span class="brand-congress">{props.congressName}</span>}>
                <A href={congressHref()!} class="brand-congress brand-link">
                  {props.congressName}
                </A>
              </Show>
              <span class="brand-app">{t('sol.public.brand')}</span>
            </Show>
          </span>
        </div>
        <div class="public-top-actions">
          <LanguageSwitch />
          <Show when={props.staffLogin}>
            <A href="/login" class="btn btn-quiet staff-login">
              {t('portal.staffLogin')}
            </A>
          </Show>
        </div>
      </header>
      <main id="main" class="public-main" tabindex="-1">
        {props.children}
      </main>
      <footer class="public-foot">
        <A href="/public/track">{t('sol.track.title')}</A>
        <span class="muted small">{t('sol.public.footer')}</span>
      </footer>
    </div>
  );
}
