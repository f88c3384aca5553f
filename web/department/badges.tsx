// Badges of what waits on the department in a project, shared by its project list and home page.
import { Show } from 'solid-js';
import { t } from '../app/i18n';
import { said, type ProjectRow } from './projects';

/** What waits on the department besides the flags: unanswered items, an open rectification, a pending request. */
export function WaitingBadges(props: { p: ProjectRow }) {
  const p = () => props.p;
  return (
    <>
      <Show when={p().waiting.unanswered}>
        <li class="badge tone-warn">{t('dimp.flag.unanswered', { n: p().waiting.unanswered })}</li>
      </Show>
      <Show when={p().waiting.openRectification}>{(r) => <li class="badge tone-bad">{t('dimp.flag.rectification', { due: r().dueOn })}</li>}</Show>
      <Show when={p().waiting.pendingChange}>
        {(c) => <li class="badge tone-info">{t('dimp.flag.pendingChange', { kind: said(c().kindLabel) })}</li>}
      </Show>
    </>
  );
}
