// Rectification orders (整改) of a cycle: each project graded 不满意 gets one, due three months
// later; the department files its report once. Open ones past their due date are flagged.
import { A, useParams } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { DataTable, type Column } from '../../app/DataTable';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { Page } from '../../app/Page';
import { createCycleDetail } from '../../solicitation/cycles';
import { daysBetween } from '@contract/domain';
import { ImplementationTabs } from './ImplementationTabs';
import { implementationApi, type Rectification, type RectificationStatus } from './implementation';
import { chinaDay, chinaToday, rectificationStatusLabel } from './labels';

const STATUSES: RectificationStatus[] = ['open', 'reported'];

/** Days past the due date of an order still open; 0 when not late. */
const daysLate = (r: Rectification) => (r.status === 'open' ? Math.max(0, daysBetween(r.dueOn, chinaToday())) : 0);

export function RectificationsPage() {
  const params = useParams<{ id: string }>();
  const detail = createCycleDetail(() => params.id);
  const rects = createLoader(
    () => params.id,
    (cycleId) => implementationApi.rectifications({ cycleId }),
  );
  const [status, setStatus] = createSignal<RectificationStatus | ''>('');
  const all = () => rects.data()?.rectifications ?? [];
  const shown = createMemo(() => all().filter((r) => !status() || r.status === status()));

  const columns = (): Column<Rectification>[] => [
    {
      header: t('sup.field.title'),
      cell: (r) => (
        <A href={`/console/projects/${r.projectId}`} class="cell-strong">
          {r.projectTitle ?? r.projectId}
        </A>
      ),
      class: 'col-wrap',
    },
    { header: t('sup.rect.ordered'), cell: (r) => chinaDay(r.orderedAt), class: 'col-nowrap' },
    {
      header: t('sup.rect.due'),
      cell: (r) => (
        <>
          {r.dueOn}
          <Show when={daysLate(r) > 0}>
            <br />
            <span class="badge tone-bad">{t('sup.rect.late', { days: daysLate(r) })}</span>
          </Show>
        </>
      ),
      class: 'col-nowrap',
    },
    {
      header: t('sup.field.status'),
      cell: (r) => <span class={`badge tone-${r.status === 'open' ? 'warn' : 'ok'}`}>{rectificationStatusLabel(r.status)}</span>,
      class: 'col-nowrap',
    },
    {
      header: t('sup.rect.report'),
      cell: (r) => (
        <Show when={r.report} fallback={<span class="muted">{t('sup.rect.notYet')}</span>}>
          {(rep) => (
            <details class="rect-report">
              <summary>{t('sup.rect.reportedOn', { date: chinaDay(rep().reportedAt) })}</summary>
              <p class="sup-text">{rep().text}</p>
            </details>
          )}
        </Show>
      ),
      class: 'col-wrap',
    },
  ];

  return (
    <Page
      title={detail.data() ? t('sup.rect.title', { cycle: detail.data()!.cycle.title }) : t('sup.tabs.rectifications')}
      intro={t('sup.rect.intro')}
      actions={
        <A href={`/console/cycles/${params.id}`} class="btn">
          {t('sup.back.cycle')}
        </A>
      }
    >
      <ImplementationTabs cycleId={params.id} />
      <div class="status-chips" role="group" aria-label={t('sup.field.status')}>
        <button type="button" class="chip-button" aria-pressed={status() === ''} onClick={() => setStatus('')}>
          {t('common.all')} <span class="chip-count">{all().length}</span>
        </button>
        <For each={STATUSES}>
          {(s) => (
            <button type="button" class="chip-button" aria-pressed={status() === s} onClick={() => setStatus(s)}>
              {rectificationStatusLabel(s)} <span class="chip-count">{all().filter((r) => r.status === s).length}</span>
            </button>
          )}
        </For>
      </div>
      <Show when={rects.error()}>
        <p class="form-message" role="alert">
          {rects.error()}
        </p>
      </Show>
      <DataTable
        caption={t('sup.rect.caption')}
        columns={columns()}
        rows={rects.data() ? shown() : undefined}
        loading={rects.loading()}
        empty={status() ? t('sup.rect.noMatch') : t('sup.rect.empty')}
        rowClass={(r) => (daysLate(r) > 0 ? 'row-alert' : '')}
      />
    </Page>
  );
}
