// The published candidate list of a cycle: each candidate's summary, budget (万元) and responsible
// department, in list order. Before the list is fixed: where the cycle stands and the way to
// suggest a project.
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { lang, t } from '../app/i18n';
import { createLoader } from '../app/loader';
import { PhaseBadge } from '../solicitation/labels';
import { sumYuan, wanWithUnit } from '../solicitation/money';
import { publicApi } from '../solicitation/public-api';
import { PHASES } from '../solicitation/types';
import { congressName } from './public-data';
import { PublicFrame } from './PublicFrame';
import { useCyclePath, usePageCycleId } from './portal/year-address';

const formatDate = (iso: string) => new Intl.DateTimeFormat(lang() === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long' }).format(new Date(iso));

export function PublicListPage() {
  const cycleId = usePageCycleId();
  const cyclePath = useCyclePath();
  const data = createLoader(
    () => cycleId(),
    (id) => publicApi.candidates(id),
  );
  const cycle = () => data.data()?.cycle;
  const name = congressName(() => cycle()?.congressId);
  const total = () => sumYuan((data.data()?.candidates ?? []).map((c) => c.estimateYuan ?? 0));
  return (
    <PublicFrame
      title={cycle() ? t('sol.public.listTitle', { cycle: cycle()!.title }) : t('sol.public.listTitleShort')}
      congressName={name()}
      congressId={cycle()?.congressId}
    >
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
          <>
            <h1 class="public-title">{d().cycle.title}</h1>
            <p class="small public-sub">
              <PhaseBadge phase={d().cycle.phase} /> {t('sol.cycle.window', { opens: d().cycle.opensOn, closes: d().cycle.closesOn })}
            </p>
            <Show when={PHASES.indexOf(d().cycle.phase) >= PHASES.indexOf('implementation')}>
              <div class="card cta-card">
                <p>{t('prog.link.note')}</p>
                <div class="public-actions">
                  <A href={cyclePath(d().cycle.id, 'overview')} class="btn btn-primary">
                    {t('prog.link.implementation')}
                  </A>
                  <A href={cyclePath(d().cycle.id, 'projects')} class="btn">
                    {t('prog.link.projects')}
                  </A>
                </div>
              </div>
            </Show>
            <Show when={d().cycle.acceptingSubmissions}>
              <div class="card cta-card">
                <p>{t('sol.public.suggestInvite', { closes: d().cycle.closesOn })}</p>
                <A href={cyclePath(d().cycle.id, 'suggest')} class="btn btn-primary btn-wide">
                  {t('sol.public.suggestCta')}
                </A>
              </div>
            </Show>
            <Show when={d().fixed} fallback={<p class="notice">{t('sol.public.notFixed')}</p>}>
              <h2 class="public-h2">{t('sol.public.listHeading')}</h2>
              <p class="muted small">
                {t('sol.public.listSummary', { n: d().candidates.length, seats: d().seats })}
                {' · '}
                {t('sol.read.totalEstimate')} <span class="money">{wanWithUnit(total())}</span>
                <Show when={d().fixedAt}>
                  {(at) => (
                    <>
                      {' · '}
                      {t('sol.read.fixedAt')} {formatDate(at())}
                    </>
                  )}
                </Show>
              </p>
              <ol class="public-list">
                <For each={d().candidates}>
                  {(c) => (
                    <li class="card public-candidate">
                      <h3 class="candidate-title">
                        <span class="order-no">{c.order}</span>
                        <span>{c.title}</span>
                      </h3>
                      <Show when={c.summary}>
                        <p class="candidate-summary">{c.summary}</p>
                      </Show>
                      <dl class="candidate-facts">
                        <div>
                          <dt>{t('sol.public.budget')}</dt>
                          <dd class="money">{wanWithUnit(c.estimateYuan)}</dd>
                        </div>
                        <div>
                          <dt>{t('sol.field.department')}</dt>
                          <dd>{c.departmentName ?? '—'}</dd>
                        </div>
                        <Show when={c.category}>
                          <div>
                            <dt>{t('sol.field.category')}</dt>
                            <dd>{c.category}</dd>
                          </div>
                        </Show>
                        <Show when={c.code}>
                          <div>
                            <dt>{t('sol.field.code')}</dt>
                            <dd class="mono">{c.code}</dd>
                          </div>
                        </Show>
                      </dl>
                    </li>
                  )}
                </For>
              </ol>
              <p class="small muted">
                {t('sol.public.ledgerNote')}{' '}
                <a href={`/api/ledgers/${d().cycle.ledgerId}`} download={`ledger-${d().cycle.ledgerId}.json`}>
                  {t('sol.public.ledgerLink')}
                </a>
              </p>
            </Show>
          </>
        )}
      </Show>
    </PublicFrame>
  );
}
