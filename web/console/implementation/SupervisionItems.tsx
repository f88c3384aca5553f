// Supervision items (视察、询问、督办建议) as cards: who recorded what on which project, and the
// department's answer — or, until it comes, how many days it has been waiting (highlighted).
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { t } from '../../app/i18n';
import type { SupervisionItem } from './implementation';
import { chinaDay, daysSince, kindLabel } from './labels';

export function SupervisionItemList(props: {
  items: SupervisionItem[] | undefined;
  empty: string;
  /** Where a project title links to (the console's or the deputy's project page); no link when absent. */
  projectHref?: (projectId: string) => string;
}) {
  return (
    <Show when={props.items?.length} fallback={<p class="muted">{props.items ? props.empty : t('common.loading')}</p>}>
      <ul class="plain-list sup-items">
        <For each={props.items}>
          {(i) => (
            <li class="sup-item" classList={{ 'sup-item-waiting': !i.answer }}>
              <div class="sup-item-head">
                <span class="badge tone-info">{kindLabel(i.kind)}</span>
                <span class="sup-item-date">{i.occurredOn}</span>
                <Show when={i.projectTitle && props.projectHref}>
                  <A href={props.projectHref!(i.projectId)} class="cell-strong">
                    {i.projectTitle}
                  </A>
                </Show>
                <Show when={i.projectTitle && !props.projectHref}>
                  <span class="cell-strong">{i.projectTitle}</span>
                </Show>
              </div>
              <p class="muted small">
                {i.groupName ?? ''}
                {' · '}
                {i.recordedBy ? t('sup.item.by', { name: i.recordedBy.name ?? '' }) : t('sup.item.bySecretariat')}
              </p>
              <p class="sup-text">{i.text}</p>
              <Show
                when={i.answer}
                fallback={
                  <p class="sup-waiting">
                    <strong>{t('sup.item.unanswered')}</strong> · {t('sup.item.waitingDays', { days: daysSince(i.recordedAt) })}
                  </p>
                }
              >
                {(a) => (
                  <div class="sup-answer">
                    <p class="sup-answer-label">{t('sup.item.answer', { date: chinaDay(a().answeredAt) })}</p>
                    <p class="sup-text">{a().text}</p>
                  </div>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
