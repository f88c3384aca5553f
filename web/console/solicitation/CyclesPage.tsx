// 年度项目: every cycle of the congress, newest first; the secretariat opens a new one.
import { A, useNavigate } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { DataTable, type Column } from '../../app/DataTable';
import { t } from '../../app/i18n';
import { Page } from '../../app/Page';
import { session } from '../../app/session';
import { toasts } from '../../app/toasts';
import { createCycleList } from '../../solicitation/cycles';
import { PhaseBadge } from '../../solicitation/labels';
import type { Cycle } from '../../solicitation/types';
import { CycleDialog } from './CycleDialog';
import { PublicCodeCard } from '../PublicCodeCard';

export function CyclesPage() {
  const cycles = createCycleList();
  const navigate = useNavigate();
  const [creating, setCreating] = createSignal(false);
  const columns = (): Column<Cycle>[] => [
    { header: t('sol.cycle.year'), cell: (c) => c.year, class: 'col-nowrap' },
    {
      header: t('sol.cycle.titleField'),
      cell: (c) => (
        <A href={`/console/cycles/${c.id}`} class="cell-strong">
          {c.title}
        </A>
      ),
      class: 'col-wrap',
    },
    { header: t('sol.cycle.phase'), cell: (c) => <PhaseBadge phase={c.phase} />, class: 'col-nowrap' },
    { header: t('sol.cycle.windowSection'), cell: (c) => `${c.opensOn} – ${c.closesOn}`, class: 'col-nowrap' },
    { header: t('sol.cycle.seatsShort'), cell: (c) => t('sol.cycle.seatsValue', { seats: c.seats, margin: c.minMargin }), class: 'col-nowrap' },
    { header: t('sol.cycle.list'), cell: (c) => (c.listFixed ? t('sol.list.fixedShort') : t('sol.list.openShort')), class: 'col-nowrap' },
  ];
  return (
    <Page
      title={t('sol.cycles.title')}
      intro={t('sol.cycles.intro')}
      actions={
        <Show when={session.canEdit()}>
          <button type="button" class="btn btn-primary" onClick={() => setCreating(true)}>
            {t('sol.cycle.createTitle')}
          </button>
        </Show>
      }
    >
      <Show when={cycles.error()}>
        <p class="form-message" role="alert">
          {cycles.error()}
        </p>
      </Show>
      <div class="stack">
        <DataTable
          caption={t('sol.cycles.caption')}
          columns={columns()}
          rows={cycles.data()}
          loading={cycles.loading()}
          empty={t('sol.cycles.empty')}
        />
        <Show when={session.canEdit()}>
          <PublicCodeCard />
        </Show>
      </div>
      <Show when={creating()}>
        <CycleDialog
          onClose={() => setCreating(false)}
          onSaved={(c) => {
            setCreating(false);
            toasts.success(t('sol.cycle.created', { title: c.title }));
            navigate(`/console/cycles/${c.id}`);
          }}
        />
      </Show>
    </Page>
  );
}
