// One section of a project's record (ProjectRecord.tsx): the whole timeline, oldest first; an event
// links to its details when that section is shown.
import { For, Show, type JSX } from 'solid-js';
import { formatDateTime, t } from '../app/i18n';
import { pick } from './labels';
import { RecordSectionFrame, type RecordSection } from './RecordSectionFrame';
import type { ProjectRecordData } from './types';

/** Where a timeline event's details are on the page. */
function anchorOf(type: string, refId: string): { section: RecordSection; id: string } {
  if (type.startsWith('report.')) return { section: 'reports', id: `report-${refId}` };
  if (type.startsWith('supervision.')) return { section: 'supervision', id: `sup-${refId}` };
  if (type.startsWith('change.')) return { section: 'changes', id: `change-${refId}` };
  if (type === 'project.evaluated') return { section: 'evaluation', id: `eval-${refId}` };
  if (type.startsWith('rectification.')) return { section: 'evaluation', id: `rect-${refId}` };
  if (type === 'project.plan_set') return { section: 'plan', id: 'rec-plan' };
  if (type === 'project.created') return { section: 'terms', id: 'rec-terms' };
  return { section: 'origin', id: 'rec-origin' };
}

export function RecordTimeline(props: { record: ProjectRecordData; level: 2 | 3; action?: () => JSX.Element; shown: (s: RecordSection) => boolean }) {
  return (
    <RecordSectionFrame name="timeline" level={props.level} action={props.action}>
      <p class="small muted">{t('prog.rec.timelineIntro')}</p>
      <ol class="imp-timeline">
        <For each={props.record.timeline}>
          {(ev) => {
            const target = anchorOf(ev.type, ev.refId);
            return (
              <li class={`imp-event imp-event-${ev.type.split('.')[0]}`}>
                <time class="imp-event-date" datetime={ev.at} title={formatDateTime(ev.at)}>
                  {ev.on}
                </time>
                <Show when={props.shown(target.section)} fallback={<span class="imp-event-title">{pick(ev.title)}</span>}>
                  <a class="imp-event-title" href={`#${target.id}`}>
                    {pick(ev.title)}
                  </a>
                </Show>
              </li>
            );
          }}
        </For>
      </ol>
    </RecordSectionFrame>
  );
}
