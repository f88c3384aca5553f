// A cycle's public addresses (the congress's page, the suggestion form, the public list) and a QR
// code of the suggestion form for posters.
import { A } from '@solidjs/router';
import { t } from '../../app/i18n';
import type { Cycle } from '../../solicitation/types';
import { PosterQr } from './PosterQr';

export function CyclePublicLinks(props: { cycle: Cycle }) {
  const c = () => props.cycle;
  const origin = () => window.location.origin;
  return (
    <section class="card" aria-labelledby="cy-public">
      <h2 class="card-title" id="cy-public">
        {t('sol.cycle.publicLinks')}
      </h2>
      <div class="public-links">
        <ul class="plain-list link-list">
          <li>
            <span class="muted small">{t('sol.cycle.publicCongress')}</span>
            <br />
            <A href={`/public/c/${c().congressId}`} class="mono">
              {origin()}/public/c/{c().congressId}
            </A>
          </li>
          <li>
            <span class="muted small">{t('sol.cycle.publicSuggest')}</span>
            <br />
            <A href={`/public/cycles/${c().id}/suggest`} class="mono">
              {origin()}/public/cycles/{c().id}/suggest
            </A>
          </li>
          <li>
            <span class="muted small">{t('sol.cycle.publicList')}</span>
            <br />
            <A href={`/public/cycles/${c().id}`} class="mono">
              {origin()}/public/cycles/{c().id}
            </A>
          </li>
        </ul>
        <PosterQr url={`${origin()}/public/cycles/${c().id}/suggest`} label={t('sol.cycle.qrLabel')} />
      </div>
    </section>
  );
}
