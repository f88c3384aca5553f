// One screen's heading, its main actions and the browser tab title.
import { createEffect, Show, type JSX } from 'solid-js';
import { t } from './i18n';

export function usePageTitle(title: () => string) {
  createEffect(() => {
    document.title = `${title()} · ${t('app.title')}`;
  });
}

export function Page(props: { title: string; actions?: JSX.Element; intro?: string; children: JSX.Element }) {
  usePageTitle(() => props.title);
  return (
    <section class="page">
      <header class="page-head">
        <h1 class="page-title">{props.title}</h1>
        <Show when={props.actions}>
          <div class="page-actions">{props.actions}</div>
        </Show>
      </header>
      <Show when={props.intro}>
        <p class="page-intro">{props.intro}</p>
      </Show>
      {props.children}
    </section>
  );
}
