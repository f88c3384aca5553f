// One section of a project's record (ProjectRecord.tsx): supervision: the deputies' groups, and
// each item with the department's answer.
import { For, Show, type JSX } from 'solid-js';
import { t } from '../app/i18n';
import { chinaDateOf, pick } from './labels';
import { RecordSectionFrame, RecordSubhead } from './RecordSectionFrame';
import type { ProjectRecordData, SupervisionItem } from './types';

export function RecordSupervision(props: {
  record: ProjectRecordData;
  level: 2 | 3;
  action?: () => JSX.Element;
  itemActions?: (i: SupervisionItem) => JSX.Element;
}) {
  return (
    <RecordSectionFrame
      name="supervision"
      level={props.level}
      action={props.action}
      extra={
        <Show when={props.record.supervision.unanswered > 0}>
          <span class="badge tone-warn">{t('prog.rec.unansweredCount', { n: props.record.supervision.unanswered })}</span>
        </Show>
      }
    >
      <RecordSubhead level={props.level}>{t('prog.rec.groups')}</RecordSubhead>
      <Show when={props.record.supervision.groups.length} fallback={<p class="muted">{t('prog.rec.noGroup')}</p>}>
        <ul class="plain-list imp-groups">
          <For each={props.record.supervision.groups}>
            {(g) => (
              <li>
                <strong>{g.name}</strong>
                <span class="small muted">
                  {' · '}
                  {t('prog.rec.groupLeader', { name: g.leader.name })}
                  <Show when={g.members.length}>
                    {' · '}
                    {t('prog.rec.groupMembers', { names: g.members.map((m) => m.name).join('、') })}
                  </Show>
                  <Show when={g.category}>
                    {(c) => (
                      <>
                        {' · '}
                        {t('prog.rec.groupScope', { category: c() })}
                      </>
                    )}
                  </Show>
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <RecordSubhead level={props.level}>{t('prog.rec.items')}</RecordSubhead>
      <Show when={props.record.supervision.items.length} fallback={<p class="muted">{t('prog.rec.noItems')}</p>}>
        <ol class="imp-items">
          <For each={props.record.supervision.items}>
            {(i) => (
              <li class={`imp-item ${i.answer ? '' : 'imp-item-open'}`} id={`sup-${i.id}`}>
                <div class="imp-item-head">
                  <span class="badge tone-phase">{pick(i.kindLabel)}</span>
                  <span class="small">{i.occurredOn}</span>
                  <span class="small muted">
                    {t('prog.rec.itemBy', { group: i.groupName ?? '', name: i.recordedBy?.name ?? '' }).replace(/ · $/, '')}
                  </span>
                  <Show when={!i.answer}>
                    <span class="badge tone-warn">{t('prog.rec.unanswered')}</span>
                  </Show>
                  <Show when={props.itemActions}>{(act) => <span class="imp-actions">{act()(i)}</span>}</Show>
                </div>
                <p class="prose">{i.text}</p>
                <Show when={i.answer}>
                  {(a) => (
                    <div class="imp-answer">
                      <p class="small">
                        <strong>{t('prog.rec.answer')}</strong>{' '}
                        <span class="muted">{t('prog.rec.answeredAt', { date: chinaDateOf(a().answeredAt) })}</span>
                      </p>
                      <p class="prose">{a().text ?? ''}</p>
                    </div>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </RecordSectionFrame>
  );
}
