// A cycle's public addresses (the congress's page, the suggestion form, the public list) and a QR
// code of the suggestion form for posters. Readable addresses with the congress's public code
// (/public/<code>/<year>/…); the id addresses (/public/cycles/<id>) keep working too.
import { A } from '@solidjs/router';
import { t } from '../../app/i18n';
import { session } from '../../app/session';
import type { Cycle } from '../../solicitation/types';
import { PosterQr } from './PosterQr';

export function CyclePublicLinks(props: { cycle: Cycle }) {
  const c = () => props.cycle;
  const origin = () => window.location.origin;
  const code = () => session.state.congress?.code;
  const congressPath = () => (code() ? `/public/${code()}` : `/public/c/${c().congressId}`);
  const yearPath = (sub: string, byId: string) => (code() ? `/public/${code()}/${c().year}${sub}` : `/public/cycles/${c().id}${byId}`);
  const link = (path: string) => (
    <A href={path} class="mono">
      {origin()}
      {path}
    </A>
  );
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
            {link(congressPath())}
          </li>
          <li>
            <span class="muted small">{t('sol.cycle.publicSuggest')}</span>
            <br />
            {link(yearPath('/suggest', '/suggest'))}
          </li>
          <li>
            <span class="muted small">{t('sol.cycle.publicList')}</span>
            <br />
            {link(yearPath('/candidates', ''))}
          </li>
        </ul>
        <PosterQr url={`${origin()}${yearPath('/suggest', '/suggest')}`} label={t('sol.cycle.qrLabel')} />
      </div>
    </section>
  );
}
