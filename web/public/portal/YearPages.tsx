// /public/<code>/<year> and the pages under it: the frame finds the year's cycle by the congress's
// code and the year, then serves the year's page or the same pages /public/cycles/<id>/… serve.
import { A, useParams, type RouteSectionProps } from '@solidjs/router';
import { createContext, For, Show, useContext } from 'solid-js';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { PhaseBadge } from '../../solicitation/labels';
import { PHASES } from '../../solicitation/types';
import { PublicFrame } from '../PublicFrame';
import { currentHref, NotFoundNote, pageLabel, pageNote, WindowLine } from './PortalPage';
import { portalApi, type PortalCongress, type PortalYear } from './portal-api';
import { YearAddressContext, yearPath } from './year-address';
import './portal.css';

const YearContext = createContext<{ congress: PortalCongress; year: PortalYear }>();

export function YearFrame(props: RouteSectionProps) {
  const params = useParams<{ code: string; year: string }>();
  const data = createLoader(
    () => ({ code: params.code, year: params.year }),
    async ({ code, year }) => {
      const congress = await portalApi.congress(code);
      const entry = /^\d{4}$/.test(year) ? congress.years.find((y) => y.year === Number(year)) : undefined;
      return entry ? { congress, year: entry } : null;
    },
  );
  return (
    <Show
      when={data.data()}
      keyed
      fallback={
        <PublicFrame title={data.error() || data.data() === null ? t('portal.notFoundTitle') : t('portal.title')} staffLogin>
          <Show when={data.error() || data.data() === null} fallback={<p class="muted">{t('common.loading')}</p>}>
            <NotFoundNote />
          </Show>
        </PublicFrame>
      }
    >
      {(found) => (
        <YearContext.Provider value={found}>
          <YearAddressContext.Provider value={{ cycleId: found.year.cycleId, code: found.congress.code, year: found.year.year }}>
            {props.children}
          </YearAddressContext.Provider>
        </YearContext.Provider>
      )}
    </Show>
  );
}

/** /public/<code>/<year>: where the year stands and what a citizen can do in it now. */
export function YearPage() {
  const found = useContext(YearContext)!;
  const c = found.congress;
  const y = found.year;
  const implemented = PHASES.indexOf(y.phase) >= PHASES.indexOf('implementation');
  return (
    <PublicFrame title={y.title} congressName={c.name} congressCode={c.code} staffLogin>
      <nav aria-label={t('portal.breadcrumb')} class="small portal-crumbs">
        <A href="/public">{t('portal.home')}</A>
        <span aria-hidden="true"> › </span>
        <A href={`/public/${c.code}`}>{c.name}</A>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">{t('portal.yearLink', { year: y.year })}</span>
      </nav>
      <h1 class="public-title">{y.title}</h1>
      <p class="public-sub small">
        <PhaseBadge phase={y.phase} /> <WindowLine year={y} />
      </p>
      <section aria-labelledby="portal-now">
        <h2 class="public-h2" id="portal-now">
          {t('portal.nowHeading')}
        </h2>
        <Show when={y.current.length} fallback={<p class="card muted">{t('portal.nothingNow')}</p>}>
          <ul class="public-cards portal-now">
            <For each={y.current}>
              {(page, i) => (
                <li class="card cta-card">
                  <A href={currentHref(c.code, y.year, page)} class={i() === 0 ? 'btn btn-primary btn-wide' : 'btn btn-wide'}>
                    {pageLabel(page)}
                  </A>
                  <p class="small muted">{pageNote(page)}</p>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
      <section aria-labelledby="portal-more">
        <h2 class="public-h2" id="portal-more">
          {t('portal.moreHeading')}
        </h2>
        <ul class="portal-more">
          <li>
            <A href={yearPath(c.code, y.year, 'candidates')}>{t('portal.details')}</A>
          </li>
          <Show when={implemented}>
            <li>
              <A href={yearPath(c.code, y.year, 'projects')}>{t('prog.link.projects')}</A>
            </li>
          </Show>
          <li>
            <A href={`/public/${c.code}`}>{t('portal.allYears')}</A>
          </li>
        </ul>
        <p class="small muted">{t('portal.address', { path: window.location.origin + yearPath(c.code, y.year) })}</p>
      </section>
    </PublicFrame>
  );
}
