// One section of a project's record (ProjectRecord.tsx): the reporting record: cadence, counts (on
// time, late, missing) and each period.
import { For, Show, type JSX } from 'solid-js';
import { t, tMaybe } from '../app/i18n';
import { pick } from './labels';
import { RecordSectionFrame } from './RecordSectionFrame';
import type { ProjectRecordData } from './types';

export function RecordReporting(props: { record: ProjectRecordData; level: 2 | 3; action?: () => JSX.Element }) {
  const p = () => props.record.project;
  return (
    <RecordSectionFrame
      name="reporting"
      level={props.level}
      action={props.action}
      extra={<span class="badge tone-info">{pick(p().cadenceLabel)}</span>}
    >
      <p>
        {t('prog.rec.reportingCounts', {
          required: p().reporting.required,
          onTime: p().reporting.onTime,
          late: p().reporting.late,
          missing: p().reporting.missing,
        })}
      </p>
      <Show when={p().pendingCadence}>
        {(c) => (
          <p class="small muted">{t('prog.rec.pendingCadence', { from: c().from, cadence: tMaybe(`prog.cadence.${c().cadence}`, c().cadence) })}</p>
        )}
      </Show>
      <Show when={p().reporting.periods.length} fallback={<p class="muted">{t('prog.rec.noPeriods')}</p>}>
        <ol class="imp-periods">
          <For each={p().reporting.periods}>
            {(x) => (
              <li class={`imp-period imp-period-${x.status}`}>
                <span class="imp-period-label">{pick(x.label)}</span>
                <span class="imp-period-status">{pick(x.statusLabel)}</span>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </RecordSectionFrame>
  );
}
