// 初审 queue: every proposal of the cycle with filters (status, category, 责任单位, channel, text
// or 编号) and the count each filter would give.
import { A, useParams, useSearchParams } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import { DataTable, type Column } from '../../app/DataTable';
import { SelectField, TextField } from '../../app/fields';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { Page } from '../../app/Page';
import { Pager } from '../../app/Pager';
import { departmentsApi } from '../departments';
import { createCycleDetail } from '../../solicitation/cycles';
import { channelLabel, statusLabel, StatusBadge } from '../../solicitation/labels';
import { wan } from '../../solicitation/money';
import { createProposalSearch } from '../../solicitation/proposals';
import { PROPOSAL_CHANNELS, PROPOSAL_STATUSES, type ProposalChannel, type ProposalItem, type ProposalStatus } from '../../solicitation/types';
import { CycleTabs } from './CycleTabs';

export function ScreeningPage() {
  const params = useParams<{ id: string }>();
  const [search] = useSearchParams();
  const initialStatus = PROPOSAL_STATUSES.includes(search.status as ProposalStatus) ? (search.status as ProposalStatus) : '';
  const detail = createCycleDetail(() => params.id);
  const queue = createProposalSearch(() => params.id, 50, { status: initialStatus });
  const departments = createLoader(
    () => true,
    () => departmentsApi.listAll(),
  );
  const counts = () => queue.data()?.counts;
  const count = (facet: 'status' | 'category' | 'channel' | 'departmentId', key: string) => counts()?.[facet][key] ?? 0;
  const allCount = createMemo(() => Object.values(counts()?.status ?? {}).reduce((a, b) => a + b, 0));
  const withCount = (label: string, n: number) => `${label}（${n}）`;

  const columns = (): Column<ProposalItem>[] => [
    { header: t('sol.field.code'), cell: (p) => <span class="mono">{p.code ?? '—'}</span>, class: 'col-nowrap' },
    {
      header: t('sol.field.title'),
      cell: (p) => (
        <>
          <A href={`/console/proposals/${p.id}`} class="cell-strong">
            {p.title}
          </A>
          <Show when={p.summary}>
            <br />
            <span class="muted small">{p.summary}</span>
          </Show>
        </>
      ),
      class: 'col-wrap',
    },
    { header: t('sol.field.category'), cell: (p) => p.category ?? '—', class: 'col-nowrap' },
    {
      header: t('sol.field.department'),
      cell: (p) => p.departmentName ?? <span class="muted">{t('sol.materials.departmentOpen')}</span>,
      class: 'col-nowrap col-optional',
    },
    { header: t('sol.field.channel'), cell: (p) => channelLabel(p.channel), class: 'col-nowrap col-optional' },
    { header: t('sol.field.estimateWanShort'), cell: (p) => (p.estimateYuan === null ? '—' : wan(p.estimateYuan)), class: 'col-num money' },
    { header: t('sol.field.status'), cell: (p) => <StatusBadge status={p.status} />, class: 'col-nowrap' },
  ];

  return (
    <Page title={detail.data() ? t('sol.screening.title', { cycle: detail.data()!.cycle.title }) : t('sol.tabs.screening')}>
      <CycleTabs cycleId={params.id} />
      <div class="status-chips" role="group" aria-label={t('sol.field.status')}>
        <button type="button" class="chip-button" aria-pressed={queue.filters.status === ''} onClick={() => queue.set('status', '')}>
          {t('common.all')} <span class="chip-count">{allCount()}</span>
        </button>
        <For each={[...PROPOSAL_STATUSES]}>
          {(s) => (
            <button type="button" class="chip-button" aria-pressed={queue.filters.status === s} onClick={() => queue.set('status', s)}>
              {statusLabel(s)} <span class="chip-count">{count('status', s)}</span>
            </button>
          )}
        </For>
      </div>
      <form
        class="toolbar"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          queue.searchNow();
        }}
      >
        <TextField
          class="toolbar-grow"
          type="search"
          label={t('sol.screening.search')}
          placeholder={t('sol.screening.searchPlaceholder')}
          value={queue.filters.q}
          onInput={(v) => queue.set('q', v)}
        />
        <SelectField
          label={t('sol.field.category')}
          value={queue.filters.category}
          placeholder={t('sol.screening.allCategories')}
          options={(detail.data()?.cycle.categories ?? []).map((c) => ({ value: c, label: withCount(c, count('category', c)) }))}
          onChange={(v) => queue.set('category', v)}
        />
        <SelectField
          label={t('sol.field.department')}
          value={queue.filters.departmentId}
          placeholder={t('sol.screening.allDepartments')}
          options={(departments.data() ?? []).map((d) => ({ value: d.id, label: withCount(d.name, count('departmentId', d.id)) }))}
          onChange={(v) => queue.set('departmentId', v)}
        />
        <SelectField
          label={t('sol.field.channel')}
          value={queue.filters.channel}
          placeholder={t('sol.screening.allChannels')}
          options={PROPOSAL_CHANNELS.map((c) => ({ value: c, label: withCount(channelLabel(c), count('channel', c)) }))}
          onChange={(v) => queue.set('channel', v as '' | ProposalChannel)}
        />
      </form>
      <Show when={queue.error()}>
        <p class="form-message" role="alert">
          {queue.error()}
        </p>
      </Show>
      <DataTable
        caption={t('sol.screening.caption')}
        columns={columns()}
        rows={queue.data()?.proposals}
        loading={queue.loading()}
        empty={queue.filtered() ? t('sol.screening.noMatch') : t('sol.screening.empty')}
      />
      <Show when={queue.data()}>{(r) => <Pager page={r().page} pageSize={r().pageSize} total={r().total} onPage={queue.setPage} />}</Show>
    </Page>
  );
}
