// One section of a project's record (ProjectRecord.tsx): the plan: its summary and milestones, each
// with its state.
import { For, Show, untrack, type JSX } from 'solid-js';
import { t } from '../app/i18n';
import { chinaDateOf } from './labels';
import { RecordSectionFrame } from './RecordSectionFrame';
import type { PlanMilestone, ProjectRecordData } from './types';

export function RecordPlan(props: {
  record: ProjectRecordData;
  level: 2 | 3;
  action?: () => JSX.Element;
  milestoneActions?: (m: PlanMilestone) => JSX.Element;
}) {
  const p = () => props.record.project;
  return (
    <RecordSectionFrame
      name="plan"
      level={props.level}
      action={props.action}
      extra={<Show when={p().plan.setAt}>{(at) => <span class="small muted">{t('prog.rec.planSetAt', { date: chinaDateOf(at()) })}</span>}</Show>}
    >
      <Show when={p().plan.summary}>
        <p class="prose">{p().plan.summary}</p>
      </Show>
      <Show when={p().plan.milestones.length} fallback={<p class="muted">{t('prog.rec.noPlan')}</p>}>
        <ol class="imp-milestones">
          <For each={p().plan.milestones}>
            {(m) => (
              <li class={`imp-milestone ${m.late ? 'imp-milestone-late' : ''} ${m.reachedOn ? 'imp-milestone-reached' : ''}`}>
                <span class="imp-milestone-name">{m.name}</span>
                <span class="imp-milestone-dates small">
                  <span>
                    {t('prog.rec.dueOn')} {m.dueOn}
                  </span>
                  <span>
                    {t('prog.rec.reachedOn')} {m.reachedOn ?? '—'}
                  </span>
                </span>
                <MilestoneBadge m={m} />
                <Show when={props.milestoneActions}>{(act) => <span class="imp-actions">{act()(m)}</span>}</Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </RecordSectionFrame>
  );
}

function MilestoneBadge(props: { m: PlanMilestone }) {
  const [tone, key] = untrack(() =>
    props.m.reachedOn
      ? props.m.late
        ? ['warn', 'prog.ms.reachedLate']
        : ['ok', 'prog.ms.onTime']
      : props.m.late
        ? ['bad', 'prog.ms.late']
        : ['neutral', 'prog.ms.pending'],
  );
  return <span class={`badge tone-${tone}`}>{t(key as Parameters<typeof t>[0])}</span>;
}
