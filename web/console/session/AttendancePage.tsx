// 会场签到: who is present at the sitting, searched by name or seat, with 应到 / 实到 and the
// quorum kept current (others may be signing deputies in at the same time).
import { createEffect, createMemo, createSignal, on, onCleanup, Show } from 'solid-js';
import { DataTable, type Column } from '../../app/DataTable';
import { TextField } from '../../app/fields';
import { errorMessage } from '../../app/api';
import { confirmAction } from '../../app/confirm';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { Page } from '../../app/Page';
import { session } from '../../app/session';
import { toasts } from '../../app/toasts';
import { every, sittingsApi, type AttendanceRow } from './hall-api';
import { SittingPicker, useSittingChoice } from './SittingPicker';
import './session.css';

export function QuorumCard(props: { sittingId: string; refreshKey?: number }) {
  const summary = createLoader(
    () => ({ id: props.sittingId, k: props.refreshKey }),
    ({ id }) => sittingsApi.summary(id),
  );
  onCleanup(every(10_000, summary.reload));
  return (
    <Show when={summary.data()}>
      {(s) => (
        <dl class="ses-counts" aria-live="polite">
          <div class="ses-count">
            <dt>{t('hall.count.roster')}</dt>
            <dd>{s().rosterCount}</dd>
          </div>
          <div class="ses-count">
            <dt>{t('hall.count.present')}</dt>
            <dd data-testid="present-count">{s().presentCount}</dd>
          </div>
          <div class="ses-count">
            <dt>{t('hall.quorum.needed')}</dt>
            <dd>{s().quorumNeeded}</dd>
          </div>
          <div class={`ses-count ses-quorum ${s().quorumMet ? 'ses-quorum-ok' : 'ses-quorum-no'}`}>
            <dt>{t('hall.quorum.label')}</dt>
            <dd>{s().quorumMet ? t('hall.quorum.met') : t('hall.quorum.short', { n: s().quorumNeeded - s().presentCount })}</dd>
          </div>
        </dl>
      )}
    </Show>
  );
}

export function AttendancePage() {
  const sitting = useSittingChoice();
  const [q, setQ] = createSignal('');
  const [query, setQuery] = createSignal('');
  const [bump, setBump] = createSignal(0);
  const [busy, setBusy] = createSignal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      q,
      (v) => {
        clearTimeout(timer);
        timer = setTimeout(() => setQuery(v.trim()), 250);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(timer));
  const rows = createLoader(
    () => ({ id: sitting.id(), q: query(), k: bump() }),
    ({ id, q: text }) => (id ? sittingsApi.attendance(id, text || undefined) : Promise.resolve([])),
  );
  onCleanup(every(10_000, rows.reload));
  const absentShown = createMemo(() => (rows.data() ?? []).filter((r) => !r.present));

  const mark = async (ids: string[], present: boolean, label: string) => {
    if (!ids.length) return;
    setBusy(true);
    try {
      await sittingsApi.mark(sitting.id(), ids, present);
      toasts.success(label);
      setBump((n) => n + 1);
    } catch (err) {
      toasts.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  // Signing in many at once moves the quorum: the question gives the numbers before and after.
  const askMarkShown = async () => {
    const ids = absentShown().map((r) => r.id);
    if (!ids.length) return;
    let s;
    try {
      s = await sittingsApi.summary(sitting.id());
    } catch (err) {
      toasts.error(errorMessage(err));
      return;
    }
    const after = s.presentCount + ids.length;
    confirmAction.ask({
      title: t('ask.checkIn.title'),
      message: t('ask.checkIn.message', {
        n: ids.length,
        roster: s.rosterCount,
        present: s.presentCount,
        after,
        needed: s.quorumNeeded,
        quorum: after >= s.quorumNeeded ? t('ask.checkIn.met') : t('ask.checkIn.short', { n: s.quorumNeeded - after }),
      }),
      confirmLabel: t('ask.checkIn.confirm', { n: ids.length }),
      run: () => mark(ids, true, t('hall.attendance.markedMany', { n: ids.length })),
    });
  };

  const columns = (): Column<AttendanceRow>[] => [
    { header: t('deputy.seat'), cell: (d) => <span class="seat">{d.seatNo}</span>, class: 'col-nowrap' },
    { header: t('deputy.name'), cell: (d) => <strong class="cell-strong">{d.name}</strong>, class: 'col-nowrap' },
    { header: t('deputy.delegation'), cell: (d) => d.delegationName },
    {
      header: t('hall.attendance.status'),
      cell: (d) => (
        <span class={`badge ${d.present ? 'badge-active' : 'badge-terminated'}`}>
          {d.present ? t('hall.attendance.present') : t('hall.attendance.absent')}
        </span>
      ),
      class: 'col-nowrap',
    },
    ...(session.canEdit()
      ? [
          {
            header: t('common.actions'),
            class: 'col-actions',
            cell: (d: AttendanceRow) => <MarkButton row={d} busy={busy()} onMark={(present, label) => void mark([d.id], present, label)} />,
          },
        ]
      : []),
  ];

  return (
    <Page title={t('hall.attendance.title')} intro={t('hall.attendance.intro')}>
      <SittingPicker choice={sitting} />
      <Show when={sitting.id()} fallback={<p class="notice">{t('hall.sitting.needOne')}</p>}>
        <QuorumCard sittingId={sitting.id()} refreshKey={bump()} />
        <form
          class="toolbar"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            clearTimeout(timer);
            setQuery(q().trim());
          }}
        >
          <TextField
            class="toolbar-grow"
            type="search"
            label={t('hall.attendance.search')}
            placeholder={t('hall.attendance.searchHint')}
            value={q()}
            onInput={setQ}
          />
          <Show when={session.canEdit() && absentShown().length > 0}>
            <div class="field">
              <button type="button" class="btn" disabled={busy()} onClick={() => void askMarkShown()}>
                {t('hall.attendance.markShown', { n: absentShown().length })}
              </button>
            </div>
          </Show>
        </form>
        <Show when={rows.error()}>
          <p class="form-message" role="alert">
            {rows.error()}
          </p>
        </Show>
        <DataTable
          caption={t('hall.attendance.caption')}
          columns={columns()}
          rows={rows.data()}
          loading={rows.loading()}
          empty={t('hall.attendance.empty')}
          rowClass={(d) => (d.present ? '' : 'row-muted')}
        />
      </Show>
    </Page>
  );
}

/** Sign one deputy in, or undo it; the toast names the deputy. */
function MarkButton(props: { row: AttendanceRow; busy: boolean; onMark: (present: boolean, label: string) => void }) {
  return (
    <button
      type="button"
      class="btn btn-small"
      classList={{ 'btn-primary': !props.row.present }}
      disabled={props.busy}
      aria-label={props.row.present ? t('hall.attendance.undoOf', { name: props.row.name }) : t('hall.attendance.markOf', { name: props.row.name })}
      onClick={() =>
        props.onMark(
          !props.row.present,
          props.row.present ? t('hall.attendance.undone', { name: props.row.name }) : t('hall.attendance.marked', { name: props.row.name }),
        )
      }
    >
      {props.row.present ? t('hall.attendance.undo') : t('hall.attendance.mark')}
    </button>
  );
}
