// One section of a project's record (ProjectRecord.tsx): change requests and the decisions on them.
import { For, Show, type JSX } from 'solid-js';
import { t } from '../app/i18n';
import { ChangeEntry } from './ChangeEntry';
import { RecordSectionFrame } from './RecordSectionFrame';
import type { ProjectChange, ProjectRecordData } from './types';

export function RecordChanges(props: {
  record: ProjectRecordData;
  level: 2 | 3;
  action?: () => JSX.Element;
  changeActions?: (c: ProjectChange) => JSX.Element;
}) {
  return (
    <RecordSectionFrame name="changes" level={props.level} action={props.action}>
      <Show when={props.record.changes.length} fallback={<p class="muted">{t('prog.rec.noChanges')}</p>}>
        <ol class="imp-changes">
          <For each={props.record.changes}>{(c) => <ChangeEntry change={c} level={props.level + 1} actions={props.changeActions} />}</For>
        </ol>
      </Show>
    </RecordSectionFrame>
  );
}
