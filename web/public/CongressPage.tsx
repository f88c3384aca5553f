// A congress's public page: its yearly cycles, each with what a citizen can do now — suggest a
// project while solicitation is open, read the candidate list once it is fixed.
import { A, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { t } from '../app/i18n';
import { createLoader } from '../app/loader';
import { PhaseBadge } from '../solicitation/labels';
import { PHASES } from '../solicitation/types';
import { publicApi } from '../solicitation/public-api';
import { PublicFrame } from './PublicFrame';

export function CongressPage() {
  const params = useParams<{ congressId: string }>();
  const data = createLoader(
    () => params.congressId,
    (id) => publicApi.congress(id),
  );
  const name = () => data.data()?.congress.name ?? null;
  return (
    <PublicFrame title={t('sol.public.cyclesTitle')} congressName={name()} congressId={params.congressId}>
      <h1 class="public-title">{t('sol.public.cyclesTitle')}</h1>
      <Show when={data.error()}>
        <p class="form-message" role="alert">
          {data.error()}
        </p>
      </Show>
      <Show
        when={data.data()}
        fallback={
          <Show when={!data.error()}>
            <p class="muted">{t('common.loading')}</p>
          </Show>
        }
      >
        {(d) => (
          <Show when={d().cycles.length} fallback={<p class="card muted">{t('sol.public.noCycles')}</p>}>
            <ul class="public-cards">
              <For each={d().cycles}>
                {(c) => (
                  <li class="card public-cycle">
                    <h2 class="card-title">
                      <A href={`/public/cycles/${c.id}`}>{c.title}</A>
                    </h2>
                    <p class="small">
                      <PhaseBadge phase={c.phase} /> {t('sol.cycle.window', { opens: c.opensOn, closes: c.closesOn })}
                    </p>
                    <div class="public-actions">
                      <Show when={PHASES.indexOf(c.phase) >= PHASES.indexOf('implementation')}>
                        <A href={`/public/cycles/${c.id}/overview`} class="btn btn-primary">
                          {t('prog.link.implementation')}
                        </A>
                      </Show>
                      <Show when={c.acceptingSubmissions}>
                        <A href={`/public/cycles/${c.id}/suggest`} class="btn btn-primary">
                          {t('sol.public.suggestCta')}
                        </A>
                      </Show>
                      <Show
                        when={c.listFixed}
                        fallback={
                          <A href={`/public/cycles/${c.id}`} class="btn">
                            {t('sol.public.details')}
                          </A>
                        }
                      >
                        <A href={`/public/cycles/${c.id}`} class="btn">
                          {t('sol.public.seeList')}
                        </A>
                      </Show>
                    </div>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </PublicFrame>
  );
}
