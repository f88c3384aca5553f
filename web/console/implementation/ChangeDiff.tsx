// What a change request would do, or what a decision did: each adjusted term as old → new
// (budget, deadline, funding, place, targets, content), or the project's state for 暂缓、恢复、终止.
// A decided approval shows what the decision recorded; a pending request compares with the
// project's terms as they stand now.
import { For, Show } from 'solid-js';
import { t, tMaybe } from '../../app/i18n';
import { termLabel, termValueText } from '../../implementation/record-text';
import { ADJUST_FIELDS, type AdjustField, type Change } from './implementation';

/** A project's terms in force (the fields an adjustment may change). */
export type Terms = Record<AdjustField, unknown>;

const stateLabel = (s: unknown) => tMaybe(`sup.state.${String(s)}`, String(s));

function Value(props: { field: AdjustField; value: unknown }) {
  return <span classList={{ 'diff-prose': props.field === 'content' }}>{termValueText(props.field, props.value)}</span>;
}

export function ChangeDiff(props: { change: Change; current?: (Partial<Terms> & { state?: string }) | null }) {
  const c = () => props.change;
  const decided = () => (c().status === 'approved' && c().decision ? c().decision!.changed : null);
  // Fields in a fixed, readable order: money and dates first.
  const rows = () => {
    const d = decided();
    if (d) return ADJUST_FIELDS.filter((f) => f in d).map((f) => ({ field: f, from: d[f]!.from, to: d[f]!.to, known: true }));
    const proposed = c().proposed ?? {};
    return ADJUST_FIELDS.filter((f) => proposed[f] !== undefined).map((f) => ({
      field: f,
      from: props.current?.[f],
      to: proposed[f],
      known: !!props.current,
    }));
  };
  // 暂缓 / 恢复 / 终止: the project's state before and after.
  const stateFrom = () =>
    decided()?.state?.from ?? (c().kind === 'suspend' ? 'active' : c().kind === 'resume' ? 'suspended' : (props.current?.state ?? null));
  const stateTo = () => decided()?.state?.to ?? (c().kind === 'suspend' ? 'suspended' : c().kind === 'resume' ? 'active' : 'terminated');
  return (
    <Show
      when={c().kind === 'adjust'}
      fallback={
        <p class="diff-state">
          {t('sup.diff.state')}：<Show when={stateFrom()}>{(f) => <>{stateLabel(f())} → </>}</Show>
          <strong>{stateLabel(stateTo())}</strong>
        </p>
      }
    >
      <table class="diff-table">
        <caption class="sr-only">{t('sup.diff.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sup.diff.term')}</th>
            <th scope="col">{t('sup.diff.from')}</th>
            <th scope="col">{t('sup.diff.to')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={rows()}>
            {(r) => (
              <tr>
                <th scope="row">{termLabel(r.field)}</th>
                <td class="diff-old">
                  <Show when={r.known} fallback={<span class="muted">{t('sup.diff.unknown')}</span>}>
                    <Value field={r.field} value={r.from} />
                  </Show>
                </td>
                <td class="diff-new">
                  <Value field={r.field} value={r.to} />
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </Show>
  );
}
