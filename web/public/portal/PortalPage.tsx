// The public portal: "/" without a session and /public list every congress of the deployment with
// its years; /public/<code> lists one congress's years. Each year leads to what is current in it.
import { A, Navigate, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { t, type MessageKey } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { PhaseBadge } from '../../solicitation/labels';
import { PublicFrame } from '../PublicFrame';
import { portalApi, type PortalCongress, type PortalPage as CurrentPage, type PortalYear } from './portal-api';
import { yearPath } from './year-address';
import './portal.css';

/** Where each current page is under /public/<code>/<year>. */
export function currentHref(code: string, year: number, page: CurrentPage): string {
  if (page === 'results') return `${yearPath(code, year, 'overview')}#results`;
  if (page === 'progress') return yearPath(code, year, 'overview');
  return yearPath(code, year, page);
}
export const pageLabel = (page: CurrentPage) => t(`portal.page.${page}` as MessageKey);
export const pageNote = (page: CurrentPage) => t(`portal.page.${page}Note` as MessageKey);

/** When suggestions are taken: open now, or the period (said only until the vote; after it, the phase says enough). */
export function WindowLine(props: { year: PortalYear }) {
  return (
    <Show when={props.year.phase === 'solicitation' || props.year.phase === 'screening'}>
      <Show
        when={props.year.acceptingSubmissions}
        fallback={<span>{t('portal.windowLater', { opens: props.year.opensOn, closes: props.year.closesOn })}</span>}
      >
        <span>{t('portal.windowOpen', { closes: props.year.closesOn })}</span>
      </Show>
    </Show>
  );
}

/** One year as a card: its title (to the year's page), where it stands, and its current pages. */
function YearCard(props: { code: string; year: PortalYear; level: 'h3' | 'h2' }) {
  const y = () => props.year;
  const title = () => <A href={yearPath(props.code, y().year)}>{y().title}</A>;
  return (
    <li class="card portal-year">
      <Show when={props.level === 'h3'} fallback={<h2 class="card-title">{title()}</h2>}>
        <h3 class="card-title">{title()}</h3>
      </Show>
      <p class="small portal-year-state">
        <PhaseBadge phase={y().phase} /> <WindowLine year={y()} />
      </p>
      <Show
        when={y().current.length}
        fallback={
          <p class="small muted">
            {t('portal.nothingNow')} <A href={yearPath(props.code, y().year, 'candidates')}>{t('portal.details')}</A>
          </p>
        }
      >
        <div class="public-actions">
          <For each={y().current}>
            {(page, i) => (
              <A href={currentHref(props.code, y().year, page)} class={i() === 0 ? 'btn btn-primary' : 'btn'}>
                {pageLabel(page)}
              </A>
            )}
          </For>
        </div>
      </Show>
    </li>
  );
}

function YearList(props: { congress: PortalCongress; max?: number; level: 'h3' | 'h2' }) {
  const shown = () => (props.max ? props.congress.years.slice(0, props.max) : props.congress.years);
  return (
    <Show when={props.congress.years.length} fallback={<p class="card muted">{t('portal.noYears')}</p>}>
      <ul class="public-cards">
        <For each={shown()}>{(y) => <YearCard code={props.congress.code} year={y} level={props.level} />}</For>
      </ul>
      <Show when={props.max && props.congress.years.length > props.max}>
        <p>
          <A href={`/public/${props.congress.code}`}>{t('portal.allYears')}</A>
        </p>
      </Show>
    </Show>
  );
}

function LoadNote(props: { error: string; loading: boolean }) {
  return (
    <>
      <Show when={props.error}>
        <p class="form-message" role="alert">
          {props.error}
        </p>
      </Show>
      <Show when={props.loading && !props.error}>
        <p class="muted">{t('common.loading')}</p>
      </Show>
    </>
  );
}

/** "/" (no session) and /public: every congress, each with its latest years. */
export function PortalPage() {
  const data = createLoader(
    () => true,
    () => portalApi.all(),
  );
  return (
    <PublicFrame title={t('portal.title')} staffLogin>
      <h1 class="public-title">{t('portal.title')}</h1>
      <p class="public-sub portal-intro">{t('portal.intro')}</p>
      <LoadNote error={data.error()} loading={data.loading() && !data.data()} />
      <Show when={data.data()}>
        {(list) => (
          <Show when={list().length} fallback={<p class="card muted">{t('portal.noCongress')}</p>}>
            <For each={list()}>
              {(c) => (
                <section class="portal-congress" aria-labelledby={`congress-${c.code}`}>
                  <h2 class="public-h2" id={`congress-${c.code}`}>
                    <A href={`/public/${c.code}`}>{c.name}</A>
                  </h2>
                  <YearList congress={c} max={3} level="h3" />
                </section>
              )}
            </For>
          </Show>
        )}
      </Show>
    </PublicFrame>
  );
}

/** /public/<code>: one congress and all its years. */
export function CongressPortalPage() {
  const params = useParams<{ code: string }>();
  const data = createLoader(
    () => params.code,
    (code) => portalApi.congress(code),
  );
  const congress = () => data.data();
  return (
    <PublicFrame
      title={congress()?.name ?? (data.error() ? t('portal.notFoundTitle') : t('portal.title'))}
      congressName={congress()?.name}
      congressCode={congress()?.code}
      staffLogin
    >
      <Show when={data.error()}>
        <NotFoundNote />
      </Show>
      <LoadNote error="" loading={data.loading() && !congress()} />
      <Show when={congress()}>
        {(c) => (
          <>
            <h1 class="public-title">{c().name}</h1>
            <p class="public-sub small">{t('portal.address', { path: `${window.location.origin}/public/${c().code}` })}</p>
            <YearList congress={c()} level="h2" />
          </>
        )}
      </Show>
    </PublicFrame>
  );
}

/** An unknown congress or year: say so, and lead back to the portal. */
export function NotFoundNote() {
  return (
    <div class="card" role="alert">
      <h1 class="public-title">{t('portal.notFoundTitle')}</h1>
      <p>{t('portal.notFound')}</p>
      <A href="/public" class="btn btn-primary">
        {t('portal.home')}
      </A>
    </div>
  );
}

/** /public/c/<id> (the address before codes): on to /public/<code>. */
export function CongressByIdRedirect() {
  const params = useParams<{ congressId: string }>();
  const data = createLoader(
    () => params.congressId,
    async (id) => {
      const { publicApi } = await import('../../solicitation/public-api');
      return (await publicApi.congress(id)).congress.code;
    },
  );
  return (
    <Show
      when={data.data()}
      fallback={
        <PublicFrame title={data.error() ? t('portal.notFoundTitle') : t('portal.title')}>
          <Show when={data.error()} fallback={<p class="muted">{t('common.loading')}</p>}>
            <NotFoundNote />
          </Show>
        </PublicFrame>
      }
    >
      {(code) => <Navigate href={`/public/${code()}`} />}
    </Show>
  );
}
