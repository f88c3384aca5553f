// A deputy's start page: the fixed candidate lists to read before the session (审议), proposing a
// project (alone or jointly), and one's proposals with their status and feedback.
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { t } from '../app/i18n';
import { Page } from '../app/Page';
import { session } from '../app/session';
import { createCycleList } from '../solicitation/cycles';
import { When } from '../solicitation/labels';
import { MyProposals } from '../solicitation/portal/MyProposals';

export function DeputyHome() {
  const cycles = createCycleList();
  const fixed = () => (cycles.data() ?? []).filter((c) => c.listFixed);
  return (
    <Page title={t('home.welcome', { name: session.state.account?.displayName ?? '' })} intro={t('sol.home.deputyIntro')}>
      <Show when={fixed().length}>
        <section class="card card-highlight" aria-labelledby="to-read">
          <h2 class="card-title" id="to-read">
            {t('sol.home.toRead')}
          </h2>
          <ul class="plain-list">
            <For each={fixed()}>
              {(c) => (
                <li class="read-item">
                  <A href={`/deputy/cycles/${c.id}/list`} class="read-link">
                    {t('sol.read.title', { cycle: c.title })}
                  </A>
                  <span class="muted small">
                    {t('sol.read.fixedAt')} <When at={c.listFixedAt} />
                  </span>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <section class="card" aria-labelledby="to-supervise">
        <h2 class="card-title" id="to-supervise">
          {t('sup.home.title')}
        </h2>
        <p class="muted small">{t('sup.home.text')}</p>
        <A href="/deputy/projects" class="read-link">
          {t('sup.home.link')}
        </A>
      </section>
      <MyProposals />
    </Page>
  );
}
