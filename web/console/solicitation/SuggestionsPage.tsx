// 群众建议: suggestions from the web form, the hotline and letters, with filters and counts; staff
// enter calls and letters here and open each suggestion to handle it.
import { A, useParams, useSearchParams } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { DataTable, type Column } from '../../app/DataTable';
import { SelectField, TextField } from '../../app/fields';
import { t } from '../../app/i18n';
import { Page } from '../../app/Page';
import { Pager } from '../../app/Pager';
import { session } from '../../app/session';
import { toasts } from '../../app/toasts';
import { createCycleDetail } from '../../solicitation/cycles';
import { channelLabel, suggestionStatusLabel, SuggestionBadge } from '../../solicitation/labels';
import { createSuggestionSearch } from '../../solicitation/suggestions';
import { SUGGESTION_CHANNELS, SUGGESTION_STATUSES, type Suggestion, type SuggestionChannel, type SuggestionStatus } from '../../solicitation/types';
import { CycleTabs } from './CycleTabs';
import { EnterSuggestionDialog } from './EnterSuggestionDialog';

export function SuggestionsPage() {
  const params = useParams<{ id: string }>();
  const [search] = useSearchParams();
  const detail = createCycleDetail(() => params.id);
  const list = createSuggestionSearch(() => params.id);
  if (SUGGESTION_STATUSES.includes(search.status as SuggestionStatus)) list.setStatus(search.status as SuggestionStatus);
  const [entering, setEntering] = createSignal(false);
  const counts = () => list.data()?.counts;
  const allCount = createMemo(() => Object.values(counts()?.status ?? {}).reduce((a, b) => a + b, 0));
  const open = () => detail.data()?.cycle.phase === 'solicitation' || detail.data()?.cycle.phase === 'screening';

  const columns = (): Column<Suggestion>[] => [
    { header: t('sol.suggest.code'), cell: (s) => <span class="mono">{s.trackingCode}</span>, class: 'col-nowrap' },
    {
      header: t('sol.suggest.titleField'),
      cell: (s) => (
        <>
          <A href={`/console/suggestions/${s.id}`} class="cell-strong">
            {s.title}
          </A>
          <br />
          <span class="muted small clamp-1">{s.content}</span>
        </>
      ),
      class: 'col-wrap',
    },
    { header: t('sol.field.channel'), cell: (s) => channelLabel(s.channel), class: 'col-nowrap' },
    { header: t('sol.enter.receivedOn'), cell: (s) => s.receivedOn, class: 'col-nowrap col-optional' },
    { header: t('sol.field.status'), cell: (s) => <SuggestionBadge status={s.status} />, class: 'col-nowrap' },
    {
      header: t('sol.suggest.result'),
      cell: (s) => (
        <Show when={s.proposal} fallback={<span class="clamp-1">{s.feedback ?? '—'}</span>}>
          {(p) => (
            <A href={`/console/proposals/${p().id}`}>
              {p().code ?? t('sol.materials.noCode')} {p().title}
            </A>
          )}
        </Show>
      ),
      class: 'col-wrap col-optional',
    },
  ];

  return (
    <Page
      title={detail.data() ? t('sol.suggestions.title', { cycle: detail.data()!.cycle.title }) : t('sol.tabs.suggestions')}
      actions={
        <Show when={session.canEdit() && open()}>
          <button type="button" class="btn btn-primary" onClick={() => setEntering(true)}>
            {t('sol.enter.title')}
          </button>
        </Show>
      }
    >
      <CycleTabs cycleId={params.id} />
      <div class="status-chips" role="group" aria-label={t('sol.field.status')}>
        <button type="button" class="chip-button" aria-pressed={list.filters.status === ''} onClick={() => list.setStatus('')}>
          {t('common.all')} <span class="chip-count">{allCount()}</span>
        </button>
        <For each={[...SUGGESTION_STATUSES]}>
          {(s) => (
            <button type="button" class="chip-button" aria-pressed={list.filters.status === s} onClick={() => list.setStatus(s)}>
              {suggestionStatusLabel(s)} <span class="chip-count">{counts()?.status[s] ?? 0}</span>
            </button>
          )}
        </For>
      </div>
      <form
        class="toolbar"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          list.searchNow();
        }}
      >
        <TextField
          class="toolbar-grow"
          type="search"
          label={t('sol.screening.search')}
          placeholder={t('sol.suggestions.searchPlaceholder')}
          value={list.filters.q}
          onInput={list.setText}
        />
        <SelectField
          label={t('sol.field.channel')}
          value={list.filters.channel}
          placeholder={t('sol.screening.allChannels')}
          options={SUGGESTION_CHANNELS.map((c) => ({ value: c, label: `${channelLabel(c)}（${counts()?.channel[c] ?? 0}）` }))}
          onChange={(v) => list.setChannel(v as '' | SuggestionChannel)}
        />
      </form>
      <Show when={list.error()}>
        <p class="form-message" role="alert">
          {list.error()}
        </p>
      </Show>
      <DataTable
        caption={t('sol.suggestions.caption')}
        columns={columns()}
        rows={list.data()?.suggestions}
        loading={list.loading()}
        empty={list.filtered() ? t('sol.suggestions.noMatch') : t('sol.suggestions.empty')}
      />
      <Show when={list.data()}>{(r) => <Pager page={r().page} pageSize={r().pageSize} total={r().total} onPage={list.setPage} />}</Show>
      <Show when={entering() && detail.data()}>
        <EnterSuggestionDialog
          cycle={detail.data()!.cycle}
          onClose={() => setEntering(false)}
          onSaved={() => {
            toasts.success(t('sol.enter.saved'));
            void list.reload();
          }}
        />
      </Show>
    </Page>
  );
}
